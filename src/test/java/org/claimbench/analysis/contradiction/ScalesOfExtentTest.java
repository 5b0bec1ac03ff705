package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** An extent word meets only the other end of its own scale: how much of a thing, or on what conditions (round 35). */
class ScalesOfExtentTest {

    @Test
    void aPartialTruceAgainstAnUnconditionalOneIsNoScopeConflict() {
        List<Signal> s = between(claim(1, "The two unions accepted a partial truce at the river ports on Friday", "Union"),
                claim(2, "The board offered an unconditional truce at the river ports, and the unions accepted it", "Board"));
        assertTrue(names(s).stream().noneMatch("scope"::equals), s.toString());
    }

    @Test
    void aConditionalTruceAgainstAnUnconditionalOneIsAScopeConflict() {
        List<Signal> s = between(claim(1, "The two unions accepted a conditional truce at the river ports on Friday", "Union"),
                claim(2, "The two unions accepted an unconditional truce at the river ports on Friday", "Board"));
        assertTrue(names(s).contains("scope"), s.toString());
    }

    @Test
    void aPartialTruceAgainstACompleteOneIsStillAScopeConflict() {
        List<Signal> s = between(claim(1, "The two unions accepted a partial truce at the river ports on Friday", "Union"),
                claim(2, "The two unions accepted a complete truce at the river ports on Friday", "Board"));
        assertTrue(names(s).contains("scope"), s.toString());
    }
}
