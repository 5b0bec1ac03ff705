package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Two round approximations are read as their round figures only when they measure one span: the same head, neither a total
 * of which the other may be a part (review63c, finding 5).
 */
class NestedSpansTest {

    @Test
    void aSpanOfTalksAgainstTheLengthOfTheMeetingIsNoMismatch() {
        List<Signal> s = between(claim(1, "The two mayors met at the dam for about 30 minutes of talks", "Town hall"),
                claim(2, "The two mayors met at the dam for about 40 minutes", "Press"));
        assertFalse(names(s).contains("numeric mismatch"), s.toString());
    }

    @Test
    void aTotalAgainstAnUnmarkedSpanKeepsTheIntervals() {
        List<Signal> s = between(claim(1, "The mayors toured the dam for about 30 minutes", "Town hall"),
                claim(2, "All told, the mayors toured the dam for about 40 minutes", "Press"));
        assertFalse(names(s).contains("numeric mismatch"), s.toString());
    }

    @Test
    void twoApproximationsOfOneSpanStillDisagree() {
        List<Signal> s = between(claim(1, "The mayors toured the dam for about 30 minutes", "Town hall"),
                claim(2, "The mayors toured the dam for about 40 minutes", "Press"));
        assertEquals(List.of("numeric mismatch"), names(s));
    }
}
