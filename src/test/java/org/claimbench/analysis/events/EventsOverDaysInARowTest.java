package org.claimbench.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** An event told over two days in a row (announced one day, in effect the next), and the names that confirm it. */
class EventsOverDaysInARowTest {

    private final EventInference inference = new EventInference();

    private static final String ANNOUNCED = "Harbour truce announced\n\nThe governor of Lorvania said on Monday that Lorvania and Quessa had "
            + "agreed to a harbour truce, which would come into force on Tuesday, overseen by Admiral Brenna Holt from Port Azel.";
    /** Told in other words (few shared but the names): the leads' words alone are not alike enough. */
    private static final String IN_FORCE = "Shots at the harbour\n\nQuessa on Tuesday accused Lorvania of firing on its patrol boats at "
            + "Port Azel. Witnesses described flares, sirens and frightened dockworkers scrambling behind cranes while "
            + "smoke drifted across warehouses; fishermen stayed ashore, ferries waited offshore, schools closed early, and "
            + "shopkeepers shuttered windows, reporters said, quoting Admiral Brenna Holt.";
    private static final String ELSEWHERE = "Rail strike ends\n\nThe unions of Dunmere on Tuesday called off the rail strike after a "
            + "night of bargaining with the Transport Board in Kellford.";
    private static final String SAME_SIDES_LATER = "New quarrel at sea\n\nThe governor of Lorvania said on Thursday that Quessa had "
            + "detained one of its trawlers, and that Lorvania would answer.";

    @Test
    void theLeadKeepsEveryWeekdayItNames() {
        EventProfile p = inference.infer(ANNOUNCED, Optional.empty());
        assertEquals(Optional.of(DayOfWeek.MONDAY), p.weekday(), "the event's day is the lead's first");
        assertEquals(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), p.leadWeekdays());
    }

    @Test
    void theNextDayIsLikelyTheSameEventOnlyWhenOneLeadNamesBothDays() {
        EventProfile monday = inference.infer(ANNOUNCED, Optional.empty());
        EventProfile tuesday = inference.infer(IN_FORCE, Optional.empty());
        assertEquals(EventProfile.Relation.NEXT_DAY, monday.relation(tuesday));
        assertEquals(EventProfile.Relation.NEXT_DAY, tuesday.relation(monday));
        EventProfile mondayOnly = inference.infer("The governor of Lorvania spoke on Monday.", Optional.empty());
        assertEquals(EventProfile.Relation.UNKNOWN, mondayOnly.relation(tuesday), "a Monday and a Tuesday, neither lead naming both");
        EventProfile thursday = inference.infer(SAME_SIDES_LATER, Optional.empty());
        assertEquals(EventProfile.Relation.UNKNOWN, monday.relation(thursday), "three days apart");
    }

    @Test
    void reportsOfOneEventOnDaysInARowNamingTheSameParticipantsAreOneEvent() {
        Map<Long, EventGroups.Assigned> events = new ArticleEvents().assign(List.of(
                new ArticleEvents.Input(1, ANNOUNCED, Optional.empty(), ""),
                new ArticleEvents.Input(2, IN_FORCE, Optional.empty(), ""),
                new ArticleEvents.Input(3, ELSEWHERE, Optional.empty(), ""),
                new ArticleEvents.Input(4, SAME_SIDES_LATER, Optional.empty(), "")));
        assertEquals(events.get(1L).label(), events.get(2L).label(), "announced on Monday, broken on Tuesday: one truce");
        assertNotEquals(events.get(2L).label(), events.get(3L).label(), "the same Tuesday, other parties and places");
        assertNotEquals(events.get(1L).label(), events.get(4L).label(), "the same sides three days later: names alone never join");
    }

    @Test
    void namesDoNotJoinReportsOfTheSameWeekdayThatSpeakOfOtherThings() {
        String tuesdayWeeksLater = "Ferry deal signed\n\nOfficials said on Tuesday that a ferry deal had been signed between Lorvania "
                + "and Quessa at Port Azel, praised by Admiral Brenna Holt; tickets, timetables and fares were published for summer.";
        Map<Long, EventGroups.Assigned> events = new ArticleEvents().assign(List.of(
                new ArticleEvents.Input(1, IN_FORCE, Optional.empty(), ""),
                new ArticleEvents.Input(2, tuesdayWeeksLater, Optional.empty(), ""),
                new ArticleEvents.Input(3, ELSEWHERE, Optional.empty(), ""),
                new ArticleEvents.Input(4, SAME_SIDES_LATER, Optional.empty(), "")));
        assertNotEquals(events.get(1L).label(), events.get(2L).label(), "the same sides on a Tuesday: maybe weeks apart");
    }

    @Test
    void aUsersEventStillWinsOverDaysInARow() {
        Map<Long, EventGroups.Assigned> events = new ArticleEvents().assign(List.of(
                new ArticleEvents.Input(1, ANNOUNCED, Optional.empty(), "Truce announcement"),
                new ArticleEvents.Input(2, IN_FORCE, Optional.empty(), "Harbour shooting")));
        assertEquals("Truce announcement", events.get(1L).label());
        assertEquals("Harbour shooting", events.get(2L).label());
    }

    @Test
    void leadNamesAreCapitalisedWordsInsideSentencesNotHeadlinesOrDays() {
        List<String> names = ArticleEvents.leadNames("Storm Hits The Northern Coast Again\n\nFishermen in Marrow Bay said on Friday "
                + "that the storm, which the Coast Guard tracked, sank two boats.");
        assertEquals(List.of("marrow", "bay", "coast", "guard"), names);
        assertFalse(names.contains("fishermen"), "a sentence's first word");
        assertTrue(ArticleEvents.leadNames("Northern Coast Storm Warning").isEmpty(), "a title-case headline");
    }
}
