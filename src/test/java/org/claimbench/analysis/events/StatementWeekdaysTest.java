package org.claimbench.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * A weekday that dates only a statement about the event ("a spokesman said on Monday"), with no date to resolve it, tells
 * the day of a reaction: an article with no other time is not an event of its own but one whose event is not known
 * (round 18 of issue 11).
 */
class StatementWeekdaysTest {

    private static final String DEAL = "Ferry deal reached\n\nThe port boards of Halvik and Norrby signed a ferry deal on Tuesday "
            + "after two days of talks, promising three crossings a day.";
    private static final String REACTION = "Islanders reject ferry deal\n\nClaims by the Halvik port board that the islanders had "
            + "accepted the ferry deal are false, a spokesman for the island council said on Monday.";
    private static final String ACT = "Islanders sign ferry deal\n\nThe island council signed the ferry deal with the port board of "
            + "Halvik on Monday, promising three crossings a day.";

    /** Each text's event, the texts numbered from 1 (also used by {@link UndatedReactionsPlacedTest}). */
    static Map<Long, EventGroups.Assigned> assign(String... texts) {
        List<ArticleEvents.Input> in = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            in.add(new ArticleEvents.Input(i + 1, texts[i], Optional.empty(), ""));
        }
        return new ArticleEvents().assign(in);
    }

    @Test
    void aStatementsWeekdayAloneIsMarkedAsTheReports() {
        EventProfile reaction = new EventInference().infer(REACTION, Optional.empty());
        assertTrue(reaction.weekdayOfReport());
        assertTrue(reaction.placesNothing());
        assertFalse(reaction.isEmpty(), "the weekday is kept: two reports of the same weekday may still be one event");
        EventProfile act = new EventInference().infer(ACT, Optional.empty());
        assertFalse(act.weekdayOfReport(), "the day of the signing is the event's");
        assertFalse(act.placesNothing());
    }

    @Test
    void anArticleDatedOnlyByAStatementIsOfNoEventOfItsOwn() {
        Map<Long, EventGroups.Assigned> events = assign(DEAL, REACTION);
        assertEquals("", events.get(2L).label(), "Monday's reaction to Tuesday's deal: its event is not known, not a Monday event");
        assertFalse(events.get(1L).label().isEmpty());
    }

    @Test
    void anArticleDatedByItsOwnActKeepsItsEvent() {
        Map<Long, EventGroups.Assigned> events = assign(DEAL, ACT);
        assertEquals("event, a Monday", events.get(2L).label(), "the council's signing on Monday is an event of its own");
    }
}
