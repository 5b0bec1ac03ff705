package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** An abstract noun in "-hood" speaks of the noun it names the condition of: statehood of a state (TokenPass). */
class AbstractNounOfConditionTest {

    private static boolean denial(List<Signal> signals) {
        return signals.stream().anyMatch(s -> s.name().equals("denial"));
    }

    @Test
    void statehoodAffirmedMeetsAStateDenied() {
        ClaimFeatures path = claim(1, "The accord opens a credible path to Freedonian self-rule and statehood.", "Council");
        assertTrue(path.words.contains("state"), path.words.toString());
        List<Signal> s = between(path, claim(2, "The premier said there would never be a Freedonian state.", "Premier"));
        assertTrue(denial(s), s.toString());
        assertTrue(denial(between(claim(3, "The council released a plan leading to Freedonian statehood.", "Council"),
                claim(4, "The premier said he did not agree to recognize a Freedonian state.", "Premier"))));
    }

    @Test
    void aPlaceOrATimeInHoodStaysItsOwnWord() {
        // "neighbourhood" is a place, "childhood" a time: neither is the condition of being a neighbour or a child.
        assertFalse(claim(1, "The new clinic serves the whole neighborhood.", "City").words.contains("neighbor"));
        assertFalse(claim(2, "She spent her childhood on the coast.", "Press").words.contains("child"));
        // The plain denial of another thing: a state's flag is not its statehood.
        assertFalse(denial(between(claim(3, "The council released a plan leading to Freedonian statehood.", "Council"),
                claim(4, "The premier said he would not fly the flag of the old kingdom.", "Premier"))));
    }
}
