package org.claimbench.analysis.contradiction;

/**
 * Who holds a licence to use force a claim gives ({@link Lexicons#LICENCE_OF_FORCE}): the subject of the phrase, read back from
 * its head ("freedom", "against any", "right … self-defence") to the clause's start, the names there first ("Corvia's army
 * has the right": Corvia; "Israel says Hezbollah has the right": Hezbollah), else the common nouns ("the republic may answer
 * under its right": republic). Two licences are one only when one party holds both: "Valdoria keeps full freedom of
 * action" and "Corvia has the right to self-defence" speak of two.
 */
final class LicenceHolder {

    /** How far back from the phrase's head its holder may stand. */
    private static final int REACH = 16;

    private LicenceHolder() {
    }

    /** Words of the phrase itself, which name no holder. */
    private static final java.util.Set<String> PHRASE = java.util.Set.of("full", "complete", "military");

    /**
     * The words that may name the holder of the claim's licence of force: the names, common nouns and adjectives before the
     * phrase in its clause (the tagger reads a noun before a name or a verb now and then as an adjective: "the northern
     * republic", both read as adjectives), lower-cased; only the names when there are any. Empty when the claim names none.
     */
    static java.util.Set<String> of(ClaimReading r) {
        int head = head(r);
        java.util.Set<String> names = new java.util.HashSet<>();
        java.util.Set<String> nouns = new java.util.HashSet<>();
        for (int j = head - 1; j >= Math.max(0, head - REACH); j--) {
            if ((r.is(j, "PUNCT") && !Clauses.QUOTES.contains(r.lemma(j))) || Lexicons.CLAUSE_BREAKS.contains(r.lemma(j))) {
                break;
            }
            String l = r.lemma(j).toLowerCase(java.util.Locale.ROOT);
            if (r.is(j, "PROPN")) {
                names.add(l);
            } else if ((r.is(j, "NOUN") || r.is(j, "ADJ")) && !PHRASE.contains(l)) {
                nouns.add(l);
            }
        }
        return names.isEmpty() ? nouns : names;
    }

    /** The token that begins the licence phrase: "freedom", "against" before "any", "right" or a word of self-defence; -1 if none. */
    private static int head(ClaimReading r) {
        for (int j = 0; j < r.size(); j++) {
            String l = r.lemma(j).toLowerCase(java.util.Locale.ROOT);
            boolean againstAny = l.equals("against") && j + 1 < r.size() && r.lemma(j + 1).equalsIgnoreCase("any");
            if (l.equals("freedom") || againstAny || l.equals("right") || l.startsWith("self")) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Whether two claims' licences of force may have one holder: they share a word naming it, or one claim names none near the
     * phrase (a pronoun, "we are preserving full freedom of action": unknown, not another party).
     */
    static boolean same(ClaimFeatures a, ClaimFeatures b) {
        java.util.Set<String> x = of(a.reading);
        java.util.Set<String> y = of(b.reading);
        if (x.isEmpty() || y.isEmpty()) {
            return true;
        }
        x.retainAll(y);
        return !x.isEmpty();
    }
}
