package org.claimbench.ui.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.claimbench.domain.ArticleMetadata;
import org.junit.jupiter.api.Test;

/** What the line under an article's title says, with and without outlet, date and event. */
class BylinesTest {

    private static ArticleMetadata meta(String outlet, LocalDate published, String event) {
        return new ArticleMetadata("A title", outlet, "", "", published, "", "", event);
    }

    @Test
    void anOutletAndADateAreSaidAsGiven() {
        assertEquals("Harbour Gazette · 9 Feb 2024 · 12 claims", Bylines.of(meta("Harbour Gazette", LocalDate.of(2024, 2, 9), ""), 12));
    }

    @Test
    void everyBylineSaysTheSameThreeThingsAnUnknownOutletIncluded() {
        assertEquals("no outlet · 9 Feb 2024 · 1 claim", Bylines.of(meta("", LocalDate.of(2024, 2, 9), ""), 1));
    }

    @Test
    void withoutADateTheEventsDateIsGivenAndSaidToBeTheEvents() {
        assertEquals("no outlet · 14 Nov 2023 (event) · 0 claims", Bylines.of(meta("", null, "Harbour strike talks, 2023-11-14"), 0));
    }

    @Test
    void withNoDateAnywhereItSaysSo() {
        assertEquals("no outlet · no date · 2 claims", Bylines.of(meta("", null, "Harbour strike talks"), 2));
        assertEquals("no outlet · no date · 2 claims", Bylines.of(meta("", null, "Talks, 2023-13-45"), 2));
    }

    /** A width of one unit a character stands for a font. */
    private static double chars(String s) {
        return s.length();
    }

    @Test
    void aLineThatFitsIsWhole() {
        String line = "Harbour Gazette · 9 Feb 2024 · 12 claims";
        assertEquals(line, Bylines.fit(line, BylinesTest::chars, line.length()));
    }

    @Test
    void theOutletGivesWayFirstThenTheDateAndTheCountLast() {
        String line = "The Harbour Gazette · 14 Nov 2023 (event) · 12 claims";
        assertEquals("The Harbour… · 14 Nov 2023 (event) · 12 claims", Bylines.fit(line, BylinesTest::chars, 46));
        assertEquals("The Ha… · 14 Nov 2023 (event) · 12 claims", Bylines.fit(line, BylinesTest::chars, 41));
        assertEquals("14 Nov 2023 (event) · 12 claims", Bylines.fit(line, BylinesTest::chars, 40));
        assertEquals("14 Nov… · 12 claims", Bylines.fit(line, BylinesTest::chars, 20));
        assertEquals("12 claims", Bylines.fit(line, BylinesTest::chars, 12));
        assertEquals("12 claims", Bylines.fit(line, BylinesTest::chars, 3));
    }
}
