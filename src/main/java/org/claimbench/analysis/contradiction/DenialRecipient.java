package org.claimbench.analysis.contradiction;

/**
 * The recipient of a denial verb used as a verb of refusing to grant: "denied entry to the two chartered ferries". There
 * "deny" does not report a statement as untrue (FactBank's source-introducing predicate of negative polarity, whose
 * complement is a proposition: Saurí and Pustejovsky 2009) but refuses a thing to someone, WordNet's third sense of the verb
 * ("refuse to grant, as of a petition or request") in its frame "Somebody ----s something to somebody"; the prepositional
 * phrase of that frame is the indirect object's (Quirk et al. 1985, 10.7, 16.55). What is refused is the thing, not
 * what the recipient is: the ferries' being chartered is not denied, so the negation's scope ends before "to".
 */
final class DenialRecipient {

    private DenialRecipient() {
    }

    /**
     * Where the recipient's "to" is in a denial verb's clause, as a token index: the verb at {@code verb} followed by a noun
     * phrase (determiners, adjectives, numerals and at least one common noun, nothing else) and then "to" before a noun
     * phrase (not an infinitive: "denied plans to expand" keeps its reading); -1 otherwise.
     *
     * @param end the clause's end (exclusive), as {@link Clauses#clauseEnd} gives it
     */
    static int recipientAt(ClaimReading r, int verb, int end) {
        boolean noun = false;
        for (int j = verb + 1; j < end; j++) {
            if (r.lemma(j).equalsIgnoreCase("to") && r.is(j, "ADP")) {
                return noun && j + 1 < end && opensANounPhrase(r, j + 1) ? j : -1;
            }
            if (r.is(j, "NOUN")) {
                noun = true;
            } else if (!(r.is(j, "DET") || r.is(j, "ADJ") || r.is(j, "NUM"))) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean opensANounPhrase(ClaimReading r, int k) {
        return r.is(k, "DET") || r.is(k, "NUM") || r.is(k, "ADJ") || r.is(k, "NOUN") || r.is(k, "PROPN") || r.is(k, "PRON");
    }
}
