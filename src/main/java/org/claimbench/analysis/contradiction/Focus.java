package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a claim says was spoken of: one thing alone ("the talks were entirely about rents": an
 * exclusive focus particle before its noun, after König 1991, The Meaning of Focus Particles), or
 * several things listed together ("they covered rents, repairs and parking": the nouns of a
 * coordination).
 *
 * @param only   the noun an exclusive particle restricts (null if none)
 * @param word   the particle ("entirely"; null if none)
 * @param listed the nouns the claim lists with at least one other noun (lemmas, in order)
 */
record Focus(String only, String word, List<String> listed) {

    static final Focus NONE = new Focus(null, null, List.of());

    /** English exclusive focus particles (König 1991); "just" is left out, being mostly a particle of time. */
    private static final Set<String> EXCLUSIVES = Set.of("only", "solely", "exclusively", "entirely", "purely", "wholly", "merely");
    /** Words after "only" that make it a condition or a time ("only if", "only after"), not a focus. */
    private static final Set<String> NOT_FOCUS = Set.of("if", "when", "after", "once", "until", "then", "because");

    static Focus of(ClaimReading r) {
        String only = null;
        String word = null;
        for (int i = 0; i < r.size() && only == null; i++) {
            String l = r.lemma(i);
            if (!EXCLUSIVES.contains(l) || (i > 0 && r.lemma(i - 1).equals("not")) || (i + 1 < r.size() && NOT_FOCUS.contains(r.lemma(i + 1)))) {
                continue;
            }
            for (int j = i + 1; j < Math.min(r.size(), i + 5); j++) {
                if (r.is(j, "NOUN")) {
                    only = partitiveHead(r, j);
                    word = l;
                    break;
                }
                String head = r.is(j, "PROPN") && r.lemma(j - 1).equalsIgnoreCase("the") ? nameHead(r, j) : null;
                if (head != null) {
                    only = head;
                    word = l;
                    break;
                }
            }
        }
        List<String> listed = new ArrayList<>(2);
        for (int j = 0; j < r.size(); j++) {
            if (r.is(j, "NOUN") && !r.lemma(j).equals(only) && !listed.contains(r.lemma(j)) && (coordinated(r, j, -1) || coordinated(r, j, 1))) {
                listed.add(r.lemma(j));
            }
        }
        return only == null && listed.isEmpty() ? NONE : new Focus(only, word, List.copyOf(listed));
    }

    /**
     * Nouns of a partitive construction, which counts a unit of the noun after "of" ("an item of news", "a point of agreement";
     * Quirk et al. 1985, 5.8-5.9 on partitives of noncount and abstract nouns): "the only point of agreement" says one agreement
     * alone, so the noun after "of" is what the exclusive particle restricts.
     */
    private static final Set<String> PARTITIVES = Set.of("point", "item", "piece", "bit", "element", "area");

    /** The noun at j, or, when it is a partitive followed by "of" and a noun, that noun ("point of agreement": agreement). */
    private static String partitiveHead(ClaimReading r, int j) {
        if (PARTITIVES.contains(r.lemma(j)) && j + 2 < r.size() && r.lemma(j + 1).equals("of") && r.is(j + 2, "NOUN")) {
            return r.lemma(j + 2);
        }
        return r.lemma(j);
    }

    /**
     * The common noun that heads a name of several words starting at j after "the" ("the Kessel Tidal Power Plant": plant, the
     * tagger reading the name's later words as adjectives, common nouns or names),
     * lower case, or null: a name of a building, a work or an institution is often a common noun premodified by names, and
     * takes the definite article as a personal name does not (Quirk et al. 1985, 5.60-5.66, "the Severn Bridge", "the
     * Hudson River"); its last word is that noun when WordNet knows it as one.
     */
    private static String nameHead(ClaimReading r, int j) {
        int end = j;
        for (int k = j + 1; k < r.size() && (r.is(k, "PROPN") || r.is(k, "NOUN") || r.is(k, "ADJ")); k++) {
            if (!r.is(k, "ADJ")) {
                end = k;
            }
        }
        String last = r.lemma(end).toLowerCase(java.util.Locale.ROOT);
        return end > j && (r.is(end, "NOUN")
                || org.claimbench.analysis.language.WordNet.shared().senses(last, org.claimbench.analysis.language.WordNet.Pos.NOUN).length > 0)
                ? last : null;
    }

    /** Whether the noun at j is joined by "and", "or" or a comma to another noun, looking one way (step -1 or 1) within a noun phrase list. */
    private static boolean coordinated(ClaimReading r, int j, int step) {
        boolean joined = false;
        // Counted up by distance (see Clauses.agents).
        for (int d = 1; d <= 4; d++) {
            int k = j + d * step;
            if (k < 0 || k >= r.size()) {
                break;
            }
            String l = r.lemma(k);
            if (l.equals("and") || l.equals("or") || l.equals(",")) {
                joined = true;
            } else if (r.is(k, "NOUN") || r.is(k, "PROPN")) {
                if (joined) {
                    return true;
                }
                // A compound or a name right next to it belongs to its own noun phrase.
            } else if (!(r.is(k, "ADJ") || r.is(k, "DET"))) {
                return false;
            }
        }
        return false;
    }
}
