package org.claimbench.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Three ways one contact's coverage split into several events (round 20 of issue 11): a day the lead gives another event it
 * names only as a reference time ("ahead of Friday's meeting of the ministers"), the day of a reaction ("on Thursday dismissed
 * the call"), and "this week" in a piece written days later. Every name, place and outlet is invented.
 */
class ReactionsAndReferenceDaysTest {

    private final EventInference inference = new EventInference();

    private EventProfile profile(String text) {
        return inference.infer(text, Optional.empty());
    }

    @Test
    void theDayOfAReferenceEventIsNotTheArticlesOwn() {
        EventProfile p = profile("Ministers to meet after leaders' call\n\nCORVEL, 18 March 2026 — Ahead of Friday's meeting of the foreign "
                + "ministers in Kessel, President Ilse Varga and Chancellor Tomas Reuel spoke by phone on Tuesday about the ferry line.");
        assertEquals(Optional.of(LocalDate.of(2026, 3, 17)), p.day(), "Tuesday's call, not the ministers' Friday");
        assertFalse(p.dayFromPublication());
        EventProfile since = profile("CORVEL, 18 March 2026 — In their first call since the talks on Friday, President Ilse Varga and "
                + "Chancellor Tomas Reuel spoke on Tuesday about the ferry line.");
        assertEquals(Optional.of(LocalDate.of(2026, 3, 17)), since.day(), "the talks 'since' are another event");
        EventProfile outcome = profile("CORVEL, 19 March 2026 — The ferry line will reopen in May, the chancellery announced after "
                + "Tuesday's call between Varga and Reuel.");
        assertEquals(Optional.of(LocalDate.of(2026, 3, 17)), outcome.day(), "an outcome announced after the call: the call's day");
    }

    @Test
    void theDayOfAVerbJudgingOrRejectingTheEventIsTheReactions() {
        EventProfile dismissed = profile("LINDHAVEN, 19 March 2026 — Belmark's opposition leader Mara Holt on Thursday dismissed the "
                + "telephone call between Chancellor Tomas Reuel and President Ilse Varga as theatre.");
        assertEquals(Optional.of(LocalDate.of(2026, 3, 19)), dismissed.day());
        assertTrue(dismissed.dayFromPublication(), "the reaction's day places the call within a few days, as a publication date does");
        assertTrue(profile("LINDHAVEN, 19 March 2026 — The hauliers' union welcomed on Thursday the outcome of the call between "
                + "Reuel and Varga.").dayFromPublication(), "'welcomed' (VerbNet judgment-33.1)");
        assertFalse(profile("SARNHOLM, 15 August 2026 — President Ilse Varga welcomed Tomas Reuel to the summit "
                + "on Saturday.").dayFromPublication(), "a person welcomed: the summit's own act");
        assertFalse(profile("LINDHAVEN, 19 March 2026 — The hauliers' union on Thursday criticized the river tolls.").dayFromPublication(),
                "what is judged is no call or meeting");
        assertFalse(profile("LINDHAVEN, 19 March 2026 — Belmark's border guards on Thursday attacked a smugglers' camp near Kessel.")
                .dayFromPublication(), "a physical act (WordNet verb.competition) dates itself");
        assertFalse(profile("LINDHAVEN, 19 March 2026 — Chancellor Tomas Reuel and President Ilse Varga on Thursday signed the ferry "
                + "treaty.").dayFromPublication(), "the act itself");
    }

    @Test
    void thisWeekIsTheMiddleOfThePartOfTheWeekThatHasPassed() {
        TimeMention t = new DateReader().read("The call this week changed little.", Optional.of(LocalDate.of(2026, 3, 21))).get(0);
        assertEquals(Optional.of(LocalDate.of(2026, 3, 19)), t.day(), "Monday 16 to Saturday 21");
        assertTrue(t.approximate());
        TimeMention monday = new DateReader().read("The call this week changed little.", Optional.of(LocalDate.of(2026, 3, 16))).get(0);
        assertEquals(Optional.of(LocalDate.of(2026, 3, 16)), monday.day());
    }

    @Test
    void oneContactsReportsAndReactionsAreOneEventAndTheNextContactAnother() {
        List<ArticleEvents.Input> inputs = List.of(
                new ArticleEvents.Input(1, "Varga and Reuel talk ferries\n\nCORVEL, 17 March 2026 — President Ilse Varga of Ostrana and "
                        + "Chancellor Tomas Reuel of Belmark spoke by telephone on Tuesday for two hours about the northern ferry line, "
                        + "the presidential office said.", Optional.empty(), ""),
                new ArticleEvents.Input(2, "Opposition scorns leaders' call\n\nLINDHAVEN, 19 March 2026 — Belmark's opposition leader Mara "
                        + "Holt on Thursday dismissed the telephone call between Chancellor Tomas Reuel and President Ilse Varga as "
                        + "theatre, saying the ferry line would stay closed.", Optional.empty(), ""),
                new ArticleEvents.Input(3, "What the Varga-Reuel call means for hauliers\n\nPublished 21 March 2026\n\nThe phone call "
                        + "between President Ilse Varga and Chancellor Tomas Reuel this week changed little for the hauliers of the "
                        + "north, who still pay river tolls twice.", Optional.empty(), ""),
                new ArticleEvents.Input(4, "Ministers to meet after leaders' call\n\nCORVEL, 18 March 2026 — Ahead of Friday's meeting of "
                        + "the foreign ministers in Kessel, President Ilse Varga and Chancellor Tomas Reuel spoke by phone on Tuesday "
                        + "about the ferry line.", Optional.empty(), ""),
                new ArticleEvents.Input(5, "A month on, second call\n\nCORVEL, 14 April 2026 — President Ilse Varga and Chancellor Tomas "
                        + "Reuel spoke by telephone on Tuesday for the second time this year, about grain barges in the Kessel strait.",
                        Optional.empty(), ""),
                new ArticleEvents.Input(6, "Belmark sees no progress\n\nLINDHAVEN, 16 April 2026 — Belmark's foreign minister on Thursday "
                        + "rejected Ostrana's account of Tuesday's call between Reuel and Varga on grain barges.", Optional.empty(), ""));
        Map<Long, EventGroups.Assigned> events = new ArticleEvents().assign(inputs);
        for (long id = 2; id <= 4; id++) {
            assertEquals(events.get(1L).label(), events.get(id).label(), "article " + id + " reports March's call");
        }
        assertEquals(events.get(5L).label(), events.get(6L).label(), "the rejection of April's call");
        assertNotEquals(events.get(1L).label(), events.get(5L).label(), "four weeks apart");
    }
}
