package org.claimbench.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextQuoteTest {

    @Test
    void quoteKeepsExactTextAndContextOnBothSides() {
        String text = "x".repeat(40) + "a twelve-minute radio interview" + "y".repeat(40);
        TextQuote q = TextQuote.of(text, new TextSpan(40, 71));
        assertEquals("a twelve-minute radio interview", q.exact());
        assertEquals("x".repeat(32), q.prefix());
        assertEquals("y".repeat(32), q.suffix());
    }

    @Test
    void contextNeverCutsASurrogatePairInHalf() {
        String emoji = "\uD83D\uDE00"; // one code point, two chars
        String text = emoji + "a".repeat(31) + "QUOTE" + "b".repeat(31) + emoji + "tail";
        int start = text.indexOf("QUOTE");
        TextQuote q = TextQuote.of(text, new TextSpan(start, start + 5));
        assertFalse(Character.isLowSurrogate(q.prefix().charAt(0)), "prefix starts with half a pair");
        assertFalse(Character.isHighSurrogate(q.suffix().charAt(q.suffix().length() - 1)), "suffix ends with half a pair");
    }

    @Test
    void spanOutsideTheTextIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> TextQuote.of("short", new TextSpan(2, 10)));
    }

    @Test
    void quoteLocatorFindsTheRequestedOccurrence() {
        String text = "said Putin. Later, said Trump. Then said Putin again";
        assertEquals(new TextSpan(0, 4), QuoteLocator.find(text, "said", 1).orElseThrow());
        int third = text.lastIndexOf("said");
        assertEquals(new TextSpan(third, third + 4), QuoteLocator.find(text, "said", 3).orElseThrow());
        assertTrue(QuoteLocator.find(text, "said", 4).isEmpty());
        assertTrue(QuoteLocator.find(text, "Zelensky", 1).isEmpty());
        assertEquals(3, QuoteLocator.count(text, "said"));
    }

    @Test
    void spansKnowWhetherTheyOverlap() {
        assertTrue(new TextSpan(0, 10).overlaps(new TextSpan(9, 12)));
        assertFalse(new TextSpan(0, 10).overlaps(new TextSpan(10, 12)));
        assertThrows(IllegalArgumentException.class, () -> new TextSpan(5, 4));
    }

    @Test
    void sourceColoursMustBeHexColours() {
        assertThrows(IllegalArgumentException.class, () -> new Source(1, "X", "red", "", 0));
        assertEquals("#D55E00", new Source(1, "X", "#d55e00", "", 0).colour());
    }
}
