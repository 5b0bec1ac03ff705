package org.claimbench.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Quotation marks are added once: never around words that stand in quotation marks already. */
class QuoteMarksTest {

    @Test
    void plainWordsGetCurlyQuotationMarks() {
        assertEquals("“the ferry will run on Sundays”", QuoteMarks.quoted("the ferry will run on Sundays"));
    }

    @Test
    void aQuotationKeepsItsOwnMarks() {
        assertEquals("“We will not sell the harbour”", QuoteMarks.quoted("“We will not sell the harbour”"));
        assertEquals("\"Nothing was agreed\"", QuoteMarks.quoted("\"Nothing was agreed\""));
        assertEquals("«Rien n'est signé»", QuoteMarks.quoted("«Rien n'est signé»"));
        assertEquals("„Wir bleiben“", QuoteMarks.quoted("„Wir bleiben“"));
    }

    @Test
    void aQuotationMarkAtOneEndOnlyIsNoQuotation() {
        assertEquals("““Nothing was agreed,” she said”", QuoteMarks.quoted("“Nothing was agreed,” she said"));
    }

    @Test
    void shortenedTheClosingMarkStays() {
        assertEquals("“the ferry…”", QuoteMarks.quoted("the ferry will run on Sundays", 10));
        assertEquals("“We will…”", QuoteMarks.quoted("“We will not sell the harbour”", 8));
    }

    @Test
    void shortenedWordsAreNeverCutInsideACharacterOfTwoUnits() {
        // The rowing boat (U+1F6A3) is two UTF-16 units; a cut after its first unit left half a character before "…".
        String shown = QuoteMarks.quoted("the crew \uD83D\uDEA3 rowed all night", 11);
        assertEquals("“the crew …”", shown);
        assertEquals("“the crew \uD83D\uDEA3…”", QuoteMarks.quoted("the crew \uD83D\uDEA3 rowed all night", 12));
        assertEquals(0, shown.chars().filter(c -> Character.isSurrogate((char) c)).count(), "no half character: " + shown);
    }

    @Test
    void aLoneMarkOfAQuotationTheWordsWereCutFromIsNotShown() {
        assertEquals("“the ferry will run once repairs are done”", QuoteMarks.quoted("the ferry will run once repairs are done\""));
        assertEquals("“that \"the pier is safe\"”", QuoteMarks.quoted("that \"the pier is safe"), "matched at the far end");
        assertEquals("““the pier is safe” for now”", QuoteMarks.quoted("the pier is safe” for now"));
        assertEquals("“the “temporary” closure”", QuoteMarks.quoted("the “temporary” closure"), "balanced marks inside stay");
    }

    @Test
    void aQuotationClosingASentenceTakesNoSecondFullStop() {
        assertEquals("“the pier will close in May.”", QuoteMarks.endingSentence("the pier will close in May.", 60));
        assertEquals("“the pier will close in May”.", QuoteMarks.endingSentence("the pier will close in May", 60));
        assertEquals("“Will it close?”", QuoteMarks.endingSentence("Will it close?", 60));
        assertEquals("“the pier…”", QuoteMarks.endingSentence("the pier will close in May", 9), "a cut quotation ends with its ellipsis");
    }
}
