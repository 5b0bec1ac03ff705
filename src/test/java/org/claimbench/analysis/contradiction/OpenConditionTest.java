package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** An open condition's matrix clause is not asserted, so a denial by likeness alone finds nothing there to deny. */
class OpenConditionTest {

    private static final String DENIAL = "The harbour board said there was no chance of a toll war with the port";

    /** The denial signal between the board's denial and the port's claim, their meaning vectors taken as 0.7 alike. */
    private static Optional<Signal> denial(String affirming) {
        ClaimFeatures a = claim(1, DENIAL, "Harbour board");
        ClaimFeatures b = claim(2, affirming, "Port");
        Pair p = ContradictionSignals.pair(a, b);
        return new NegationSignal().between(a, b, new Pair(p.sameEvent(), p.sameEvent() ? p.sharedEvent() : "", p.sameSource(), p.sameArticle(),
                p.shared(), 0.7));
    }

    @Test
    void whatAnOpenConditionsMatrixSaysIsNotAffirmed() {
        assertFalse(denial("The port warned the harbour board of retaliatory tolls if the board started a toll war").isPresent(), "if");
        assertFalse(denial("The port warned the harbour board of retaliatory tolls unless the board dropped its toll war").isPresent(),
                "unless");
    }

    @Test
    void aClaimWithoutAnOpenConditionIsStillDenied() {
        assertTrue(denial("The port warned the harbour board of retaliatory tolls in a toll war").isPresent(), "no condition");
        assertTrue(denial("The port warned the harbour board of retaliatory tolls in a toll war, if not a blockade").isPresent(),
                "the alternative \"if not\"");
        assertTrue(denial("The port warned the harbour board of retaliatory tolls in a toll war, even if it cost the port").isPresent(),
                "the concessive \"even if\"");
    }
}
