package org.claimbench.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

class EventInferenceTest {

    private final EventInference inference = new EventInference();

    @Test
    void theEventsDayIsTheLeadsRelativeDayResolvedAgainstTheDateline() {
        EventProfile p = inference.infer("Mayors agree on river plan\n05/03/2024\n\nThe mayors of the two towns met on Tuesday and agreed "
                + "to share the costs of the new dam, the third meeting this year.", Optional.empty());
        // 5 March 2024 was a Tuesday (3 May a Friday), so the dateline reads day-first and Tuesday is that day.
        assertEquals(Optional.of(LocalDate.of(2024, 3, 5)), p.day());
        assertEquals(Optional.of("meeting"), p.kind());
        assertEquals(OptionalInt.of(3), p.ordinal());
    }

    @Test
    void aDateInASentenceOfNoCallOrMeetingIsNoDateline() {
        String caption = "Ferry strike ends\n\nDockers march through the harbour during a rally on June 2, 2024. The union called off "
                + "the strike after talks with the port authority.";
        assertEquals(Optional.empty(), inference.dateline(caption), "a photo caption's date is no dateline");
        String dated = "Ferry strike ends\nJune 9, 2024\n\nDockers marched through the harbour during a rally on June 2, 2024.";
        assertEquals(Optional.of(LocalDate.of(2024, 6, 9)), inference.dateline(dated));
        assertEquals(Optional.of(LocalDate.of(2024, 6, 9)), inference.dateline("Ferry strike ends\nPublished on June 9, 2024\n\nThe union "
                + "called off the strike."), "published on: the dateline");
        assertEquals(Optional.of(LocalDate.of(2024, 6, 3)), inference.dateline("The talks took place on June 3, 2024."),
                "a date of the talks themselves");
    }

    @Test
    void theDatelinesOwnWeekdayIsNotTheEventsDay() {
        EventProfile p = inference.infer("Port deal reached\n\nBy Staff | Thursday, 14 March 2024 09:12 AM\n\nThe two port boards "
                + "agreed on a new tariff at a meeting on Tuesday evening.", Optional.empty());
        assertEquals(Optional.of(LocalDate.of(2024, 3, 12)), p.day(), "Tuesday before the dateline's Thursday, not the Thursday");
        assertEquals(java.util.Set.of(java.time.DayOfWeek.TUESDAY), p.leadWeekdays());
        EventProfile inSentence = inference.infer("Port deal reached\n14 March 2024\n\nThe boards met on Thursday, 14 March 2024, "
                + "and agreed on a new tariff.", Optional.empty());
        assertEquals(Optional.of(LocalDate.of(2024, 3, 14)), inSentence.day(), "a weekday of the event itself still counts");
        EventProfile noDateAfter = inference.infer("Port deal reached\n14 March 2024\n\nThe boards met on Tuesday, and agreed on a "
                + "new tariff.", Optional.empty());
        assertEquals(Optional.of(LocalDate.of(2024, 3, 12)), noDateAfter.day());
    }

    @Test
    void aGivenPublicationDateResolvesTheWeekdayAndOtherwiseStandsForTheDay() {
        assertEquals(Optional.of(LocalDate.of(2024, 3, 12)),
                inference.infer("The ministers held a call on Tuesday.", Optional.of(LocalDate.of(2024, 3, 14))).day());
        EventProfile published = inference.infer("The ministers held a call.", Optional.of(LocalDate.of(2024, 3, 14)));
        assertEquals(Optional.of(LocalDate.of(2024, 3, 14)), published.day());
        assertTrue(published.dayFromPublication());
    }

    @Test
    void namedMeetingsAndOrdinalsAreRead() {
        EventProfile p = inference.infer("Leaders gathered for the Oslo summit, the fourth summit of its kind.", Optional.empty());
        assertEquals(java.util.Set.of("meeting@oslo"), p.names());
        assertEquals(OptionalInt.of(4), p.ordinal());
    }

    @Test
    void articlesAreGroupedByTheEventTheyReportAndTheUsersEventWins() {
        String a = "The two ministers spoke by phone on Tuesday, their fifth call this year.";
        String b = "In their fifth call, the ministers discussed grain.";
        String c = "The ministers' eighth call was short.";
        String d = "Nothing here says when.";
        Map<Long, EventGroups.Assigned> events = new ArticleEvents().assign(List.of(
                new ArticleEvents.Input(1, a, Optional.of(LocalDate.of(2024, 6, 6)), ""),
                new ArticleEvents.Input(2, b, Optional.empty(), ""),
                new ArticleEvents.Input(3, c, Optional.empty(), ""),
                new ArticleEvents.Input(4, d, Optional.empty(), "")));
        assertEquals(events.get(1L).label(), events.get(2L).label(), "the same ordinal of the same kind: one call");
        assertTrue(events.get(1L).label().contains("2024-06-04"), events.get(1L).label());
        assertNotEquals(events.get(1L).label(), events.get(3L).label(), "the fifth and the eighth call differ");
        assertEquals("", events.get(4L).label(), "an article that says nothing of its event is left unknown");

        Map<Long, EventGroups.Assigned> corrected = new ArticleEvents().assign(List.of(
                new ArticleEvents.Input(1, a, Optional.of(LocalDate.of(2024, 6, 6)), "June grain call"),
                new ArticleEvents.Input(2, b, Optional.empty(), "")));
        assertEquals("June grain call", corrected.get(1L).label());
        assertEquals("June grain call", corrected.get(2L).label(), "the group takes the name the user gave one of its articles");
    }

    @Test
    void aCallAndTalksOnTheSameWeekdayWhoseLeadsSpeakOfTheSameThingsAreOneEvent() {
        EventProfile call = inference.infer("The ministers agreed a truce in a call on Saturday.", Optional.empty());
        EventProfile talks = inference.infer("Talks on Saturday brought a truce, the ministers said.", Optional.empty());
        assertEquals(Optional.of("call"), call.kind());
        assertEquals(Optional.of("meeting"), talks.kind());
        assertEquals(EventProfile.Relation.LIKELY_SAME, call.relation(talks), "the kind of event is no proof either way");
        Map<Long, EventGroups.Assigned> events = new ArticleEvents().assign(List.of(
                new ArticleEvents.Input(1, "The fishing ministers agreed a truce over the northern cod quota in a call on Saturday.",
                        Optional.empty(), ""),
                new ArticleEvents.Input(2, "Talks on Saturday brought a truce over the northern cod quota, the fishing ministers said.",
                        Optional.empty(), ""),
                new ArticleEvents.Input(3, "A call on Saturday between the two rail unions settled the timetable dispute.",
                        Optional.empty(), "")));
        assertEquals(events.get(1L).label(), events.get(2L).label(), "one outlet's call is another's talks");
        assertNotEquals(events.get(1L).label(), events.get(3L).label(), "the same weekday with leads about other things");
    }

    @Test
    void articlesOnDifferentDaysAreDifferentEventsEvenWithTheSameOrdinal() {
        Map<Long, EventGroups.Assigned> events = new ArticleEvents().assign(List.of(
                new ArticleEvents.Input(1, "The first call took place on 3 May 2024.", Optional.empty(), ""),
                new ArticleEvents.Input(2, "The first call took place on 9 September 2024.", Optional.empty(), "")));
        assertNotEquals(events.get(1L).label(), events.get(2L).label());
    }
}
