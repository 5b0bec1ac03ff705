package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Percentages of one sum (round 40 of issue 11): two accounts that name the same sum by the same figure and give it shares
 * that do not meet differ on the share, though neither names what the share measures; a sum written as a hyphenated
 * premodifier ("a 40-million-dollar grant") is read, and a currency's sign and its name are one currency. Sentences of our own.
 */
class SharesOfOneSumTest {

    private final QuantityReader reader = new QuantityReader();

    private static final String WHOLE = "They handed over the whole $40m at once, 100%.";
    private static final String SMALL_SHARE = "Only 5 percent of the 40-million-dollar harbour grant comes as cash.";

    @Test
    void aHyphenatedSumIsReadAsTheSumAndItsCurrencyNameAsItsSign() {
        List<Quantity> grant = reader.read("the 40-million-dollar harbour grant");
        assertEquals(1, grant.size(), grant.toString());
        assertEquals("money", grant.get(0).dimension());
        assertEquals(40e6, grant.get(0).low(), 1e-6);
        Quantity named = reader.read("a grant of 40 million dollars").get(0);
        Quantity signed = reader.read("a grant of $40 million").get(0);
        assertTrue(named.measuresSameAs(signed) && named.agreesWith(signed), named + " / " + signed);
        assertFalse(reader.read("a grant of 40 million euros").get(0).measuresSameAs(signed), "another currency");
    }

    @Test
    void sharesOfOneSumThatDoNotMeetAreAMismatch() {
        List<String> found = names(between(claim(1, WHOLE, "Harbour board"), claim(2, SMALL_SHARE, "Treasury")));
        assertTrue(found.contains("numeric mismatch"), found.toString());
    }

    @Test
    void aShareOfAnotherWholeOrOfAnotherSumIsNone() {
        List<String> profits = names(between(claim(1, WHOLE, "Harbour board"),
                claim(2, "Only 5 percent of the profits of the 40-million-dollar harbour grant go to the port.", "Treasury")));
        assertFalse(profits.contains("numeric mismatch"), "5% of the profits is a share of the profits: " + profits);
        List<String> otherSum = names(between(claim(1, WHOLE, "Harbour board"),
                claim(2, "Only 5 percent of the 90-million-dollar rail grant comes as cash.", "Treasury")));
        assertFalse(otherSum.contains("numeric mismatch"), "shares of two sums: " + otherSum);
    }
}
