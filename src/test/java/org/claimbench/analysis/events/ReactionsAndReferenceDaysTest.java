package org.claimbench.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Three ways one contact's coverage split into several events (round 20 of issue 11): a day the lead gives another event it
 * names only as a reference time ("ahead of Friday's meeting of the ministers"), the day of a reaction ("on Thursday dismissed
 * the call"), and "this week" in a piece written days later. Every name, place and outlet is invented.
 */
class ReactionsAndReferenceDaysTest {

    private final EventInference inference = new EventInference();

    private EventProfile profile(String text) {
        return inference.infer(text, Optional.empty());
    }

    @Test
    void theDayOfAReferenceEventIsNotTheArticlesOwn() {
        EventProfile p = profile("Ministers to meet after leaders' call\n\nCORVEL, 18 March 2026 — Ahead of Friday's meeting of the foreign "
                + "ministers in Kessel, President Ilse Varga and Chancellor Tomas Reuel spoke by phone on Tuesday about the ferry line.");
        assertEquals(Optional.of(LocalDate.of(2026, 3, 17)), p.day(), "Tuesday's call, not the ministers' Friday");
        assertFalse(p.dayFromPublication());
        EventProfile since = profile("CORVEL, 18 March 2026 — In their first call since the talks on Friday, President Ilse Varga and "
                + "Chancellor Tomas Reuel spoke on Tuesday about the ferry line.");
        assertEquals(Optional.of(LocalDate.of(2026, 3, 17)), since.day(), "the talks 'since' are another event");
        EventProfile outcome = profile("CORVEL, 19 March 2026 — The ferry line will reopen in May, the chancellery announced after "
                + "Tuesday's call between Varga and Reuel.");
        assertEquals(Optional.of(LocalDate.of(2026, 3, 17)), outcome.day(), "an outcome announced after the call: the call's day");
    }
}
