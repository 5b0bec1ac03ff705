package org.claimbench.analysis.contradiction;

/**
 * Whether a denial verb's form is a participle premodifying a noun ("the rejected plan"), an adjective that denies nothing, or
 * the verb of a clause whose subject is a determinative standing alone ("Both denied wrongdoing"). Read by {@link TokenPass}.
 */
final class ParticipialAdjective {

    private ParticipialAdjective() {
    }

    /** Possessive determiners (a closed class: Quirk et al. 1985, 6.27). */
    private static final java.util.Set<String> POSSESSIVES = java.util.Set.of("my", "your", "his", "her", "its", "our", "their");

    /**
     * Whether the verb at i is a participle premodifying the noun after it inside a noun phrase ("along their disputed border",
     * "the rejected plan"): a participial adjective names a property of the noun (Quirk et al. 1985, 7.15-7.17, 17.99-17.101),
     * it denies nothing of it. Read where a determiner, a possessive or an adjective stands before it and a noun after it.
     */
    static boolean attributive(ClaimReading reading, int i) {
        if (i == 0 || i + 1 >= reading.size() || !reading.is(i + 1, "NOUN")) {
            return false;
        }
        String before = reading.lemma(i - 1);
        if (reading.is(i - 1, "DET") && fusedHeadSubject(reading, i - 1)) {
            return false;
        }
        return reading.is(i - 1, "DET") || reading.is(i - 1, "ADJ") || reading.is(i - 1, "PRON") && POSSESSIVES.contains(before);
    }

    /**
     * Determinatives that may stand for a whole noun phrase, a fused determiner-head ("Both denied it", "Each rejected the
     * claim"; Huddleston and Pullum 2002, ch. 5 on the fused determiner-head); "the", "a", "every" and "no" never do (no is "none" there).
     */
    private static final java.util.Set<String> FUSED_HEADS = java.util.Set.of("all", "both", "each", "either", "neither", "some",
            "any", "many", "few", "several", "most", "this", "that", "these", "those", "another");

    /**
     * Whether the determinative at d is the whole subject of the verb after it: one that can be a fused determiner-head, opening
     * its clause, with nothing between it and the verb. Not where the noun run after the verb goes on to a verb or an auxiliary:
     * then determinative, participle and noun are one subject ("Both disputed islands lie offshore").
     */
    private static boolean fusedHeadSubject(ClaimReading reading, int d) {
        if (!FUSED_HEADS.contains(reading.lemma(d))
                || d > 0 && !reading.is(d - 1, "PUNCT") && !reading.is(d - 1, "CCONJ") && !reading.is(d - 1, "SCONJ")) {
            return false;
        }
        int k = d + 2;
        while (k < reading.size() && reading.is(k, "NOUN")) {
            k++;
        }
        return k >= reading.size() || !reading.is(k, "AUX") && !reading.is(k, "VERB");
    }
}
