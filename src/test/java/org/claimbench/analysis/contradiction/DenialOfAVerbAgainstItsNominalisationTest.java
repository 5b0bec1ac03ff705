package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;

import java.util.List;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A verb denied with its object, against its nominalisation said of another thing or of the same one (DenialScope.otherObjects). */
class DenialOfAVerbAgainstItsNominalisationTest {

    /** Whether the denied verb itself is found affirmed in the other claim (the first route of NegationSignal: "denial:agree"). */
    private static boolean agreeDenied(List<Signal> signals) {
        return signals.stream().anyMatch(s -> s.pattern().equals("denial:agree"));
    }

    private static final String REFUSED = "The dockers' negotiators had not agreed to the overtime rate, the union said.";

    @Test
    void anAgreementNamedWithNothingOfTheDeniedObjectIsAnotherThing() {
        assertFalse(agreeDenied(between(claim(1, REFUSED, "Union"),
                claim(2, "The minister welcomed the agreement reached by the dockers' negotiators.", "Ministry"))));
    }

    @Test
    void anAgreementOnTheDeniedObjectOrNamedByItIsTheSameThing() {
        assertTrue(agreeDenied(between(claim(1, REFUSED, "Union"),
                claim(2, "The minister welcomed the agreement on the overtime rate reached by the dockers' negotiators.", "Ministry"))));
        assertTrue(agreeDenied(between(claim(3, "The dockers' negotiators had not agreed to the truce, the union said.", "Union"),
                claim(4, "The minister welcomed the truce agreement reached by the dockers' negotiators.", "Ministry"))));
    }

    @Test
    void aDayAfterTheNominalisationDatesItAndADeniedObjectNamedElsewhereInTheClaimIsTheSameThing() {
        // "on Tuesday" dates the agreement; it is not what was agreed.
        assertTrue(agreeDenied(between(claim(1, "The dockers' negotiators had not agreed to the truce, the union said.", "Union"),
                claim(2, "The minister welcomed the dockers' negotiators' truce agreement on Tuesday.", "Ministry"))));
        // The agreement's complement left unsaid, the rate named as what it sets.
        assertTrue(agreeDenied(between(claim(3, REFUSED, "Union"),
                claim(4, "The agreement the negotiators reached sets the overtime rate at eight percent.", "Ministry"))));
    }
}
