package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimbench.domain.ContradictionKind;
import org.junit.jupiter.api.Test;

class QuantitySignalTest {

    @Test
    void differentFiguresForTheSameMeetingAreANumericMismatch() {
        List<Signal> s = between(claim(1, "The mayors held a one-hour meeting on the budget", "City hall"),
                claim(2, "The mayors held a three-hour meeting on the budget", "Press"));
        assertEquals(List.of("numeric mismatch"), names(s));
        assertEquals(ContradictionKind.NUMERIC, s.get(0).kind());
        assertTrue(s.get(0).explanation().contains("(60 min) against “three-hour meeting” (180 min)"), s.get(0).explanation());
    }

    @Test
    void anApproximationThatMeetsTheOtherFigureAgrees() {
        assertTrue(between(claim(1, "The hearing on the budget lasted over two hours", "Court"),
                claim(2, "The hearing on the budget lasted 2 hours 5 minutes", "Press")).isEmpty());
    }

    @Test
    void figuresCloseButApartAreANearMissShownWithTheirContext() {
        List<Signal> s = between(claim(1, "The debate on the budget lasted 3 hours", "Parliament"),
                claim(2, "The debate on the budget lasted 2 hours 45 minutes", "Press"));
        assertEquals(List.of("near miss"), names(s));
        assertTrue(s.get(0).explanation().contains("debate on the budget lasted 3 hours]"), s.get(0).explanation());
    }

    @Test
    void twoClaimsGivingTheSameOrdinalAgreeEvenWhenOneSaysNot() {
        assertTrue(between(claim(1, "It was the sixth call between the ministers, not the fifth as reported", "Ministry"),
                claim(2, "the ministers spoke for the sixth time this year, the sixth call in all", "Press")).isEmpty());
    }

    @Test
    void figuresOfDifferentEventsAreNotComparedUnlessBothClaimsNameTheSameOne() {
        assertTrue(between(claim(1, "The ministers held a two-hour call", "Ministry", "call, 2024-03-02"),
                claim(2, "The ministers held a three-hour call", "Press", "meeting in Oslo")).isEmpty());
        List<Signal> named = between(claim(1, "The Oslo summit lasted two hours", "Ministry", "call, 2024-03-02"),
                claim(2, "The Oslo summit lasted five hours", "Press", "meeting, 2024-05-10"));
        assertEquals(List.of("numeric mismatch"), names(named));
    }

    @Test
    void countsOfDifferentThingsAreNotCompared() {
        assertTrue(between(claim(1, "The two sides exchanged 300 prisoners after the talks", "Ministry"),
                claim(2, "The two sides exchanged 900 drones after the talks", "Press")).isEmpty());
    }

    /** Round 76: "a little more than an hour" ends well before two hours; "less than two hours" still meets "about two hours". */
    @Test
    void aLittleMoreThanAnHourIsNotAboutTwoHoursButLessThanTwoHoursIs() {
        List<Signal> s = between(claim(1, "The council meeting on the harbour lasted a little more than an hour", "Council"),
                claim(2, "The council meeting on the harbour lasted about two hours", "Press"));
        assertEquals(List.of("numeric mismatch"), names(s));
        assertTrue(between(claim(1, "The council meeting on the harbour lasted less than two hours", "Council"),
                claim(2, "The council meeting on the harbour lasted about two hours", "Press")).isEmpty());
        assertTrue(between(claim(1, "The council meeting on the harbour lasted just over an hour", "Council"),
                claim(2, "The council meeting on the harbour lasted 65 minutes", "Press")).isEmpty());
    }

    /** review65a 8: a small excess takes in what news writing calls "just over" (a quarter, or half a point of a percentage). */
    @Test
    void aSmallExcessTakesInAFigureAQuarterOverOrHalfAPointOver() {
        assertTrue(between(claim(1, "The council meeting on the harbour lasted just over an hour", "Council"),
                claim(2, "The council meeting on the harbour lasted 70 minutes", "Press")).isEmpty());
        assertTrue(between(claim(1, "The repairs to the harbour took a little over a year", "Council"),
                claim(2, "The repairs to the harbour took 14 months", "Press")).isEmpty());
        assertTrue(between(claim(1, "Inflation in the harbour town stood at slightly above 1%", "Council"),
                claim(2, "Inflation in the harbour town stood at 1.4%", "Press")).isEmpty());
        assertEquals(List.of("numeric mismatch"), names(between(claim(1, "The council meeting on the harbour lasted just over an hour",
                "Council"), claim(2, "The council meeting on the harbour lasted 90 minutes", "Press"))));
    }

    /** review65a 9: a sum a year and a sum by a year are two units, not two figures of one; two yearly sums are compared. */
    @Test
    void aYearlySumAgainstASumByAYearIsNoMismatchOfFigures() {
        assertTrue(between(claim(1, "The state will spend $5 billion a year for ten years on the harbour", "Council"),
                claim(2, "The state will spend $50 billion on the harbour by 2035", "Press")).isEmpty());
        assertEquals(List.of("numeric mismatch"), names(between(claim(1, "The state will spend $5 billion a year on the harbour",
                "Council"), claim(2, "The state will spend $8 billion a year on the harbour", "Press"))));
    }
}
