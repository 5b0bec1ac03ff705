package org.claimbench.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DateReaderTest {

    private final DateReader reader = new DateReader();

    private List<LocalDate> days(String text, LocalDate reference) {
        return reader.read(text, Optional.ofNullable(reference)).stream().flatMap(t -> t.day().stream()).toList();
    }

    @Test
    void writtenDatesAreReadInTheirCommonForms() {
        assertEquals(List.of(LocalDate.of(2024, 11, 5)), days("The vote on 5 November 2024 was close.", null));
        assertEquals(List.of(LocalDate.of(2024, 11, 5)), days("The vote on November 5, 2024 was close.", null));
        assertEquals(List.of(LocalDate.of(2024, 11, 5)), days("Filed 2024-11-05 by our reporter.", null));
        assertEquals(List.of(LocalDate.of(2023, 2, 14)), days("On Feb. 14 the mayors met.", LocalDate.of(2023, 2, 20)));
    }

    @Test
    void aWeekdayIsResolvedAgainstThePublicationDate() {
        LocalDate wednesday = LocalDate.of(2024, 5, 15);
        assertEquals(List.of(LocalDate.of(2024, 5, 13)), days("The ministers spoke on Monday.", wednesday));
        assertEquals(List.of(LocalDate.of(2024, 5, 17)), days("They meet again this Friday.", wednesday));
        assertEquals(List.of(LocalDate.of(2024, 5, 14)), days("Talks ended yesterday.", wednesday));
        assertEquals(List.of(LocalDate.of(2024, 5, 20)), days("A vote is due next Monday.", wednesday));
        TimeMention lastWeek = reader.read("The envoys met last week.", Optional.of(wednesday)).get(0);
        assertEquals(Optional.of(LocalDate.of(2024, 5, 8)), lastWeek.day(), "the middle of the week before");
        assertTrue(lastWeek.approximate());
    }

    @Test
    void withoutAPublicationDateAWeekdayKeepsOnlyItsName() {
        TimeMention t = reader.read("The ministers spoke on Monday.", Optional.empty()).get(0);
        assertTrue(t.day().isEmpty());
        assertEquals(Optional.of(DayOfWeek.MONDAY), t.weekday());
    }

    @Test
    void anAmbiguousNumericDateIsSettledByTheTextsWeekdaysAndMonths() {
        // 4 October 2024 was a Friday; 10 April 2024 a Wednesday.
        assertEquals(List.of(LocalDate.of(2024, 10, 4)), days("04/10/2024\nThe council met this Friday, early in October.", null)
                .subList(0, 1));
        assertEquals(2, reader.read("04/10/2024", Optional.empty()).get(0).days().size(), "nothing settles it: both readings");
    }

    @Test
    void aDateWithoutAYearTakesThePublicationYearAndTheYearBeforeNearNewYear() {
        assertEquals(List.of(LocalDate.of(2023, 12, 30)), days("It happened on December 30.", LocalDate.of(2024, 1, 2)));
    }
}
