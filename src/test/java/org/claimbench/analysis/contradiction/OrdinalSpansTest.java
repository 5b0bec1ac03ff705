package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Round 16: an ordinal counted over a span of time ranks its event in that span alone, and ordinal numerals are numbers,
 * not opposite words.
 */
class OrdinalSpansTest {

    private final QuantityReader reader = new QuantityReader();

    @Test
    void ordinalsCountedOverDifferentSpansDoNotConflict() {
        var signals = between(claim(1, "It was the first call between the two mayors in four months", "Press"),
                claim(2, "This was the second call between the mayors since the election", "Press"));
        assertTrue(signals.isEmpty(), "the first in four months may well be the second since the election: " + signals);
        assertTrue(between(claim(1, "the ferry board's second meeting in a year", "Press"),
                claim(2, "the ferry board's fifth meeting this year", "Press")).isEmpty());
    }

    @Test
    void ordinalsOverTheSameSpanOrNoneStillConflict() {
        assertTrue(names(between(claim(1, "It was the third call between the two mayors in four months", "Press"),
                claim(2, "the mayors held their fifth call in four months", "Press"))).contains("numeric mismatch"));
        assertTrue(names(between(claim(1, "It was the third call between the two mayors", "Press"),
                claim(2, "the mayors held their fifth call", "Press"))).contains("numeric mismatch"));
    }

    @Test
    void theSpanIsReadInTheOrdinalsClauseOnly() {
        assertEquals("call in four month", reader.read("the first call between them in four months").stream()
                .filter(q -> q.dimension().equals("ordinal")).findFirst().orElseThrow().head());
        assertEquals("call", reader.read("the first call between them, which came in four months of talks").stream()
                .filter(q -> q.dimension().equals("ordinal")).findFirst().orElseThrow().head(), "a span in another clause");
        assertFalse(QuantityReader.ordinal("firstly"));
    }
}
