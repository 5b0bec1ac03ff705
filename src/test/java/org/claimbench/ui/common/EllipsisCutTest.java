package org.claimbench.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Texts cut with "…" counted in what a reader sees as characters: never a half emoji or an accent without its letter. */
class EllipsisCutTest {

    @Test
    void aTextThatFitsStaysWhole() {
        assertEquals("Harbour", EllipsisCut.toLength("Harbour", 7));
        assertEquals("", EllipsisCut.toLength("", 1));
    }

    @Test
    void aLongerTextKeepsItsFirstCharactersAndEndsWithTheEllipsisWithinTheLength() {
        assertEquals("Harbour G…", EllipsisCut.toLength("Harbour Gazette", 10));
        assertEquals("Harbour…", EllipsisCut.toLength("Harbour Gazette", 9), "the space before the cut is dropped");
        assertEquals("…", EllipsisCut.toLength("Harbour", 1));
    }

    @Test
    void anEmojiIsNeverSplitAndCountsAsOne() {
        // Thumbs up with a skin tone: two code points, four UTF-16 units, one character to the reader.
        String thumbs = "\uD83D\uDC4D\uD83C\uDFFD";
        assertEquals(1, EllipsisCut.length(thumbs));
        assertEquals("ok " + thumbs + "…", EllipsisCut.toLength("ok " + thumbs + thumbs + " fine", 5));
        // A family joined by zero-width joiners, and a flag of two regional indicators.
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        String flag = "\uD83C\uDDEB\uD83C\uDDF7";
        assertEquals(3, EllipsisCut.length(family + flag + "x"));
        assertEquals(family + "…", EllipsisCut.toLength(family + flag + "x", 2));
    }

    @Test
    void aCombiningAccentStaysWithItsLetter() {
        // "Café" and "Zoë" written with combining marks (e + U+0301, e + U+0308).
        String cafe = "Cafe\u0301 Zoe\u0308";
        assertEquals(8, EllipsisCut.length(cafe));
        assertEquals("Cafe\u0301…", EllipsisCut.toLength(cafe, 5));
        assertEquals("Cafe\u0301 Zoe\u0308", EllipsisCut.toLength(cafe, 8));
        assertEquals("Cafe\u0301 Z…", EllipsisCut.toLength(cafe, 7));
    }

    @Test
    void theLongestFittingCutIsFoundAndNoneShorterThanAsked() {
        // Fits: at most 8 UTF-16 units, a stand-in for a width in pixels.
        assertEquals(Optional.of("Harbour…"), EllipsisCut.longestFitting("Harbour Gazette", 3, s -> s.length() <= 8));
        assertEquals(Optional.of("Harbour Gazette"), EllipsisCut.longestFitting("Harbour Gazette", 3, s -> true));
        assertEquals(Optional.empty(), EllipsisCut.longestFitting("Harbour Gazette", 6, s -> s.length() <= 5));
        String emoji = "\uD83D\uDC4D\uD83D\uDC4D\uD83D\uDC4D";
        assertEquals(Optional.of("\uD83D\uDC4D…"), EllipsisCut.longestFitting(emoji, 1, s -> s.length() <= 4),
                "a cut that would need half an emoji is not made");
    }

    @Test
    void aLengthUnderOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> EllipsisCut.toLength("Harbour", 0));
    }
}
