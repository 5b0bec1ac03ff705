package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RunningTotalTest {

    /** Whether the figures of a valley council's claim and a paper's claim are a numeric mismatch. */
    private static boolean mismatch(String council, String paper) {
        return names(between(claim(1, council, "Valley council"), claim(2, paper, "Press"))).contains("numeric mismatch");
    }

    @Test
    void aRunningTotalSinceADayAgainstTheCountOfOneStrikeCountsTwoStretches() {
        assertFalse(mismatch("The rebels have shelled the Orvan valley 30 times since early May, killing 12 villagers",
                "A nurse at the Orvan valley clinic says four villagers were killed by the rebels' shelling"));
        assertFalse(mismatch("So far 12 villagers have been killed by the shelling of the Orvan valley",
                "Four villagers were killed by the shelling of the Orvan valley"));
    }

    @Test
    void twoCountsOfOneStretchStillDisagree() {
        assertTrue(mismatch("The shelling of the Orvan valley killed 12 villagers on Sunday",
                "The shelling of the Orvan valley killed four villagers on Sunday"));
        assertTrue(mismatch("The rebels have killed 12 villagers in the Orvan valley since early May",
                "The rebels have killed four villagers in the Orvan valley since early May"));
    }
}
