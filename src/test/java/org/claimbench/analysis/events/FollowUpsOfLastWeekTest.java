package org.claimbench.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Round 63 of issue 11 (stop 59), taken back at that stop's merge and read again in round 64 (stop 60) without slack around
 * the week: a follow-up that tells no day of its own and points back at "last week" reports the event of that week. Texts of
 * our own (invented leaders, countries and towns).
 */
class FollowUpsOfLastWeekTest {

    /** Friday 7 March 2031: the meeting, told by its weekday under the publication date. */
    private static final String MEETING = "Velmar and Ostria agree a fishing truce at Corvel\n\n"
            + "Velmarian Prime Minister Anders Holm and Ostrian President Ilse Kellen agreed on Friday at the Corvel lodge to halt "
            + "trawling in the disputed northern banks for one year, after a long meeting on quotas and patrol boats.\n"
            + "Holm said the truce on the northern banks would be written into a treaty within weeks.";

    /** Thursday 13 March 2031: a statement about it, dated by the statement's day, pointing back at last week. */
    private static final String FOLLOW_UP = "Ostria says the fishing truce has no end date\n\n"
            + "The Ostrian foreign minister said on Thursday that the fishing truce Prime Minister Anders Holm and President Ilse "
            + "Kellen agreed last week at Corvel would hold for as long as both stay in office, not for one year.\n"
            + "Velmar's government said the halt to trawling on the northern banks, the quotas and the patrol boats were "
            + "settled for one year only.";

    private static Map<Long, EventGroups.Assigned> assign(List<String> texts, List<LocalDate> published) {
        List<ArticleEvents.Input> in = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            in.add(new ArticleEvents.Input(i + 1, texts.get(i), Optional.of(published.get(i)), ""));
        }
        return new ArticleEvents().assign(in);
    }

    private static final LocalDate FRIDAY = LocalDate.of(2031, 3, 7);
    private static final LocalDate NEXT_THURSDAY = LocalDate.of(2031, 3, 13);

    @Test
    void aFollowUpDatedByItsStatementThatPointsBackAtLastWeekJoinsThatWeeksEvent() {
        Map<Long, EventGroups.Assigned> events = assign(List.of(MEETING, FOLLOW_UP), List.of(FRIDAY, NEXT_THURSDAY));
        assertFalse(events.get(1L).label().isEmpty());
        assertEquals(events.get(1L).label(), events.get(2L).label());
    }

    @Test
    void theSameFollowUpWithoutLastWeekStaysApart() {
        // Six days apart, nothing pointing back: the statement may be of another event of the same sides.
        String noBackReference = FOLLOW_UP.replace(" last week", "");
        Map<Long, EventGroups.Assigned> events = assign(List.of(MEETING, noBackReference), List.of(FRIDAY, NEXT_THURSDAY));
        assertNotEquals(events.get(1L).label(), events.get(2L).label());
    }

    @Test
    void aReportThatTellsItsOwnDayKeepsLastWeekAsBackground() {
        // A second meeting on Thursday, recalling the first: two events of the same sides a week apart.
        String secondMeeting = "Velmar and Ostria extend the fishing truce at Corvel\n\n"
                + "Prime Minister Anders Holm and President Ilse Kellen met again on Thursday at the Corvel lodge and agreed to "
                + "extend the truce they agreed last week on the disputed northern banks, after a long meeting on quotas and "
                + "patrol boats.\nHolm said the halt to trawling would be written into a treaty within weeks.";
        Map<Long, EventGroups.Assigned> events = assign(List.of(MEETING, secondMeeting), List.of(FRIDAY, NEXT_THURSDAY));
        assertNotEquals(events.get(1L).label(), events.get(2L).label());
    }

    @Test
    void lastWeekOfAFollowUpIsTheCalendarWeekBeforeItsDate() {
        EventProfile p = new EventInference().infer(FOLLOW_UP, Optional.of(NEXT_THURSDAY));
        assertEquals(true, p.dayFromPublication());
        for (int d = 3; d <= 9; d++) {
            assertEquals(true, p.weekBefore().contains(LocalDate.of(2031, 3, d)), "3 March (Monday) to 9 March (Sunday): " + d);
        }
        assertEquals(false, p.weekBefore().contains(LocalDate.of(2031, 3, 2)));
        assertEquals(false, p.weekBefore().contains(LocalDate.of(2031, 3, 10)));
    }

    @Test
    void aFollowUpOfLastWeekIsNotAnEventOfTheDaysJustBeforeThatWeek() {
        // The week of 3-9 March is the whole span "last week" allows: a walkout ended on Friday 28 February (told by its day)
        // is another event, though only three days before the week began (round 63 read the week with three days of slack).
        String walkout = "Corvel dockers end their walkout\n\nThe dockers of Corvel ended their walkout on Friday after a vote on "
                + "the night shifts.";
        String followUp = "Corvel dockers were paid for the strike, union says\n\nThe dockers' union said on Thursday that the "
                + "walkout that ended last week had been paid in full.";
        EventInference inference = new EventInference();
        EventProfile friday = inference.infer(walkout, Optional.of(LocalDate.of(2031, 2, 28)));
        EventProfile lastWeek = inference.infer(followUp, Optional.of(NEXT_THURSDAY));
        assertEquals(Optional.of(LocalDate.of(2031, 2, 28)), friday.day());
        assertEquals(EventProfile.Relation.DIFFERENT, friday.relation(lastWeek));
        assertEquals(EventProfile.Relation.DIFFERENT, lastWeek.relation(friday));
    }
}
