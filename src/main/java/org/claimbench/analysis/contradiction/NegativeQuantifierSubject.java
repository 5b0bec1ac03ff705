package org.claimbench.analysis.contradiction;

import java.util.Set;

/**
 * A denial whose subject is a negative quantifier: "Nobody shouted", "No one walked out", "Nothing was signed". The quantifier
 * leaves no participant of whom the predicate holds (Quirk et al. 1985, 10.58-10.59 on negative pronouns and determiners as
 * subjects; Huddleston and Pullum 2002, ch. 9, 3.3: "nobody" is the negation of an existential, "there is no one who shouted"),
 * so any account of the same event that has someone do it ("the leaders shouted at each other") contradicts the whole claim,
 * whatever else the two say: the denial needs no likeness of the rest, as a denial of "such" a thing needs none
 * ({@link NegationSignal#pointsBack}).
 */
final class NegativeQuantifierSubject {

    /** The negative pronouns (a closed class: Quirk et al. 1985, 6.62), and "no" before "one". */
    private static final Set<String> PRONOUNS = Set.of("nobody", "nothing", "none");

    private NegativeQuantifierSubject() {
    }

    /**
     * The other claim's noun in -ing that names the act of the denied verb ("a shouting match": shouting, for "nobody shouted"):
     * a gerundial noun names the act of its verb (Quirk et al. 1985, 17.54; Huddleston and Pullum 2002, ch. 14, 4.3), when its
     * base, the -ing taken off (with a final "e" put back or a doubled consonant undone), is a verb WordNet 3.1 knows and has the
     * denied lemma's root. Not negated, in no negation's scope, not supposed. Null if none.
     */
    static String actNamed(ClaimFeatures affirming, String lemma) {
        org.claimbench.analysis.language.WordNet wn = org.claimbench.analysis.language.WordNet.shared();
        for (int k = 0; k < affirming.words.size(); k++) {
            String w = affirming.words.get(k);
            if (!w.endsWith("ing") || w.length() < 6 || !affirming.wordTags.get(k).equals("NOUN") || affirming.negated.contains(w)
                    || affirming.scoped.contains(w) || affirming.supposed.contains(w)) {
                continue;
            }
            String stem = w.substring(0, w.length() - 3);
            for (String base : new String[] {stem, stem + "e", stem.length() > 3 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                    ? stem.substring(0, stem.length() - 1) : stem}) {
                if (wn.senses(base, org.claimbench.analysis.language.WordNet.Pos.VERB).length > 0
                        && (base.equals(lemma) || Lexicons.sameRoot(base, lemma))) {
                    return w;
                }
            }
        }
        return null;
    }

    /**
     * Whether "nobody" may deny the other claim's act with no likeness of the rest ({@link #denies}): only where both claims'
     * events are known and the same (a negative quantifier ranges over the situation talked about — Huddleston and Pullum 2002,
     * ch. 5, 7.3 on the domain of quantification —, so "No one was hurt" says nothing of a soldier hurt in another attack
     * unless both speak of one known event), and only for a verb of doing, not one of knowing, perceiving or feeling (WordNet's
     * lexicographer files verb.cognition, verb.perception, verb.emotion: "Nobody knows whether the truce will hold" is a
     * hedge, not the denial of an act). Elsewhere the denial needs the likeness every denial needs.
     */
    static boolean deniesInOneKnownEvent(ClaimFeatures denying, ClaimFeatures affirming, String lemma) {
        if (denying.event.isEmpty() || !denying.event.equals(affirming.event) || !denies(denying, lemma)) {
            return false;
        }
        String file = org.claimbench.analysis.language.WordNet.shared().lexicographerFile(lemma,
                org.claimbench.analysis.language.WordNet.Pos.VERB);
        return !MENTAL_VERB_FILES.contains(file);
    }

    /** WordNet 3.1's lexicographer files of verbs of the mind (knowing, perceiving, feeling). */
    private static final Set<String> MENTAL_VERB_FILES = Set.of("verb.cognition", "verb.perception", "verb.emotion");

    /**
     * Whether the claim's negation cue is a negative quantifier opening its clause and the denied lemma is the verb it is the
     * subject of: the cue stands first or after a mark or a conjunction, and only auxiliaries, adverbs or "not" stand between it
     * (or "one" after "no") and the verb.
     */
    static boolean denies(ClaimFeatures f, String lemma) {
        ClaimReading r = f.reading;
        int i = f.negationAt;
        if (i < 0 || i >= r.size()) {
            return false;
        }
        String cue = r.lemma(i);
        int next = i + 1;
        if (cue.equals("no") && next < r.size() && r.lemma(next).equals("one")) {
            next++;
        } else if (!PRONOUNS.contains(cue)) {
            return false;
        }
        boolean opens = i == 0 || r.is(i - 1, "PUNCT") || r.is(i - 1, "CCONJ") || r.is(i - 1, "SCONJ");
        if (!opens) {
            return false;
        }
        for (int j = next; j < r.size(); j++) {
            if (r.lemma(j).equals(lemma)) {
                return r.is(j, "VERB");
            }
            if (!r.is(j, "AUX") && !r.is(j, "ADV") && !r.is(j, "PART")) {
                return false;
            }
        }
        return false;
    }
}
