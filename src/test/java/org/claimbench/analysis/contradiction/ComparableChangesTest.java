package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ComparableChangesTest {

    private static boolean mismatch(String first, String second) {
        return names(between(claim(1, first, "Press"), claim(2, second, "Agency"))).contains("numeric mismatch");
    }

    @Test
    void changesOfTwoDifferentThingsAreNotCompared() {
        assertFalse(mismatch("Shipments of grain from the harbour rose 6% in the quarter",
                "Shipments of coal from the harbour fell 3% in the quarter"), "grain and coal are two things");
        assertFalse(mismatch("Cheese sales at the dairy climbed 4% in the quarter",
                "Butter sales at the dairy dropped 2% in the quarter"), "cheese sales and butter sales");
    }

    @Test
    void subjectsThatBeginAlikeButEndInTwoHeadsAreTwoThings() {
        assertFalse(mismatch("Home sales in the county rose 3% in May", "Home prices in the county fell 1% in May"));
        assertFalse(mismatch("Northern exports of the region rose 5% in the quarter",
                "Northern imports of the region fell 2% in the quarter"));
    }

    @Test
    void aPronounSubjectNamesNoThingToCompare() {
        assertFalse(mismatch("It rose 3% in the quarter, the harbour board said", "It fell 2% in the quarter, the harbour board said"));
    }

    @Test
    void changesOverDifferentDaysOrPeriodsAreNotCompared() {
        assertFalse(mismatch("Shares of the lamp maker gained 3% on Wednesday", "Shares of the lamp maker were down 1% on Friday"));
        assertFalse(mismatch("Rents in the valley were up 4% on the year", "Rents in the valley were down 1% on the month"));
        assertFalse(mismatch("Rents in the valley rose 4% year-on-year", "Rents in the valley rose 0.5% month-on-month"));
    }

    @Test
    void sharesOfTwoNamedCompaniesAreTwoThings() {
        assertFalse(mismatch("Shares of Ardvale rose 2% at the close of trading in Oslo",
                "Shares of Brindle fell 1% at the close of trading in Oslo"));
    }

    @Test
    void theSameThingNamedTwoWaysIsStillCompared() {
        assertTrue(mismatch("Ardvale's stock was down 0.3% at the close of trading in Oslo",
                "Ardvale shares rose 1.1% at the close of trading in Oslo"));
        assertTrue(mismatch("Shares of Ardvale rose 2% at the close of trading in Oslo",
                "Ardvale shares fell 1% at the close of trading in Oslo"));
        assertTrue(mismatch("Ardvale's stock closed slightly lower at the close of trading in Oslo, down 0.3%",
                "Ardvale shares rose 1.1% at the close of trading in Oslo"), "a verbless supplement is said of its clause's subject");
        assertTrue(mismatch("Shares of the lamp maker rose 1.5% after the merger news", "Shares of the lamp maker closed down 0.4% after the merger news"));
    }
}
