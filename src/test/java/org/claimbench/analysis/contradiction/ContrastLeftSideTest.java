package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The article's contrast sets the second claim against the first only when the first is what the connective answers: not a
 * concessive clause before a "but" (a coordinator joins main clauses), and not when "but … also" adds rather than opposes.
 */
class ContrastLeftSideTest {

    /** Whether the suggester sets the second claim against the first by the article's own contrast. */
    private static boolean setAgainst(String first, String lead, String second) {
        ClaimFacts a = new ClaimFacts(1, 10, 0, first.length(), first, "", "Harbour board", "timetable");
        int start = first.length() + lead.length();
        ClaimFacts b = new ClaimFacts(2, 10, start, start + second.length(), second, lead, "Press", "timetable");
        return new ContradictionSuggester().suggest(List.of(a, b), Set.of()).stream()
                .anyMatch(s -> s.signals().stream().anyMatch(x -> x.name().equals(ContrastSignal.NAME)));
    }

    private static final String CONCESSION = "although most of the new sailings were only for the summer";
    private static final String VIEW_KEPT = "The harbour board has not changed its view of the winter timetable";

    @Test
    void aButAfterAConcessiveClauseAnswersTheMainClauseBeforeIt() {
        assertFalse(setAgainst(CONCESSION, ". ", "But the ferry line says its winter timetable is settled"), "not the concession");
        assertTrue(setAgainst("the harbour board says most of the new sailings were only for the summer", ". ",
                "But the ferry line says its winter timetable is settled"), "a main clause is what \"but\" answers");
        assertTrue(setAgainst(CONCESSION, ". ", "However, the ferry line says its winter timetable is settled"),
                "a conjunct adverb may answer the whole sentence");
    }

    @Test
    void butWithAlsoAddsTheSecondClauseToTheFirst() {
        assertFalse(setAgainst(VIEW_KEPT, ". ", "But the ferry line has also learned that longer sailings can pay"), "\"but … also\" adds");
        assertTrue(setAgainst(VIEW_KEPT, ". ", "But the ferry line has learned that longer sailings can pay"), "\"but\" alone opposes");
    }
}
