package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.claimbench.analysis.events.ArticleEvents;
import org.claimbench.analysis.events.EventGroups;
import org.claimbench.analysis.meaning.MeaningVector;
import org.junit.jupiter.api.Test;

class WeekdayAgainstDateSignalTest {

    private static final QuantityReader READER = new QuantityReader();
    private static final String SIGNAL = "weekday against date";

    /** A claim of the event "the Varna meeting" whose article gives the event the keys given. */
    private static ClaimFeatures claim(long id, String text, String source, List<String> keys) {
        return new ClaimFeatures(new ClaimFacts(id, id, -1, -1, text, "", source, "the Varna meeting", keys, null,
                MeaningVector.ABSENT), READER);
    }

    private static List<String> signals(ClaimFeatures a, ClaimFeatures b) {
        return names(SignalFixture.between(a, b));
    }

    @Test
    void aDateOfTheEventsYearThatFallsOnAnotherWeekdayIsAnotherDay() {
        // 2 March 2030 is a Saturday.
        List<Signal> s = SignalFixture.between(
                claim(1, "The two premiers held their first harbour meeting in Varna on Friday", "Ministry", List.of("year:2030")),
                claim(2, "The two premiers held their first harbour meeting in Varna on 2 March", "Press", List.of("year:2030")));
        assertTrue(names(s).contains(SIGNAL), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.explanation().contains("2 March 2030") && x.explanation().contains("Saturday")),
                s.toString());
    }

    @Test
    void aDateThatFallsOnTheWeekdaySaidAgrees() {
        assertFalse(signals(claim(1, "The two premiers held their first harbour meeting in Varna on Saturday", "Ministry",
                List.of("year:2030")), claim(2, "The premiers' harbour meeting in Varna took place on March 2", "Press",
                List.of("year:2030"))).contains(SIGNAL));
    }

    @Test
    void aYearWrittenWithTheDateIsItsOwn() {
        // 2 March 2029 is a Friday: the written year wins over the event's.
        assertFalse(signals(claim(1, "The two premiers held their first harbour meeting in Varna on Friday", "Ministry",
                List.of("year:2030")), claim(2, "The two premiers held their first harbour meeting in Varna on 2 March 2029", "Press",
                List.of("year:2030"))).contains(SIGNAL));
        assertTrue(signals(claim(1, "The two premiers held their first harbour meeting in Varna on Sunday", "Ministry",
                List.of()), claim(2, "The two premiers held their first harbour meeting in Varna on 2 March 2029", "Press",
                List.of())).contains(SIGNAL), "a written year needs no event year");
    }

    @Test
    void withNoYearKnownOrTwoYearsOrAnotherThingDatedNothingIsSaid() {
        assertFalse(signals(claim(1, "The two premiers held their first harbour meeting in Varna on Friday", "Ministry", List.of()),
                claim(2, "The two premiers held their first harbour meeting in Varna on 2 March", "Press", List.of())).contains(SIGNAL),
                "no year: the clock's year is no event's");
        assertFalse(signals(claim(1, "The two premiers held their first harbour meeting in Varna on Friday", "Ministry",
                List.of("year:2030")), claim(2, "The two premiers held their first harbour meeting in Varna on 2 March", "Press",
                List.of("year:2031"))).contains(SIGNAL), "two years");
        assertFalse(signals(claim(1, "The ferry strike in the port of Kaliakra ended on Friday", "Union", List.of("year:2030")),
                claim(2, "The premiers signed a fishing accord in Varna on 2 March", "Press", List.of("year:2030"))).contains(SIGNAL),
                "two things dated");
        assertFalse(signals(claim(1, "The envoy phoned the premier hours before his harbour meeting in Varna on Friday", "Press",
                List.of("year:2030")), claim(2, "The premier told the envoy about his 2 March call with the admiral in Varna", "Press",
                List.of("year:2030"))).contains(SIGNAL), "a weekday of a meeting, a date of a call");
        assertFalse(signals(claim(1, "The premier announced the fishing accord with the coastal states on Friday", "Press",
                List.of("year:2030")), claim(2, "The fishing accord with the coastal states takes effect on 2 March", "Press",
                List.of("year:2030"))).contains(SIGNAL), "no call or meeting dated: an announcement and a deadline");
        assertFalse(signals(claim(1, "The ministry said on Friday that the premiers hold a harbour meeting in Varna", "Ministry",
                List.of("year:2030")), claim(2, "The premiers hold a harbour meeting in Varna on 2 March", "Press",
                List.of("year:2030"))).contains(SIGNAL), "the day of a statement");
    }

    @Test
    void anEventIsKnownByItsYearEvenFromThePublicationDate() {
        String text = "Premiers agree on fishing quotas\n\nThe premiers of the two coastal states agreed on new fishing quotas"
                + " at their harbour meeting in Varna, officials said.";
        EventGroups.Assigned e = new ArticleEvents().assign(List.of(new ArticleEvents.Input(1, text,
                Optional.of(LocalDate.of(2030, 3, 4)), ""))).get(1L);
        assertTrue(e.keys().contains("year:2030"), e.keys().toString());
        assertFalse(e.keys().stream().anyMatch(k -> k.startsWith("day:")), "a publication date is no day of the event: " + e.keys());
        assertEquals(1, e.keys().stream().filter(k -> k.startsWith("year:")).count());
    }
}
