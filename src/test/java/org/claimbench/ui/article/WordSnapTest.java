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

    @Test
    void aWordJoinedByAnApostropheAHyphenOrANumbersPointIsOneWordForTheHalfRule() {
        String figures = "Exports rose 14.25 percent to 3,400 tonnes in spring.";
        assertEquals("Exports rose 14.25", snapped(figures, "Exports rose 14.2"), "3 of 4 digits of 14.25: the number whole, not \"14.\"");
        assertEquals("Exports rose 14.25 percent to", snapped(figures, "Exports rose 14.25 percent to 3,"),
                "1 of 4 digits of 3,400: left out whole, not \"3\"");
        String owners = "The skipper\u2019s account differs, and we don\u2019t accept it.";
        assertEquals("account differs", snapped(owners, "er\u2019s account differs"), "2 of 8 letters of skipper\u2019s: left out whole");
        assertEquals("don\u2019t accept it.", snapped(owners, "n\u2019t accept it."), "2 of 4 letters of don\u2019t: at least half at the start");
        String joined = "Ministers signed a short-term deal after the Oslo-Bergen talks.";
        assertEquals("Ministers signed a short-term", snapped(joined, "Ministers signed a short-te"), "7 of 9 letters: the joined word whole");
        assertEquals("Ministers signed a", snapped(joined, "Ministers signed a sho"), "3 of 9 letters of short-term: left out whole");
        assertEquals("Oslo-Bergen", snapped(joined, "o-B"), "a selection inside one joined word takes that word");
        assertEquals("Oslo", snapped("She flew to Oslo. Bergen waited.", "Osl"), "a full stop between words joins nothing");
    }

    @Test
    void aDragStartingInTheSecondHalfOfATwoLetterWordKeepsIt() {
        String text = "The council said no vote was held.";
        assertEquals("no vote was held.", snapped(text, "o vote was held."), "1 of 2 letters at the start: the negation stays");
    }

    @Test
    void aSignOrBracketAfterALeftOutWordStaysAndAnOpenerLeftDanglingGoes() {
        String text = "They say that $9 million (in loans) was \u2018spent\u2019 already.";
        assertEquals("$9 million (in loans)", snapped(text, "t $9 million (in loans)"), "the dollar sign after the left-out word stays");
        assertEquals("(in loans) was", snapped(text, "n (in loans) was"), "the bracket after the left-out word stays");
        assertEquals("that $9 million", snapped(text, "that $9 million (i"), "an opening bracket before a left-out word goes");
        assertEquals("(in loans) was", snapped(text, "(in loans) was \u2018s"), "an opening quote before a left-out word goes");
    }

    @Test
    void combiningMarksBelongToTheirWordAndTextWithoutSpacesKeepsWholeRuns() {
        String hindi = "\u092E\u0902\u0924\u094D\u0930\u0940 \u0928\u0947 \u092C\u0948\u0920\u0915 \u0930\u0926\u094D\u0926 \u0915\u0940";
        String meeting = "\u092C\u0948\u0920\u0915";
        String before = hindi.substring(0, hindi.indexOf(meeting));
        assertEquals(before.strip(), snapped(hindi, before + meeting.substring(0, 2)), "a letter and its vowel sign, 2 of 4: left out");
        assertEquals(before + meeting, snapped(hindi, before + meeting.substring(0, 3)), "3 of 4: the word whole");
        assertEquals(hindi.substring(0, hindi.indexOf(meeting) + 4), snapped(hindi, hindi.substring(2, hindi.indexOf(meeting) + 4)),
                "a drag starting after the first letter and its mark, 4 of 6: the word whole");
        String han = "\u653F\u5E9C\u6628\u5929\u5BA3\u5E03\uFF0C\u6E2F\u53E3\u4E0B\u5468\u5173\u95ED\u3002";
        assertEquals(han.substring(0, han.length() - 1), snapped(han, han.substring(5, 8)), "no spaces: cut runs are taken whole as before");
        assertEquals(han.substring(0, 6), snapped(han, han.substring(0, 7)), "a full-width comma at the end is clause punctuation");
        String deseret = "Ask \uD801\uDC14\uD801\uDC2F\uD801\uDC45\uD801\uDC28\uD801\uDC49 now";
        assertEquals("Ask", snapped(deseret, deseret.substring(0, 8)), "letters beyond the BMP count as letters, 2 of 5: left out");
        assertEquals(deseret.substring(0, 14), snapped(deseret, deseret.substring(0, 12)), "4 of 5: the word whole");
    }
}
