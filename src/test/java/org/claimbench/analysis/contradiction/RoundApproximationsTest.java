package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class RoundApproximationsTest {

    @Test
    void twoApproximationsOfDifferentRoundFiguresDisagree() {
        List<Signal> s = between(claim(1, "The hearing on the canal lasted about 50 minutes", "Court"),
                claim(2, "The hearing on the canal lasted roughly 40 minutes", "Press"));
        assertEquals(List.of("numeric mismatch"), names(s));
        assertTrue(s.get(0).explanation().contains("“about 50 minutes” (50 min) against “roughly 40 minutes” (40 min)"),
                s.get(0).explanation());
    }

    @Test
    void anApproximationAgreesWithAnExactFigureInsideIt() {
        assertTrue(between(claim(1, "The hearing on the canal lasted about 40 minutes", "Court"),
                claim(2, "The hearing on the canal lasted 37 minutes", "Press")).isEmpty());
    }

    @Test
    void twoApproximationsOfTheSameRoundFigureAgree() {
        assertTrue(between(claim(1, "The hearing on the canal lasted about 40 minutes", "Court"),
                claim(2, "The hearing on the canal lasted around 40 minutes", "Press")).isEmpty());
    }

    @Test
    void anApproximationOfAFigureThatIsNotRoundKeepsItsInterval() {
        assertTrue(between(claim(1, "The hearing on the canal lasted about 43 minutes", "Court"),
                claim(2, "The hearing on the canal lasted about 40 minutes", "Press")).isEmpty());
    }

    /** Roundness and scale are the number's as written, before its unit or scale word (review63c, finding 4). */
    private static boolean mismatch(String first, String second) {
        return names(between(claim(1, first, "Court"), claim(2, second, "Press"))).contains("numeric mismatch");
    }

    private static boolean anySignal(String first, String second) {
        return !between(claim(1, first, "Court"), claim(2, second, "Press")).isEmpty();
    }

    @Test
    void hoursOrMillionsThatAreNotRoundAsWrittenKeepTheirIntervals() {
        assertFalse(anySignal("The crossing of the strait took about 7 hours", "The crossing of the strait took about 8 hours"));
        assertFalse(anySignal("About 1.2 million visitors came to the orchid fair", "About 1.4 million visitors came to the orchid fair"));
    }

    @Test
    void roundFiguresOnDifferentScalesKeepTheirIntervals() {
        assertFalse(anySignal("About 100 volunteers cleaned the river bank", "About 105 volunteers cleaned the river bank"));
        assertFalse(anySignal("About 20 volunteers cleaned the river bank", "About 25 volunteers cleaned the river bank"));
        assertFalse(anySignal("Roughly 2,000 volunteers cleaned the river bank", "About 2,500 volunteers cleaned the river bank"));
    }

    @Test
    void aFractionIsNoRoundFigure() {
        assertFalse(anySignal("About half of the orchard's trees were felled", "About 40% of the orchard's trees were felled"));
    }

    @Test
    void roundFiguresOnOneScaleDisagreeWhateverTheUnitOrScaleWord() {
        assertTrue(mismatch("The crossing of the strait took about 20 hours", "The crossing of the strait took about 30 hours"));
        assertTrue(mismatch("About 20 million visitors came to the orchid fair", "About 30 million visitors came to the orchid fair"));
        assertTrue(mismatch("About 300 volunteers cleaned the river bank", "About 400 volunteers cleaned the river bank"));
    }

    @Test
    void claimsAgreeOnAFigureOnlyWhenTheSignalWouldFindNoMismatch() {
        // QuantitySignal.agree drops a denial between claims that state one figure: two round figures on one scale are two.
        assertFalse(QuantitySignal.agree(claim(1, "The hearing on the canal lasted about 30 minutes", "Court"),
                claim(2, "The hearing on the canal lasted about 40 minutes", "Press")));
        assertTrue(QuantitySignal.agree(claim(1, "The hearing on the canal lasted about 40 minutes", "Court"),
                claim(2, "The hearing on the canal lasted around 40 minutes", "Press")));
    }

    @Test
    void someAndAnEstimatedApproximateAsAboutDoes() {
        assertTrue(mismatch("Some 40 fishing boats joined the blockade of the port", "About 30 fishing boats joined the blockade of the port"));
        assertTrue(mismatch("An estimated 300 fishing boats joined the blockade", "Around 400 fishing boats joined the blockade"));
        assertFalse(anySignal("Some 40 fishing boats joined the blockade of the port", "Roughly 40 fishing boats joined the blockade of the port"));
    }
}
