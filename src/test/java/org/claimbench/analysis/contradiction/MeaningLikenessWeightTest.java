package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Round 45 (stop 52): how much two claims' likeness in wording or meaning weighs in a pair's score
 * ({@link ContradictionSuggester#RELATED_FLOOR}). A denial told in many words of its own meets the account it denies nearly as
 * strongly as a denial that repeats that account's words: the signal is the evidence, the likeness only orders pairs whose
 * signals are alike. A pair with no signal stays unsuggested however alike its claims are.
 */
class MeaningLikenessWeightTest {

    private static final ContradictionSuggester SUGGESTER = new ContradictionSuggester();

    private static final ClaimFacts APPROVED = new ClaimFacts(1, 1, "The harbour council approved the dredging lease, the port's"
            + " manager said", "Port", "the same event");

    private static double score(long id, String text) {
        return SUGGESTER.score(APPROVED, new ClaimFacts(id, id, text, "Press", "the same event"))
                .orElseThrow(() -> new AssertionError("no conflict found: " + text)).score();
    }

    @Test
    void aDenialInOtherWordsKeepsNearlyTheScoreOfOneInTheSameWords() {
        double close = score(2, "The harbour council has not approved the dredging lease, the port's manager said");
        double far = score(3, "To the anger of fishermen, ferry crews and shopkeepers along the old quay, the harbour council has"
                + " not approved the dredging lease");
        assertTrue(far <= close, far + " above " + close);
        assertTrue(far >= 0.85 * close, far + " against " + close);
    }

    @Test
    void aPairWithNoSignalIsNotSuggestedHoweverAlike() {
        assertTrue(SUGGESTER.score(APPROVED, new ClaimFacts(4, 4, "The harbour council approved the dredging lease, the port's"
                + " manager told reporters", "Press", "the same event")).isEmpty());
    }
}
