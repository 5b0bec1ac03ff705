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

/** A noun of change after a figure is a noun only with a determiner before the figure; "in line with" names no thing (review64d, 4). */
class NounsOfChangeNeedADeterminerTest {

    @Test
    void aVerbInThePresentAfterABarePercentageIsNoNounOfChange() {
        assertEquals("", onlyQuantity("Grants for the smallest 10% rise with the cost of bread").head());
        assertEquals("", onlyQuantity("Duties of 20% increase the price of bicycles").head());
        assertEquals("", onlyQuantity("Loans above 8% gain nothing for savers").head());
    }

    @Test
    void aNounOfChangeAfterADeterminerAndTheFigureIsAChange() {
        assertEquals(PercentChanges.CHANGE, onlyQuantity("The mill announced a 7% rise in flour prices").head());
        assertEquals(PercentChanges.CHANGE, onlyQuantity("The mill announced a further 7% rise in flour prices").head());
        assertEquals(-7.0, onlyQuantity("The mill blamed the 7% fall in flour prices").low());
        assertEquals(PercentChanges.CHANGE, onlyQuantity("Planners expect 3% growth in ferry traffic").head(), "a mass noun takes no article");
    }

    @Test
    void aRiseInLineWithSomethingNamesNoThingThatRose() {
        assertFalse(names(between(claim(1, "Grants for the smallest 10% rise in line with the cost of bread", "Council"),
                claim(2, "Carers get a 4% rise in line with the cost of bread", "Press"))).contains("numeric mismatch"));
        assertFalse(names(between(claim(1, "Carers get a 6% rise in line with the cost of bread", "Council"),
                claim(2, "Carers get a 4% rise in line with the cost of bread", "Press"))).contains("numeric mismatch"),
                "what rose is said before the noun, not after it");
    }

    @Test
    void growthOfAFigureWithItsPremodifierIsComparedByIt() {
        List<Signal> s = between(claim(1, "The bank now forecasts GDP growth of 5% for the island", "Bank"),
                claim(2, "The bank now forecasts GDP growth of 3% for the island", "Press"));
        assertTrue(names(s).contains("numeric mismatch"), s.toString());
        assertFalse(names(between(claim(1, "The bank now forecasts GDP growth of 5% for the island", "Bank"),
                claim(2, "The bank now forecasts wage growth of 3% for the island", "Press"))).contains("numeric mismatch"));
    }
}
