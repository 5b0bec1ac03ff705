package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.claimbench.analysis.contradiction.SignalFixture.onlyQuantity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Points written with a hyphen and shown as written; "of" after a sum is no partitive of a span (review64d, 3, 5, 6). */
class PointsAndMoneyApproximationsTest {

    @Test
    void twoApproximateRoundSumsOfAidWithOfAndInAreTwoFigures() {
        assertTrue(names(between(claim(1, "The guild pledged about $30 million of aid to the valley", "Guild"),
                claim(2, "The guild pledged about $40 million in aid to the valley", "Press"))).contains("numeric mismatch"));
    }

    @Test
    void aSpanOfAnActivityAgainstASpanAloneStillKeepsItsInterval() {
        assertFalse(names(between(claim(1, "The mayors held about 30 minutes of talks at the lock", "Council"),
                claim(2, "The mayors met for about 40 minutes at the lock", "Press"))).contains("numeric mismatch"));
    }

    @Test
    void hyphenatedPercentageAndBasisPointsArePoints() {
        Quantity cut = onlyQuantity("The guild bank made a 0.5 percentage-point cut to its savings rate");
        assertEquals("points", cut.dimension());
        assertEquals(0.5, cut.low(), 1e-9);
        Quantity basis = onlyQuantity("The guild bank made a 25 basis-point cut to its savings rate");
        assertEquals("points", basis.dimension());
        assertEquals(0.25, basis.low(), 1e-9);
        Quantity compound = onlyQuantity("The guild bank made a 2-percentage-point cut to its savings rate");
        assertEquals("points", compound.dimension());
        assertEquals(2.0, compound.low(), 1e-9);
    }

    @Test
    void basisPointsAreShownToTheHundredthOfAPoint() {
        Quantity q = onlyQuantity("The guild bank cut its savings rate by 25 basis points");
        assertTrue(q.describe().contains("(0.25 percentage points)"), q.describe());
        List<Signal> s = between(claim(1, "The guild bank cut its savings rate by 25 basis points on Friday", "Bank"),
                claim(2, "The guild bank cut its savings rate by 0.3 percentage points on Friday", "Press"));
        assertTrue(s.get(0).explanation().contains("0.25") && s.get(0).explanation().contains("0.3 "), s.get(0).explanation());
    }
}
