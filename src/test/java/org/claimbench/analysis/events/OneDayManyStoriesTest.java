package org.claimbench.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Two stories published the same days are not one event: a publication date says roughly when, not what (round 50 of
 * issue 11). Two reports of one story of those days still are. Texts written for the test; the strike's reports and the
 * flood's tell no weekday, so each is dated by its dateline alone.
 */
class OneDayManyStoriesTest {

    private static final String PORT_A = "Port strike ends\n\nVELMAR, 14 June 2026 — Dock workers in Velmar ended their strike "
            + "after the harbour board agreed to raise night shift pay, the dockers' union said.";
    private static final String PORT_B = "Velmar dockers return\n\nVELMAR, 15 June 2026 — The harbour board of Velmar and the dockers' "
            + "union settled the strike; night shift pay will rise and the cranes moved again by evening.";
    private static final String FLOOD = "River bursts its banks\n\nOSTRAVIN, 14 June 2026 — The Kessa river flooded three villages "
            + "near Ostravin on Thursday, and the regional governor ordered schools closed while rescuers searched for the missing.";

    @Test
    void twoStoriesOfOneDayAreTwoEvents() {
        Map<Long, EventGroups.Assigned> events = StatementWeekdaysTest.assign(PORT_A, FLOOD);
        assertFalse(events.get(1L).label().isEmpty());
        assertNotEquals(events.get(1L).label(), events.get(2L).label(), "a strike's end reported on the 14th and a flood of the 11th");
    }

    @Test
    void twoReportsOfOneStoryOfThatDayStayOneEvent() {
        Map<Long, EventGroups.Assigned> events = StatementWeekdaysTest.assign(PORT_A, FLOOD, PORT_B);
        assertEquals(events.get(1L).label(), events.get(3L).label());
        assertNotEquals(events.get(1L).label(), events.get(2L).label());
    }
}
