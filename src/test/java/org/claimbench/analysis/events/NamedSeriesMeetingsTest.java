package org.claimbench.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Round 70 of issue 11 (stop 63): a meeting's formal name after an acronym keeps its capital ("the NORVEX Summit", as "the
 * NORVEX summit"), while a headline's title case names no meeting. Texts of our own.
 */
class NamedSeriesMeetingsTest {

    private final EventInference inference = new EventInference();

    @Test
    void aMeetingsFormalNameAfterAnAcronymKeepsItsCapital() {
        assertEquals(Set.of("meeting@norvex"), EventNouns.names("The premier met the governor on the sidelines of the NORVEX Summit."));
        assertEquals(Set.of("meeting@norvex"), EventNouns.names("The premier met the governor on the sidelines of the NORVEX summit."));
    }

    @Test
    void aHeadlinesTitleCaseStillNamesNoMeeting() {
        assertTrue(EventNouns.names("Governor Meeting Ends Without Deal\n\nThe two spoke for an hour.").isEmpty());
        // "Bold" is no noun WordNet knows, so only the capital's source tells it from a name: an acronym's is the name's.
        assertTrue(EventNouns.names("Leaders Hold Bold Meeting On Dams\n\nThe two spoke for an hour.").isEmpty());
    }

    @Test
    void twoUndatedReportsOfOneSeriesMeetingAreLikelyOneEventAndDatedOnesStillPart() {
        EventProfile capital = inference.infer("The premier met the governor on the sidelines of the NORVEX Summit in Tarnland.",
                Optional.empty());
        EventProfile lower = inference.infer("The premier and the governor held talks at the NORVEX summit in Varnholm.", Optional.empty());
        assertEquals(EventProfile.Relation.LIKELY_SAME, capital.relation(lower));
        // A year apart, the same series' meetings stay two: days settle it before names.
        EventProfile last = inference.infer("The premier met the governor at the NORVEX Summit.", Optional.of(LocalDate.of(2024, 11, 15)));
        EventProfile next = inference.infer("The premier met the governor at the NORVEX Summit.", Optional.of(LocalDate.of(2025, 10, 31)));
        assertEquals(EventProfile.Relation.DIFFERENT, last.relation(next));
    }
}
