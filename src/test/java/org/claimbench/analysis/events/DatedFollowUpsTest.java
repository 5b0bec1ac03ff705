package org.claimbench.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * A report of an event's consequence, dated by its dateline, whose lead names the event's day beside its own ("reopened on
 * Saturday, three days after Wednesday's call"): the two days resolve to two dates three days apart, yet the lead itself says
 * the event it follows is the other report's (round 47 of issue 11). Round 31 read this for undated texts
 * ({@link OneEventToldOnOtherDaysTest}); with datelines the days were compared first and set the two apart. Texts written for
 * the test.
 */
class DatedFollowUpsTest {

    private final EventInference inference = new EventInference();

    /**
     * Round 31's call and reopening with datelines (13 May 2026 is a Wednesday, 16 May a Saturday), the reopening's call named
     * "about the ferry dispute" as the call's lead names it: round 31's reopening is only a little like the call (it joined
     * through a third report), this one is as alike as two reports of one event ({@link EventGroups#LIKELY}).
     */
    private static final String REOPENED_ABOUT_THE_DISPUTE = OneEventToldOnOtherDaysTest.REOPENED.replace("between Rook and Varga",
            "between Rook and Varga about the ferry dispute");
    private static final String CALL = dated(OneEventToldOnOtherDaysTest.CALL, "DUNHAVEN, 13 May 2026");
    private static final String REOPENED = dated(REOPENED_ABOUT_THE_DISPUTE, "DUNHAVEN, 16 May 2026");
    /** The same report without the call's day: its Saturday is all it tells. */
    private static final String REOPENED_UNDATED_CALL = REOPENED.replace("Wednesday's telephone call", "the telephone call");
    /** A week later: its "Wednesday" is 20 May, not the call's 13 May. */
    private static final String WEEK_LATER = dated(REOPENED_ABOUT_THE_DISPUTE, "DUNHAVEN, 23 May 2026")
            .replace("reopen", "close again").replace("reopened", "closed again");
    /** Names the call's Wednesday (18 May 2026 is a Monday), but speaks of something else. */
    private static final String BUDGET = "Kellford budget passes\n\nKELLFORD, 18 May 2026 — The council of Kellford passed its school "
            + "budget on Monday, five days after Wednesday's vote on teachers' pay was put off by the mayor.";

    /** The day after the call (14 May 2026, a Thursday): one event with it by the days alone. */
    private static final String PREPARING = "Dunhaven harbour readies ferries\n\nDUNHAVEN, 14 May 2026 — Harbour crews at Dunhaven on "
            + "Thursday began readying the ferry crossings after the telephone call between Rook and Varga about the ferry dispute, "
            + "clearing lorries from the terminal.";

    /** Two reports of one shelling, the first dated by its publisher a day behind the town's own calendar (11 May 2026 is a Monday). */
    private static final String SHELLING_EARLY = "Truce shaken in Mirsk\n\nThe truce between Orlen and Vask held shakily on Tuesday as "
            + "shells fell on the border town of Mirsk, hours after both governments had agreed to stop firing.";
    private static final String SHELLING = "Shells fall on Mirsk despite truce\n\nShells fell on the border town of Mirsk on Tuesday, "
            + "hours after the governments of Orlen and Vask had agreed to a truce and to stop firing.";

    /** The text with a dateline at the head of its body ("DUNHAVEN, 13 May 2026 — …"). */
    private static String dated(String text, String dateline) {
        return text.replaceFirst("\n\n", "\n\n" + dateline + " — ");
    }

    private static Map<Long, EventGroups.Assigned> assign(String... texts) {
        return StatementWeekdaysTest.assign(texts);
    }

    @Test
    void aDatedLeadThatNamesTheOthersDayLikelyReportsTheSameEvent() {
        EventProfile call = inference.infer(CALL, Optional.empty());
        EventProfile reopened = inference.infer(REOPENED, Optional.empty());
        assertEquals(Optional.of(java.time.LocalDate.of(2026, 5, 13)), call.day());
        assertEquals(Optional.of(java.time.LocalDate.of(2026, 5, 16)), reopened.day());
        assertEquals(EventProfile.Relation.LIKELY_SAME, reopened.relation(call));
        assertEquals(EventProfile.Relation.LIKELY_SAME, call.relation(reopened));
    }

    @Test
    void daysApartThatNoLeadLinksStayDifferentEvents() {
        EventProfile call = inference.infer(CALL, Optional.empty());
        assertEquals(EventProfile.Relation.DIFFERENT, inference.infer(REOPENED_UNDATED_CALL, Optional.empty()).relation(call),
                "a Saturday three days after the call, its lead not naming the call's day");
        assertEquals(EventProfile.Relation.DIFFERENT, inference.infer(WEEK_LATER, Optional.empty()).relation(call),
                "its Wednesday is the next week's");
    }

    @Test
    void theFollowUpJoinsTheCallsEventWhereItsLeadSpeaksOfTheSameThings() {
        Map<Long, EventGroups.Assigned> events = assign(CALL, REOPENED, WEEK_LATER, BUDGET);
        String call = events.get(1L).label();
        assertFalse(call.isEmpty());
        assertEquals(call, events.get(2L).label(), "the reopening follows the call and says so");
        assertNotEquals(call, events.get(3L).label(), "a week later is another Wednesday");
        assertNotEquals(call, events.get(4L).label(), "another Wednesday's vote, in other words");
        Map<Long, EventGroups.Assigned> alone = assign(CALL, BUDGET, WEEK_LATER);
        assertNotEquals(alone.get(1L).label(), alone.get(2L).label(), "the day named is the call's, the leads' words are not");
    }

    @Test
    void theDayNamedMeetsAGroupThroughItsMemberOfTheNextDay() {
        // The call's group holds a report of the next day; the reopening names the call's Wednesday, two days from that
        // report's Thursday: one event's days.
        Map<Long, EventGroups.Assigned> events = assign(CALL, PREPARING, REOPENED, BUDGET, WEEK_LATER);
        assertEquals(events.get(1L).label(), events.get(2L).label());
        assertEquals(events.get(1L).label(), events.get(3L).label());
        assertNotEquals(events.get(1L).label(), events.get(4L).label());
    }

    @Test
    void aWeekdayTheDayAfterThePublicationDateKeepsBothReadings() {
        LocalDate monday = LocalDate.of(2026, 5, 11);
        assertEquals(List.of(LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 12)),
                new DateReader().read("The truce held on Tuesday.", Optional.of(monday)).get(0).days());
        assertEquals(List.of(LocalDate.of(2026, 5, 5)), new DateReader().read("The truce held last Tuesday.", Optional.of(monday)).get(0).days(),
                "\"last\" names the week before");
        assertEquals(List.of(LocalDate.of(2026, 5, 6)), new DateReader().read("The truce held on Wednesday.", Optional.of(monday)).get(0).days(),
                "two days ahead is no time zone's");
    }

    @Test
    void aReportDatedADayBehindItsPlaceJoinsTheReportsOfThatDay() {
        List<ArticleEvents.Input> in = List.of(
                new ArticleEvents.Input(1, SHELLING_EARLY, Optional.of(LocalDate.of(2026, 5, 11)), ""),
                new ArticleEvents.Input(2, SHELLING, Optional.of(LocalDate.of(2026, 5, 12)), ""),
                new ArticleEvents.Input(3, BUDGET.replace("KELLFORD, 18 May 2026 — ", ""), Optional.of(LocalDate.of(2026, 5, 18)), ""));
        Map<Long, EventGroups.Assigned> events = new ArticleEvents().assign(in);
        assertEquals(events.get(2L).label(), events.get(1L).label());
        assertNotEquals(events.get(2L).label(), events.get(3L).label());
    }

    @Test
    void aPublicationDateStillPlacesTheFollowUp() {
        // Given as the article's publication date (Article details) rather than by a dateline.
        List<ArticleEvents.Input> in = List.of(
                new ArticleEvents.Input(1, OneEventToldOnOtherDaysTest.CALL, Optional.of(java.time.LocalDate.of(2026, 5, 13)), ""),
                new ArticleEvents.Input(2, REOPENED_ABOUT_THE_DISPUTE, Optional.of(java.time.LocalDate.of(2026, 5, 16)), ""),
                new ArticleEvents.Input(3, BUDGET.replace("KELLFORD, 18 May 2026 — ", ""), Optional.of(java.time.LocalDate.of(2026, 5, 18)), ""));
        Map<Long, EventGroups.Assigned> events = new ArticleEvents().assign(in);
        assertEquals(events.get(1L).label(), events.get(2L).label());
        assertNotEquals(events.get(1L).label(), events.get(3L).label());
    }
}
