package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PercentChangesTest {

    private static Quantity only(String text) {
        return SignalFixture.onlyQuantity(text);
    }

    @Test
    void aPercentageAfterAVerbOfRisingOrFallingIsASignedChange() {
        Quantity fall = only("Orders at the bakery fell by 3 percent in March");
        assertEquals(PercentChanges.CHANGE, fall.head());
        assertEquals(-3.0, fall.low());
        assertEquals("fell by 3 percent", fall.words());
        Quantity up = only("The ferry operator's stock closed up 1.25% on Thursday");
        assertEquals(1.25, up.high());
        assertEquals("up 1.25%", up.words());
    }

    @Test
    void aFallWithMoreOrLessThanIsShownAsAFall() {
        assertEquals("“fell more than 4%” (a fall of more than 4 %)", only("Ticket sales at the zoo fell more than 4%").describe());
        assertEquals("“fell less than 2%” (a fall of less than 2 %)", only("Ticket sales at the zoo fell less than 2%").describe());
    }

    @Test
    void aLevelReachedOrARateIsNoChange() {
        assertEquals("", only("Bus fares rose to 12% above last winter's").head(), "'rose to' gives the level reached");
        assertEquals("", only("Growers will pay a 7% levy on seed").head());
        assertEquals("", only("Grants make up 3 percent of the harbour budget").head(), "'up' of a phrasal verb is no direction");
    }

    @Test
    void aRiseAgainstAFallOfTheSameThingIsANumericMismatch() {
        List<Signal> s = between(claim(1, "Shares of the lamp maker rose 1.5% after the merger news", "Press"),
                claim(2, "Shares of the lamp maker closed down 0.4% after the merger news", "Exchange"));
        assertEquals(List.of("numeric mismatch"), names(s));
        assertTrue(s.get(0).explanation().contains("“rose 1.5%” (1.5 %) against “down 0.4%” (-0.4 %)"), s.get(0).explanation());
    }

    @Test
    void theSameChangeTwiceAgrees() {
        assertTrue(between(claim(1, "Shares of the lamp maker gained 2% on the merger news", "Press"),
                claim(2, "Shares of the lamp maker were up 2% on the merger news", "Exchange")).isEmpty());
    }

    @Test
    void aChangeIsNotComparedWithALevel() {
        assertFalse(names(between(claim(1, "Harbour fees for the trawlers rose 4% this spring", "Harbour board"),
                claim(2, "The trawlers pay harbour fees of 12% this spring", "Press"))).contains("numeric mismatch"));
    }
}
