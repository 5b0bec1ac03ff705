package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class AspectSignalTest {

    @Test
    void theEventAnAspectualWordGovernsIsRead() {
        assertEquals(List.of("eviction"), claim(1, "The council ordered a halt to the evictions in the old town", "Council").aspect.ended());
        assertEquals(List.of("raid"), claim(1, "The night raids were suspended for a week", "Press").aspect.ended());
        assertEquals(List.of("eviction"), claim(1, "The evictions in the old town continued on Monday", "Tenants").aspect.continued());
    }

    @Test
    void aHaltInOneAccountAgainstTheSameEventGoingOnInAnotherIsEndedOrGoingOn() {
        List<Signal> s = between(claim(1, "The council ordered a halt to the evictions in the old town", "Council"),
                claim(2, "The evictions in the old town continued on Monday", "Tenants"));
        assertTrue(names(s).contains("ended or going on"), s.toString());
        List<Signal> reported = between(claim(1, "The council ordered a halt to evictions in the old town", "Council"),
                claim(2, "Bailiffs evicted three families in the old town on Monday", "Tenants"));
        assertTrue(names(reported).contains("ended or going on"), reported.toString());
    }

    @Test
    void bothSayingItEndedOrOneSourceOrOtherEventsAreNoConflict() {
        assertFalse(names(between(claim(1, "The council ordered a halt to the evictions in the old town", "Council"),
                claim(2, "The evictions in the old town were halted on Monday", "Tenants"))).contains("ended or going on"), "both ended");
        assertFalse(names(between(claim(1, "The council ordered a halt to the evictions in the old town", "Council"),
                claim(2, "The evictions in the old town continued on Monday", "Council"))).contains("ended or going on"), "one source");
        assertFalse(names(between(claim(1, "The council ordered a halt to the evictions in the old town", "Council"),
                claim(2, "The council continued the repairs in the old town", "Tenants"))).contains("ended or going on"), "another event");
        assertFalse(names(between(claim(1, "The council did not halt the evictions in the old town", "Council"),
                claim(2, "The evictions in the old town continued on Monday", "Tenants"))).contains("ended or going on"), "a halt denied");
        assertFalse(names(between(claim(1, "Work on the pier in the old town was paused for the winter", "Council"),
                claim(2, "Work on the pier in the old town will continue in the spring", "Tenants"))).contains("ended or going on"),
                "what will go on later does not deny a halt now");
    }
}
