package org.claimbench.ui.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.claimbench.domain.ArticleMetadata;
import org.junit.jupiter.api.Test;

/** What the line under an article's title says, with and without outlet, date and event. */
class BylineTest {

    private static ArticleMetadata meta(String outlet, LocalDate published, String event) {
        return new ArticleMetadata("A title", outlet, "", "", published, "", "", event);
    }

    @Test
    void anOutletAndADateAreSaidAsGiven() {
        assertEquals("Harbour Gazette · 2024-02-09 · 12 claims", Byline.of(meta("Harbour Gazette", LocalDate.of(2024, 2, 9), ""), 12).line());
    }

    @Test
    void everyBylineSaysTheSameThreeThingsAnUnknownOutletIncluded() {
        assertEquals("no outlet · 2024-02-09 · 1 claim", Byline.of(meta("", LocalDate.of(2024, 2, 9), ""), 1).line());
    }

    @Test
    void withoutADateTheEventsDateIsGivenAndSaidToBeTheEvents() {
        assertEquals("no outlet · 2023-11-14 (event) · 0 claims", Byline.of(meta("", null, "Harbour strike talks, 2023-11-14"), 0).line());
    }

    @Test
    void withNoDateAnywhereItSaysSo() {
        assertEquals("no outlet · no date · 2 claims", Byline.of(meta("", null, "Harbour strike talks"), 2).line());
        assertEquals("no outlet · no date · 2 claims", Byline.of(meta("", null, "Talks, 2023-13-45"), 2).line());
    }

    /** A width of one unit a character stands for a font. */
    private static double chars(String s) {
        return s.length();
    }

    @Test
    void aLineThatFitsIsWhole() {
        Byline b = new Byline("Harbour Gazette", "9 Feb 2024", 12);
        assertEquals("Harbour Gazette · 9 Feb 2024 · 12 claims", b.fit(BylineTest::chars, Byline.WIDEST_ONE_LINE.length()));
    }

    @Test
    void whereTheWidestBylineFitsAKnownOutletTooLongIsCutOnItsOneLine() {
        Byline line = new Byline("The Harbour Gazette", "14 Nov 2023 (event)", 12);
        assertEquals("The Harbour… · 14 Nov 2023 (event) · 12 claims", line.fit(BylineTest::chars, 46));
        assertEquals("The Harb… · 14 Nov 2023 (event) · 12 claims", line.fit(BylineTest::chars, 43));
    }

    @Test
    void whereTheWidestBylineDoesNotFitEveryBylineTakesTwoLinesSayingAllThree() {
        Byline line = new Byline("The Harbour Gazette", "14 Nov 2023 (event)", 12);
        assertEquals("The Harbour Gazette · 12 claims\n14 Nov 2023 (event)", line.fit(BylineTest::chars, 42));
        assertEquals("The Har… · 12 claims\n14 Nov 2023 (event)", line.fit(BylineTest::chars, 20));
        assertEquals("14 Nov 2023…", line.fit(BylineTest::chars, 12).split("\n")[1], "a date is cut only where it cannot fit");
        // A short byline takes two lines at the same width too: panes side by side say theirs the same way.
        assertEquals("no outlet · 2 claims\nno date", new Byline("", "no date", 2).fit(BylineTest::chars, 42));
    }

    @Test
    void anOutletWithTheSeparatorInItsNameIsCutAsOnePart() {
        // Nothing is parsed back out of the line: an outlet whose name holds " · " is still the outlet.
        Byline b = new Byline("Gazette · Harbour edition", "9 Feb 2024", 3);
        assertEquals("Gazette · Harbour edition · 9 Feb 2024 · 3 claims", b.line());
        assertEquals("Gazette · Harbour ed… · 9 Feb 2024 · 3 claims", b.fit(BylineTest::chars, 45));
    }

    @Test
    void anUnknownOutletAndNoDateAreNeverLeftOut() {
        Byline b = new Byline("", "no date", 2);
        assertEquals("no outlet · no date · 2 claims", b.line());
        assertEquals("no outlet · no date · 2 claims", b.fit(BylineTest::chars, 43));
        assertEquals("no outlet · 2 claims\nno date", b.fit(BylineTest::chars, 26), "not “no date · 2 claims”");
    }

    @Test
    void anOutletWithAnEmojiOrAnAccentIsNeverCutInsideIt() {
        // "Zoë's Gazette" with a combining diaeresis, and an outlet with an emoji.
        Byline accent = new Byline("Zoe\u0308 Gazette", "14 November 2024 (event)", 1);
        String tail = " · 14 November 2024 (event) · 1 claim";
        assertEquals("Zoe\u0308 Ga…" + tail, accent.fit(BylineTest::chars, ("Zoe\u0308 Ga…" + tail).length()));
        Byline emoji = new Byline("Daily \uD83D\uDCF0 News", "14 November 2024 (event)", 1);
        assertEquals("Daily \uD83D\uDCF0…" + tail, emoji.fit(BylineTest::chars, ("Daily \uD83D\uDCF0…" + tail).length()));
        assertEquals("Daily…" + tail, emoji.fit(BylineTest::chars, ("Daily \uD83D\uDCF0…" + tail).length() - 1),
                "not half the emoji");
    }

    @Test
    void claimsAnEditLeftWithoutWordsAreCountedAndSaidApart() {
        assertEquals("no outlet · 2024-02-09 · 8 claims (2 not in the text)",
                Byline.of(meta("", LocalDate.of(2024, 2, 9), ""), 8, 2).line());
        assertEquals("no outlet · 2024-02-09 · 8 claims", Byline.of(meta("", LocalDate.of(2024, 2, 9), ""), 8, 0).line());
    }
}
