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
        // "Harbour" is a noun WordNet files as a place, capitalised here by the headline's title case alone: without an acronym
        // before it the capitalised noun "Meeting" names nothing (were it read, the name would be meeting@harbour).
        assertTrue(EventNouns.names("Leaders Hold Harbour Meeting On Dams\n\nThe two spoke for an hour.").isEmpty());
        // "Talks" after an acronym WordNet files as a place is the headline's verb, not a meeting's name.
        assertTrue(EventNouns.names("Premier Says US Talks Tough On Tariffs\n\nThe premier spoke for an hour.").isEmpty());
        assertTrue(EventNouns.names("Why The UK Talks Softly On Dams\n\nThe premier spoke for an hour.").isEmpty());
    }

    @Test
    void aSeriesNameAndThePlaceAfterItAreBothRead() {
        for (String noun : new String[] {"Summit", "summit"}) {
            assertEquals(Set.of("meeting@norvex", "meeting@lima"),
                    EventNouns.names("The premier met the governor on the sidelines of the NORVEX " + noun + " in Lima."), noun);
        }
    }

    @Test
    void twoUndatedReportsOfOneSeriesMeetingAreLikelyOneEventAndDatedOnesStillPart() {
        EventProfile capital = inference.infer("The premier met the governor on the sidelines of the NORVEX Summit in Lima.",
                Optional.empty());
        EventProfile lower = inference.infer("The premier and the governor held talks at the NORVEX summit in Lima.", Optional.empty());
        EventProfile bare = inference.infer("The premier and the governor held talks at the NORVEX summit.", Optional.empty());
        assertEquals(EventProfile.Relation.LIKELY_SAME, capital.relation(lower));
        assertEquals(EventProfile.Relation.LIKELY_SAME, capital.relation(bare), "one names no place: nothing tells them apart");
        // A place within the other's, or one WordNet does not know (it may lie within the other), is no second meeting.
        EventProfile country = inference.infer("The premier met the governor at the NORVEX Summit in Peru.", Optional.empty());
        assertEquals(EventProfile.Relation.LIKELY_SAME, capital.relation(country));
        EventProfile town = inference.infer("The premier met the governor at the NORVEX Summit in Tarnholm.", Optional.empty());
        assertEquals(EventProfile.Relation.LIKELY_SAME, town.relation(country));
        // A year apart, the same series' meetings stay two: days settle it before names.
        EventProfile last = inference.infer("The premier met the governor at the NORVEX Summit.", Optional.of(LocalDate.of(2024, 11, 15)));
        EventProfile next = inference.infer("The premier met the governor at the NORVEX Summit.", Optional.of(LocalDate.of(2025, 10, 31)));
        assertEquals(EventProfile.Relation.DIFFERENT, last.relation(next));
    }

    @Test
    void oneSeriesMeetingInTwoKnownPlacesIsNoSharedName() {
        // A series moves its host every time: the series' name joins no two reports that put its meeting in two places.
        EventProfile lima = inference.infer("The premier met the governor on the sidelines of the NORVEX Summit in Lima.", Optional.empty());
        EventProfile francisco = inference.infer("The premier met the governor on the sidelines of the NORVEX Summit in San Francisco.",
                Optional.empty());
        assertEquals(EventProfile.Relation.UNKNOWN, lima.relation(francisco));
    }
}
