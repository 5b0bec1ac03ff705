package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A difference of two percentages in percentage points (or basis points) is no percentage of a whole (review63c, finding 6). */
class PercentagePointsTest {

    private static Quantity only(String text) {
        return SignalFixture.onlyQuantity(text);
    }

    @Test
    void percentagePointsAreReadAsPointsWithTheirWordsQuotedWhole() {
        Quantity q = only("Support for the ferry levy rose 4 percentage points over the winter");
        assertEquals("points", q.dimension());
        assertEquals(PercentChanges.CHANGE, q.head());
        assertEquals(4.0, q.low());
        assertEquals("rose 4 percentage points", q.words());
        Quantity basis = only("The mill's lenders charge 75 basis points above their own cost");
        assertEquals("points", basis.dimension());
        assertEquals(0.75, basis.low(), 1e-9);
    }

    @Test
    void aPercentIsStillAPercent() {
        Quantity q = only("Support for the ferry levy rose 4 percent over the winter");
        assertEquals("percent", q.dimension());
        assertEquals("rose 4 percent", q.words());
    }

    @Test
    void aRiseInPointsIsNotComparedWithARiseInPercent() {
        assertFalse(names(between(claim(1, "Turnout in the river wards rose 2 percentage points at the by-election", "Council"),
                claim(2, "Turnout in the river wards rose 10% at the by-election", "Press"))).contains("numeric mismatch"));
    }

    @Test
    void twoRisesInPointsOfTheSameThingThatDifferMismatch() {
        List<Signal> s = between(claim(1, "Turnout in the river wards rose 2 percentage points at the by-election", "Council"),
                claim(2, "Turnout in the river wards rose 6 percentage points at the by-election", "Press"));
        assertEquals(List.of("numeric mismatch"), names(s));
        assertTrue(s.get(0).explanation().contains("“rose 2 percentage points” (2 percentage points)"), s.get(0).explanation());
    }

    @Test
    void basisPointsAndPercentagePointsOfOneFigureAgree() {
        // Agreement is asserted, not only the want of a signal (review64d, 8: "50 basis points" read as a count was silent too).
        ClaimFeatures bank = claim(1, "The lending rate of the co-operative bank rose 50 basis points on Tuesday", "Bank");
        ClaimFeatures press = claim(2, "The lending rate of the co-operative bank rose 0.5 percentage points on Tuesday", "Press");
        assertTrue(between(bank, press).isEmpty());
        assertTrue(QuantitySignal.agree(bank, press));
    }

    @Test
    void basisPointsAndPercentagePointsOfTwoFiguresMismatch() {
        List<Signal> s = between(claim(1, "The lending rate of the co-operative bank rose 75 basis points on Tuesday", "Bank"),
                claim(2, "The lending rate of the co-operative bank rose 0.5 percentage points on Tuesday", "Press"));
        assertEquals(List.of("numeric mismatch"), names(s));
    }
}
