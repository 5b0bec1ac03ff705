package org.claimbench.ui.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimbench.domain.TextSpan;
import org.junit.jupiter.api.Test;

/** A selection made a claim's span: whole words, no blanks at the ends, quotations whole. */
class WordSnapTest {

    private static String snapped(String text, String selected) {
        int at = text.indexOf(selected);
        return WordSnap.snap(text, new TextSpan(at, at + selected.length())).map(s -> text.substring(s.start(), s.end())).orElse("");
    }

    @Test
    void wordsCutAtEitherEndAreTakenWholeAndBlanksDropped() {
        assertEquals("harbour will close", snapped("The harbour will close in May.", "arbour will clo"));
        assertEquals("harbour", snapped("The harbour will close in May.", " harbour "));
        assertTrue(WordSnap.snap("a   b", new TextSpan(1, 4)).isEmpty(), "only blanks: nothing");
    }

    @Test
    void aQuotationOpenedInTheSelectionGetsItsClosingMark() {
        String text = "She said: \"The quay stays shut.\" Then she left.";
        assertEquals("\"The quay stays shut.\"", snapped(text, "\"The quay stays shut"));
        assertEquals("\"The quay stays shut.\"", snapped(text, "\"The quay stays shut."));
        String curly = "He wrote: \u201CNo ferry runs today\u201D, and went.";
        assertEquals("\u201CNo ferry runs today\u201D", snapped(curly, "\u201CNo ferry runs today"));
    }

    @Test
    void aQuotationClosedInTheSelectionGetsItsOpeningMark() {
        String text = "He wrote: \u201CNo ferry runs today\u201D, and went.";
        assertEquals("\u201CNo ferry runs today\u201D", snapped(text, "No ferry runs today\u201D"));
    }

    @Test
    void balancedOrFarAwayMarksAreLeftAsSelected() {
        String text = "She said \"shut\" twice, then \"open later\" once.";
        assertEquals("\"shut\" twice, then", snapped(text, "\"shut\" twice, then"));
        // The closing mark is words away: the selection is not widened over them, and the lone mark is dropped.
        assertEquals("open", snapped(text, "\"open"));
        assertEquals("later", snapped(text, "later\""), "a closing mark whose opening one is words away");
        assertEquals("the pier\u2019s", snapped("Ask about the pier\u2019s lights.", "the pier\u2019s"), "an apostrophe is no quotation mark");
    }

    @Test
    void clausePunctuationAtTheEndsIsDroppedAndAFullStopKept() {
        String text = "The pier reopens in May, the council said; traders doubt it. \u201CWe wait,\u201D one said.";
        assertEquals("The pier reopens in May", snapped(text, "The pier reopens in May, "));
        assertEquals("traders doubt it.", snapped(text, "; traders doubt it."));
        assertEquals("the council said", snapped(text, "the council said;"));
        assertEquals("\u201CWe wait,\u201D", snapped(text, "\u201CWe wait,\u201D"), "a comma inside a whole quotation stays");
        assertEquals("We wait", snapped(text, "We wait,"));
        assertTrue(WordSnap.snap(text, new TextSpan(text.indexOf(';'), text.indexOf(';') + 1)).isEmpty(), "only a semicolon: nothing");
    }

    @Test
    void aSpeakersLoneOpeningQuoteIsDroppedWhereItsQuotationRunsOn() {
        String text = "\"I finished the survey. The rest waits for spring,\" she wrote.";
        assertEquals("I finished the survey.", snapped(text, "\"I finished the survey."));
        assertEquals("\"I finished the survey. The rest waits for spring,\"",
                snapped(text, "\"I finished the survey. The rest waits for spring,\""), "a whole quotation keeps its marks");
    }

    @Test
    void aWordTheDragBarelyReachesIsLeftOutAndOneMostlyCoveredIsTakenWhole() {
        String text = "The mayor spoke by radio for ten minutes, then the line went dead.";
        assertEquals("The mayor spoke by radio for ten minutes", snapped(text, "The mayor spoke by radio for ten minutes, t"),
                "1 of 4 letters of the next word: the claim ends at the word before, its comma dropped");
        assertEquals("The mayor spoke by radio for ten minutes", snapped(text, "The mayor spoke by radio for ten minutes, th"),
                "2 of 4 letters is not more than half: left out");
        assertEquals("spoke by radio for ten minutes, then", snapped(text, "spoke by radio for ten minutes, the"),
                "3 of 4 letters: the word is taken");
        assertEquals("spoke by radio", snapped(text, "or spoke by radio"), "the drag starts in the last 2 of 5 letters: that word is left out");
        assertEquals("mayor spoke by radio", snapped(text, "ayor spoke by radio"), "it starts in the word's larger part: taken");
        assertEquals("then the line went dead.", snapped(text, "s, then the line went dead."), "a word's last letter and its comma left out");
        assertEquals("radio", snapped(text, "adi"), "a selection inside one word takes that word");
    }
}
