package org.claimbench.analysis.contradiction;

/**
 * The recipient of a denial verb used as a verb of refusing to grant: "denied entry to the two chartered ferries". There
 * "deny" does not report a statement as untrue (FactBank's source-introducing predicate of negative polarity, whose
 * complement is a proposition: Saurí and Pustejovsky 2009) but refuses a thing to someone, WordNet's third sense of the verb
 * ("refuse to grant, as of a petition or request") in its frame "Somebody ----s something to somebody"; the prepositional
 * phrase of that frame is the indirect object's (Quirk et al. 1985, 10.7, 16.55). What is refused is the thing, not
 * what the recipient is: the ferries' being chartered is not denied, so the negation's scope ends before "to".
 * <p>
 * Likewise the participant of an act the denial names by a definite noun ("denied the landing of the chartered ferries"):
 * a definite description presupposes what it describes (Strawson 1950; Huddleston and Pullum 2002, ch. 5, §6), so the
 * landing is denied and the chartered ferries are not. A noun of a report ("denied the claim of a landing") is read as
 * before: what the report says is what is denied (see Clauses.focus).
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

    /**
     * Where the "of" of a denial verb's definite object is ("denied the landing of the ferries": "of"), as a token index: the
     * verb at {@code verb}, "the", adjectives, one common noun that names no report (Clauses.REPORT_NOUNS), then "of"; -1
     * otherwise.
     */
    static int participantAt(ClaimReading r, int verb, int end) {
        int j = verb + 1;
        if (j >= end || !r.lemma(j).equalsIgnoreCase("the")) {
            return -1;
        }
        for (j++; j < end && r.is(j, "ADJ"); j++) {
            // the adjectives before the noun
        }
        boolean noun = j + 1 < end && r.is(j, "NOUN") && !Clauses.REPORT_NOUNS.contains(r.lemma(j));
        return noun && r.lemma(j + 1).equalsIgnoreCase("of") ? j + 1 : -1;
    }

    private static boolean opensANounPhrase(ClaimReading r, int k) {
        return r.is(k, "DET") || r.is(k, "NUM") || r.is(k, "ADJ") || r.is(k, "NOUN") || r.is(k, "PROPN") || r.is(k, "PRON");
    }
}
