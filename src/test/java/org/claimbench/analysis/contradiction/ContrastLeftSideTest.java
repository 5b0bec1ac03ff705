package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.claimbench.analysis.language.English;
import org.claimbench.analysis.language.SentenceSpan;
import org.junit.jupiter.api.Test;

/**
 * The article's contrast sets the second claim against the first only when the first is what the connective answers: not a
 * concessive clause before a "but" (a coordinator joins main clauses), not a claim further back than the sentence before the
 * connective's own, and not when "but … also" adds rather than opposes.
 */
class ContrastLeftSideTest {

    /**
     * Whether the suggester sets the second claim against the first by the article's own contrast, in an article that holds
     * the first, the text between and the second (each claim's lead read from the article's sentences, as a workspace reads it).
     */
    private static boolean setAgainst(String first, String between, String second) {
        String text = first + between + second;
        List<SentenceSpan> sentences = English.shared().sentences(text);
        int start = first.length() + between.length();
        ClaimFacts a = new ClaimFacts(1, 10, 0, first.length(), first, ClaimFacts.lead(text, sentences, 0), "Harbour board", "timetable");
        ClaimFacts b = new ClaimFacts(2, 10, start, start + second.length(), second, ClaimFacts.lead(text, sentences, start), "Press",
                "timetable");
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

    @Test
    void theConnectiveAnswersItsOwnSentenceOrTheOneBeforeIt() {
        String kept = "The harbour board says the winter timetable of the ferries stays as it is";
        String wanted = "the ferry line wants longer opening hours for the winter";
        assertTrue(setAgainst(kept, ". However, ", wanted), "the sentence right before");
        assertTrue(setAgainst(kept, ", although ", wanted), "the same sentence");
        assertFalse(setAgainst(kept, ". The board met on Monday in the old customs house. However, ", wanted),
                "a sentence between: \"however\" answers that one");
    }

    @Test
    void aLeadRunsBackToTheStartOfTheSentenceBeforeTheClaimsOwn() {
        String text = "The pier opened in May. The board met on Monday. However, the ferry line wants longer hours.";
        List<SentenceSpan> sentences = English.shared().sentences(text);
        int claim = text.indexOf("the ferry");
        assertEquals("The board met on Monday. However, ", ClaimFacts.lead(text, sentences, claim));
        assertEquals("The pier ", ClaimFacts.lead(text, sentences, text.indexOf("opened")), "the first sentence: from its start");
        assertEquals(text.substring(claim - 32, claim), ClaimFacts.lead(text, List.of(), claim), "no sentences: 32 characters");
    }
}
