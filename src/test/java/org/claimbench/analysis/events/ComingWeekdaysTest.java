package org.claimbench.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * A bare weekday in a clause about the future names the coming such day (round 19 of issue 11): a preview published on
 * Thursday of a summit "on Saturday" is of Saturday's summit, not of the Saturday before, which split one contact's
 * coverage into two events.
 */
class ComingWeekdaysTest {

    private static final Optional<LocalDate> THURSDAY = Optional.of(LocalDate.of(2026, 8, 13));

    private static LocalDate day(String text) {
        return new DateReader().read(text, THURSDAY).get(0).day().orElseThrow();
    }

    @Test
    void aWeekdayOfTheFutureIsTheComingOne() {
        assertEquals(LocalDate.of(2026, 8, 15), day("President Varga will meet Chancellor Reuel on Saturday in Sarnholm."));
        assertEquals(LocalDate.of(2026, 8, 15), day("The two leaders are due to sign the declaration on Saturday."));
        assertEquals(LocalDate.of(2026, 8, 15), day("On Saturday, the two leaders will talk about the fishing grounds."));
        assertEquals(LocalDate.of(2026, 8, 15), day("The summit is scheduled for Saturday, the chancellery said."));
        assertEquals(LocalDate.of(2026, 8, 13), day("Reuel's office said the ministers will meet Thursday."), "today is the coming Thursday");
    }

    @Test
    void aWeekdayOfThePastOrOfAStatementStaysTheLastOne() {
        assertEquals(LocalDate.of(2026, 8, 8), day("President Varga met Chancellor Reuel on Saturday in Sarnholm."));
        assertEquals(LocalDate.of(2026, 8, 11), day("Varga said on Tuesday that she will meet Reuel again."), "the day of saying");
        assertEquals(LocalDate.of(2026, 8, 11), day("Varga, who will travel to Sarnholm, spoke with Reuel on Tuesday."));
        assertEquals(LocalDate.of(2026, 8, 11), day("Reuel will go to Sarnholm; the two spoke on Tuesday."), "another sentence");
        assertEquals(LocalDate.of(2026, 8, 11), day("On Tuesday, the two leaders spoke for an hour, and they will meet soon."));
        assertEquals(LocalDate.of(2026, 8, 8), day("Varga said she would meet Reuel on Saturday."), "'would': the past's future");
    }

    @Test
    void aPreviewAndTheReportsOfTheSummitAreOneEvent() {
        List<ArticleEvents.Input> inputs = List.of(
                new ArticleEvents.Input(1, "Varga and Reuel to meet at the lakes\n\nPresident Ilse Varga will meet Chancellor Tomas Reuel "
                        + "on Saturday in Sarnholm, their first meeting in person, the presidential office said. Fishing grounds "
                        + "and river tolls top the agenda.", THURSDAY, ""),
                new ArticleEvents.Input(2, "Varga and Reuel meet in Sarnholm\n\nSARNHOLM, 15 August 2026 — President Ilse Varga and "
                        + "Chancellor Tomas Reuel met in person for the first time on Saturday, at a summit in Sarnholm. They "
                        + "talked for three hours about fishing grounds and river tolls.", Optional.empty(), ""),
                new ArticleEvents.Input(3, "Leaders spoke a week before their summit\n\nCORVEL, 8 August 2026 — President Ilse Varga "
                        + "and Chancellor Tomas Reuel spoke by phone on Saturday about river tolls, the presidential office said.",
                        Optional.empty(), ""));
        Map<Long, EventGroups.Assigned> events = new ArticleEvents().assign(inputs);
        assertEquals(events.get(2L).label(), events.get(1L).label(), "the preview and the summit");
        assertNotEquals(events.get(3L).label(), events.get(1L).label(), "the call of the Saturday before");
    }
}
