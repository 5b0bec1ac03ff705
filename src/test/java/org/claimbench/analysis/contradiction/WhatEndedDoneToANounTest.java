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
 * What one account says will end, done to a noun ("agreed to stop picketing the depots", "will not be fishing the bay
 * anymore"), against what the other says will go on being done to it ("will keep blockading the depots"): round 18 of
 * issue 11 (AspectSignal, Aspect's objects, "not … anymore").
 */
class WhatEndedDoneToANounTest {

    private static final String AGREED_HALT = "The union agreed to stop picketing the depots";
    private static final String KEPT_UP = "The union will keep blockading the depots until wages rise";

    @Test
    void aGerundKeepsItsObjectAndNotAnymoreEndsTheDeniedVerb() {
        Aspect halt = claim(1, AGREED_HALT, "Board").aspect;
        assertEquals(List.of("depot"), halt.endedOn());
        Aspect going = claim(2, KEPT_UP, "Union").aspect;
        assertEquals(List.of("depot"), going.continuedOn(), "'will keep' is no passive: its gerund is the event");
        Aspect anymore = claim(3, "The trawlers will not be fishing the bay anymore", "Board").aspect;
        assertEquals(List.of("fish"), anymore.ended());
        assertEquals(List.of("bay"), anymore.endedOn());
    }

    @Test
    void aHaltToComeAgainstWhatWillGoOnToTheSameNoun() {
        assertTrue(names(between(claim(1, AGREED_HALT, "Board"), claim(2, KEPT_UP, "Union"))).contains("ended or going on"));
        assertTrue(names(between(claim(3, "The trawlers will not be fishing the bay anymore", "Board"),
                claim(4, "The trawlers will continue dredging the bay", "Fleet"))).contains("ended or going on"));
        assertTrue(new Candidates(List.of(claim(5, AGREED_HALT, "Board"), claim(6, KEPT_UP, "Union"))).reached(0, 1),
                "the two share only the depots: what ended meets what goes on");
    }

    @Test
    void aHaltNowAnotherNounOrOneSourceIsNoSuchConflict() {
        assertFalse(names(between(claim(1, "The council halted evictions of tenants", "Council"),
                claim(2, "Bailiffs will continue evicting tenants in the spring", "Bailiffs"))).contains("ended or going on"),
                "what will go on later does not deny a halt now");
        assertFalse(names(between(claim(3, AGREED_HALT, "Board"), claim(4, "The union will keep blockading the ports near the depots", "Union")))
                .contains("ended or going on"), "depots and ports");
        assertFalse(names(between(claim(5, AGREED_HALT, "Union"), claim(6, KEPT_UP, "Union"))).contains("ended or going on"),
                "one source's two accounts");
    }
}
