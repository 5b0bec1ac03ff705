package org.claimbench.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * A statement told by its weekday alone ("said she spoke with the board on Tuesday") and a report of it published that day or
 * the next are one event when their leads or their telling names meet (round 52 of issue 11); a report two days later, the day
 * before, or of another story, is not. Texts written for the test; two other stories stand beside them so that the names of
 * the statement are not in most leads (EventGroups.telling).
 */
class StatementAndItsReportTest {

    private static final String STATEMENT = "Velmar mayor says night ferry will return\n\nThe mayor of Velmar, Ines Harrow, said she "
            + "spoke with Ostravin's harbour board on Tuesday and that the board promised to bring back the night crossing.";
    private static final String REPORT = "Kessa island to get its night boat back\n\nIslanders on Kessa will again have a late "
            + "sailing to the mainland, Ines Harrow of Velmar told reporters after her talks with Ostravin port officials.";
    private static final String FLOOD = "River bursts its banks\n\nThe Dreva river flooded two villages near Marlow, and the regional "
            + "governor closed the schools while rescuers searched the fields.";
    private static final String BUDGET = "Council passes budget\n\nThe council of Tarnby passed next year's budget after a long "
            + "debate over the cost of new street lights.";

    private static Map<Long, EventGroups.Assigned> assign(LocalDate reportPublished) {
        List<ArticleEvents.Input> in = List.of(
                new ArticleEvents.Input(1, STATEMENT, Optional.empty(), ""),
                new ArticleEvents.Input(2, REPORT, Optional.of(reportPublished), ""),
                new ArticleEvents.Input(3, FLOOD, Optional.of(LocalDate.of(2026, 2, 2)), ""),
                new ArticleEvents.Input(4, BUDGET, Optional.of(LocalDate.of(2026, 1, 20)), ""));
        return new ArticleEvents().assign(in);
    }

    @Test
    void aStatementsWeekdayAndItsReportOfThatDayOrTheNextAreOneEvent() {
        // Tuesday 10 March 2026 and Wednesday 11 March.
        for (LocalDate published : List.of(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 11))) {
            Map<Long, EventGroups.Assigned> events = assign(published);
            assertFalse(events.get(1L).label().isEmpty());
            assertEquals(events.get(1L).label(), events.get(2L).label(), "the report published " + published);
        }
    }

    @Test
    void aReportTwoDaysLaterOrTheDayBeforeOrOfAnotherStoryStaysApart() {
        // Friday 13 March and Monday 9 March (a weekday with no date may be any week's: only the days around it are asked).
        for (LocalDate published : List.of(LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 9))) {
            Map<Long, EventGroups.Assigned> events = assign(published);
            assertNotEquals(events.get(1L).label(), events.get(2L).label(), "the report published " + published);
        }
        EventProfile statement = new EventInference().infer(STATEMENT, Optional.empty());
        EventProfile flood = new EventInference().infer(FLOOD, Optional.of(LocalDate.of(2026, 3, 11)));
        assertEquals(EventProfile.Relation.NEXT_DAY, statement.relation(flood), "the days alone allow it");
        List<ArticleEvents.Input> in = List.of(
                new ArticleEvents.Input(1, STATEMENT, Optional.empty(), ""),
                new ArticleEvents.Input(2, FLOOD, Optional.of(LocalDate.of(2026, 3, 11)), ""),
                new ArticleEvents.Input(3, BUDGET, Optional.of(LocalDate.of(2026, 1, 20)), ""),
                new ArticleEvents.Input(4, REPORT, Optional.of(LocalDate.of(2026, 2, 2)), ""));
        Map<Long, EventGroups.Assigned> events = new ArticleEvents().assign(in);
        assertNotEquals(events.get(1L).label(), events.get(2L).label(), "a flood reported that Wednesday: the leads do not meet");
    }
}
