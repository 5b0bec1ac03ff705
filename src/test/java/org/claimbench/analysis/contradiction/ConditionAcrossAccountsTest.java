package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** "Now, or only on a condition?" is one account's word against another's, never one side's two terms (ConditionSignal). */
class ConditionAcrossAccountsTest {

    private static final String AT_ONCE = "The council will reopen the bridge to lorries at once";
    private static final String UNLESS = "The council said the toll stays suspended unless the contractor misses the deadline";

    @Test
    void oneSourcesActNowAndItsConditionOnAnotherActAreNoConflict() {
        List<Signal> s = between(claim(1, AT_ONCE, "Council"), claim(2, UNLESS, "Council"));
        assertFalse(names(s).contains("timing and condition"), s.toString());
        assertFalse(names(between(claim(3, UNLESS, "Council"), claim(4, AT_ONCE, "Council"))).contains("timing and condition"));
    }

    @Test
    void twoSourcesStillMeetNowAgainstACondition() {
        List<Signal> s = between(claim(1, AT_ONCE, "Council"), claim(2, UNLESS, "Contractor"));
        assertTrue(names(s).contains("timing and condition"), s.toString());
        // Two outlets' own words are two accounts.
        assertTrue(names(between(claim(3, AT_ONCE, "Press"), claim(4, UNLESS, "Press"))).contains("timing and condition"));
    }

    @Test
    void theBoundOfTheSignalAgreesWithIt() {
        ConditionSignal signal = new ConditionSignal();
        ClaimFeatures now = claim(1, AT_ONCE, "Council");
        assertFalse(signal.mayFire(now, claim(2, UNLESS, "Council")));
        assertTrue(signal.mayFire(now, claim(3, UNLESS, "Contractor")));
    }
}
