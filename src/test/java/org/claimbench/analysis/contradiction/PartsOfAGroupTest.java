package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A claim that counts parts of a group ("two of the injured …, while seven others …") gives no size of the whole group. */
class PartsOfAGroupTest {

    @Test
    void partsOfAGroupAreNotTheGroupsSize() {
        List<Signal> parts = between(claim(1, "At least three people died and more than 15 others were injured in the ferry fire", "Press"),
                claim(2, "Two of the injured were flown to the city hospital, while seven others had minor burns", "Hospital"));
        assertFalse(names(parts).contains("numeric mismatch"), "two and seven are parts of the injured: " + parts);
        List<Signal> wholes = between(claim(1, "At least three people died and more than 15 others were injured in the ferry fire", "Press"),
                claim(2, "Three people died and seven others were injured in the ferry fire", "Hospital"));
        assertTrue(names(wholes).contains("numeric mismatch"), wholes.toString());
    }

    @Test
    void partsCountedInBothClaimsAreStillCompared() {
        List<Signal> parts = between(claim(1, "Two of the injured were flown to the city hospital, while four others had minor burns", "Press"),
                claim(2, "Two of the injured were flown to the city hospital, while seven others had minor burns", "Hospital"));
        assertTrue(names(parts).contains("numeric mismatch"), parts.toString());
    }

    @Test
    void oneOfASuperlativesClassCountsNoPartOfAGroup() {
        // "one of the worst fires in years" ranks the event in its class (a superlative after "one of the"); it counts no part
        // of the dead or the injured, so the claims' counts of the dead still conflict.
        List<Signal> ranked = between(claim(1, "One of the worst fires in years killed 40 people on the ferry", "Press"),
                claim(2, "The fire killed 25 people on the ferry", "Hospital"));
        assertTrue(names(ranked).contains("numeric mismatch"), ranked.toString());
    }
}
