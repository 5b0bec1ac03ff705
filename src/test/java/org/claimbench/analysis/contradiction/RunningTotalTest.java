package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class RunningTotalTest {

    @Test
    void aRunningTotalSinceADayAgainstTheCountOfOneStrikeCountsTwoStretches() {
        List<Signal> s = between(claim(1, "The rebels have shelled the Orvan valley 30 times since early May, killing 12 villagers", "Valley council"),
                claim(2, "A nurse at the Orvan valley clinic says four villagers were killed by the rebels' shelling", "Press"));
        assertFalse(names(s).contains("numeric mismatch"), s.toString());
        List<Signal> t = between(claim(1, "So far 12 villagers have been killed by the shelling of the Orvan valley", "Valley council"),
                claim(2, "Four villagers were killed by the shelling of the Orvan valley", "Press"));
        assertFalse(names(t).contains("numeric mismatch"), t.toString());
    }

    @Test
    void twoCountsOfOneStretchStillDisagree() {
        List<Signal> s = between(claim(1, "The shelling of the Orvan valley killed 12 villagers on Sunday", "Valley council"),
                claim(2, "The shelling of the Orvan valley killed four villagers on Sunday", "Press"));
        assertTrue(names(s).contains("numeric mismatch"), s.toString());
        List<Signal> t = between(claim(1, "The rebels have killed 12 villagers in the Orvan valley since early May", "Valley council"),
                claim(2, "The rebels have killed four villagers in the Orvan valley since early May", "Press"));
        assertTrue(names(t).contains("numeric mismatch"), t.toString());
    }
}
