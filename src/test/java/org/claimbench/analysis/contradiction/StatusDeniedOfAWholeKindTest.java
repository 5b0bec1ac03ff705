package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Round 25 of issue 11: a status denied with "any" in its scope is denied of its whole kind, so an affirmation of the same
 * predicate about one thing of the event is set against it, whatever noun each names (Quirk et al. 1985, 10.59-10.62).
 * Sentences of our own.
 */
class StatusDeniedOfAWholeKindTest {

    private static final String NONE = "There is no agreement on any truce or end of the strike yet.";

    private static boolean status(ClaimFeatures a, ClaimFeatures b) {
        return between(a, b).stream().anyMatch(s -> s.name().equals("status"));
    }

    @Test
    void anAgreementDeniedOfAnyTruceAgainstOneAgreedToTheDeal() {
        ClaimFeatures agreed = claim(1, "A senior union official said that the dockers had agreed to the deal", "Union");
        ClaimFeatures none = claim(2, NONE, "Port authority");
        assertTrue(status(agreed, none), between(agreed, none).toString());
        assertTrue(status(none, agreed), "whichever comes first");
        assertTrue(status(agreed, claim(2, NONE, "Union")), "one source against itself too");
    }

    @Test
    void aScareQuotedNounKeepsItsPhrase() {
        ClaimFeatures agreed = claim(1, "A senior union official said that the dockers had agreed to the deal", "Union");
        assertTrue(status(agreed, claim(2, "As of now there is no ‘agreement’ on any truce or end of the strike.", "Port authority")));
    }

    @Test
    void noAnyOrAnotherPredicateOrAnotherEventIsNone() {
        ClaimFeatures agreed = claim(1, "A senior union official said that the dockers had agreed to the deal", "Union");
        assertFalse(status(agreed, claim(2, "There is no agreement on the truce yet.", "Port authority")),
                "denied of one truce only: the deal may be another thing");
        assertFalse(status(agreed, claim(2, "The dockers have not been paid any overtime.", "Port authority")), "another predicate");
        assertFalse(status(agreed, claim(2, NONE, "Port authority", "another event")));
        assertFalse(status(claim(1, "The dockers had not agreed to the deal", "Union"), claim(2, NONE, "Port authority")),
                "both deny");
    }
}
