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
 * Stop 48: a halt only supposed by an open condition ("… if the council halted the evictions") is not told as done (the
 * antecedent's truth is left open, Quirk et al. 1985, 15.35), so it does not conflict with an account of the act going on.
 */
class HaltOnlySupposedTest {

    private static final String GOING_ON = "ended or going on";

    @Test
    void aHaltInAnOpenConditionIsNotRead() {
        assertEquals(List.of(), claim(1, "The tenants' union would not picket the town hall if the council halted the evictions", "Tenants")
                .aspect.ended());
        assertEquals(List.of("eviction"), claim(1, "The tenants' union said the council halted the evictions", "Tenants").aspect.ended());
    }

    @Test
    void aSupposedHaltAgainstTheActGoingOnIsNoConflictAToldOneIs() {
        ClaimFeatures evicted = claim(2, "Bailiffs evicted three families in the old town on Monday", "Press");
        assertFalse(names(between(claim(1, "The tenants' union would not picket the town hall if the council halted the evictions in the old town",
                "Tenants"), evicted)).contains(GOING_ON));
        assertTrue(names(between(claim(1, "The tenants' union said the council halted the evictions in the old town", "Tenants"), evicted))
                .contains(GOING_ON));
    }
}
