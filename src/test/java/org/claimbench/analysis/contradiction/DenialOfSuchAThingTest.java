package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * "No such agreement was made" (round 33): "such" refers back to a thing another account reports, so the denial meets that
 * report with no other likeness of the two claims; without "such", a short denial still needs it.
 */
class DenialOfSuchAThingTest {

    private static final String REPORT = "The harbour board reached an agreement with the pilots on night shifts";

    @Test
    void aDenialOfSuchAThingMeetsTheAccountThatReportsIt() {
        List<Signal> s = between(claim(1, REPORT, "Harbour board"), claim(2, "The union insists that no such agreement exists", "Union"));
        assertEquals(List.of("denial"), names(s), s.toString());
        assertTrue(s.get(0).explanation().contains("agreement"), s.get(0).explanation());
        // One word may stand between "such" and the noun.
        assertEquals(List.of("denial"), names(between(claim(1, REPORT, "Harbour board"),
                claim(2, "The union says that no such formal agreement exists", "Union"))));
    }

    @Test
    void withoutSuchOrFromOneSourceTheShortDenialMeetsNothing() {
        assertTrue(between(claim(1, REPORT, "Harbour board"), claim(2, "The union insists that no agreement exists", "Union")).isEmpty(),
                "a bare denial sharing one word needs likeness");
        assertTrue(between(claim(1, REPORT, "Harbour board"),
                claim(2, "Its spokesman insists that no such agreement exists", "Harbour board")).isEmpty(),
                between(claim(1, REPORT, "Harbour board"), claim(2, "Its spokesman insists that no such agreement exists", "Harbour board")).toString());
        assertTrue(between(claim(1, REPORT, "Harbour board", "talks in May"),
                claim(2, "The union insists that no such agreement exists", "Union", "a strike in June")).isEmpty(), "two events");
    }

    @Test
    void suchAsListingExamplesPointsBackAtNothing() {
        ClaimFeatures listing = claim(2, "The union says there was no deal on matters such as agreement fees", "Union");
        assertFalse(NegationSignal.pointsBack(listing, "agreement"));
        assertTrue(NegationSignal.pointsBack(claim(3, "No such agreement exists", "Union"), "agreement"));
        assertTrue(NegationSignal.pointsBack(claim(4, "Such talks never took place", "Union"), "talk"));
    }
}
