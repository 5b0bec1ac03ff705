package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** What EventTimes places in a claim's own words: which noun a time phrase dates, from which day, in which year. */
class EventTimesTest {

    private static final Optional<LocalDate> APRIL_21 = Optional.of(LocalDate.of(2031, 4, 21));

    private static List<EventTimes.Placement> placed(String text, Optional<LocalDate> reference) {
        return EventTimes.read(text, reference).placements;
    }

    @Test
    void aLetterThatLowerCasesToTwoCharsKeepsTheOffsets() {
        // "İ" lower-cases to two chars in Locale.ROOT; the phrase ends the text (no full stop after it).
        List<EventTimes.Placement> p = placed("Envoys held talks in İskele two weeks ago", APRIL_21);
        assertEquals(1, p.size());
        assertEquals("talk", p.get(0).noun());
        assertEquals("two weeks ago", p.get(0).words());
    }

    @Test
    void aTimePhraseDatesOnlyTheNounItModifiesOrThatAnOccurringVerbHas() {
        // The announcement's time, not the summit's.
        assertTrue(placed("Dravia announced the Velmora summit two weeks ago.", APRIL_21).isEmpty());
        // The summit's own time: an occurring verb with the noun as subject.
        assertEquals(List.of("summit"), placed("The Velmora summit will take place later this year.", APRIL_21).stream()
                .map(EventTimes.Placement::noun).toList());
        // Another meeting's time, in a phrase set off by commas.
        assertTrue(placed("The harbour meeting, like the one a year ago, ended without a deal.", APRIL_21).isEmpty());
        // Several calls are no one call to place; a negated meeting did not happen.
        assertTrue(placed("The ministers have held phone calls since March, most recently three weeks ago.", APRIL_21).isEmpty());
        assertTrue(placed("The envoys hadn't met in Velmora a year ago.", APRIL_21).isEmpty());
        // Talks and negotiations are one event in the plural; a phrase of place may stand between noun and time.
        assertEquals(1, placed("Their negotiations in Velmora three weeks ago stalled.", APRIL_21).size());
        assertEquals(1, placed("The call came after their talks in Velmora, three weeks ago.", APRIL_21).size());
    }

    @Test
    void aDateInsideTheAnchorsPhraseDatesTheAnchorNotTheEventReported() {
        // The meeting is the one on 10 February; the call two months later is on the reference day.
        EventTimes.Placement p = placed("Two months after their meeting in Velmora on 10 February, the ministers spoke by phone.",
                APRIL_21).get(0);
        LocalDate tenth = LocalDate.of(2031, 2, 10);
        assertTrue(!p.from().isAfter(tenth) && !p.to().isBefore(tenth), p.toString());
        // Without a reference day a date with no year would take the machine's clock year: nothing is placed from it.
        assertTrue(placed("The ministers spoke by phone on 9 June, two months after their meeting in Velmora.", Optional.empty()).isEmpty());
        EventTimes.Placement dated = placed("The ministers spoke by phone on 9 June 2031, two months after their meeting in Velmora.",
                Optional.empty()).get(0);
        assertEquals(2031, dated.from().getYear());
    }

    @Test
    void aMonthPartIsTheMonthsOccurrenceNearestTheReferenceDay() {
        assertEquals(LocalDate.of(2031, 7, 19), placed("Their summit at the end of July will settle the tariff.", APRIL_21).get(0).from());
        assertEquals(LocalDate.of(2032, 1, 1), placed("Their meeting in early January is set.", Optional.of(LocalDate.of(2031, 11, 20)))
                .get(0).from());
        assertEquals(LocalDate.of(2031, 3, 19), placed("Their meeting at the end of March went well.", APRIL_21).get(0).from());
    }

    @Test
    void lastMonthInAReportWrittenTheDayAfterTheMonthsLastDayHoldsBothMonths() {
        EventTimes.Placement p = placed("Their meeting in Velmora last month went well.", Optional.of(LocalDate.of(2031, 4, 30))).get(0);
        assertEquals(LocalDate.of(2031, 3, 1), p.from());
        assertEquals(LocalDate.of(2031, 4, 30), p.to());
        // In mid-month the day after changes nothing.
        assertEquals(LocalDate.of(2031, 3, 31), placed("Their meeting in Velmora last month went well.", APRIL_21).get(0).to());
    }

    @Test
    void anAnchorIsANounPhraseNotAClauseNorTheNextSentence() {
        assertTrue(EventTimes.read("Talks resumed two weeks after Ortega said a meeting would be pointless.", APRIL_21).gaps.isEmpty());
        assertTrue(EventTimes.read("The talks resumed two weeks after Ortega left. The meeting was cancelled.", APRIL_21).gaps.isEmpty());
        // Names, a possessive and modifiers are the anchor's phrase.
        assertEquals(1, EventTimes.read("The talks resumed two weeks after Ortega's brief phone call.", APRIL_21).gaps.size());
    }

    @Test
    void aDecimalCountIsReadWhole() {
        EventTimes.Placement p = placed("The meeting in Velmora 2.5 weeks ago was short.", APRIL_21).get(0);
        assertEquals(LocalDate.of(2031, 3, 30), p.from());
        assertEquals(LocalDate.of(2031, 4, 8), p.to());
    }
}
