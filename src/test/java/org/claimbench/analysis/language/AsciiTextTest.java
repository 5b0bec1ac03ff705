package org.claimbench.analysis.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AsciiTextTest {

    @Test
    void lowersAsciiLettersOnlyAndKeepsTheLength() {
        assertEquals("the talks lasted two hours", AsciiText.lower("The Talks lasted TWO Hours"));
        // Letters outside ASCII stay as they are, so offsets into the text still hold (İ would lower to two units).
        assertEquals("İstanbul Ümit", AsciiText.lower("İSTANBUL Ümit"));
        String lower = "already lower case";
        assertSame(lower, AsciiText.lower(lower), "no copy when nothing changes");
    }

    @Test
    void findsWordsAndDigits() {
        assertTrue(AsciiText.containsAny("a two-hour call", "minute", "hour"));
        assertFalse(AsciiText.containsAny("a long call", "minute", "hour"));
        assertTrue(AsciiText.hasDigit("talks on 18 March"));
        assertFalse(AsciiText.hasDigit("talks in March"));
        // Other scripts' digits are no \d without UNICODE_CHARACTER_CLASS.
        assertFalse(AsciiText.hasDigit("٣ ساعات"));
    }
}
