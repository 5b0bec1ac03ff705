package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * "Nowhere" is an absolute negator (Huddleston and Pullum 2002, ch. 9): "the word is nowhere in the accord" denies the
 * clause as "the word is not anywhere in the accord" does, so it meets another account that the accord has it (round 58).
 */
class NowhereAsANegatorTest {

    private static final String PROVIDES = "The accord text provides for a ceasefire along the Lessa river";

    @Test
    void nowhereDeniesWhatAnotherAccountSaysTheTextHolds() {
        ClaimFeatures nowhere = claim(2, "The word ceasefire is nowhere to be found in the accord text", "Veldara");
        assertEquals("nowhere", nowhere.negationCue);
        List<Signal> s = between(claim(1, PROVIDES, "Ostmark"), nowhere);
        assertEquals(List.of("denial"), names(s), s.toString());
        assertTrue(s.get(0).explanation().startsWith("“nowhere”"), s.get(0).explanation());
    }

    @Test
    void withoutNowhereOrFromOneSourceNothingIsDenied() {
        ClaimFeatures everywhere = claim(2, "The word ceasefire is everywhere to be found in the accord text", "Veldara");
        assertNull(everywhere.negationCue);
        assertTrue(between(claim(1, PROVIDES, "Ostmark"), everywhere).isEmpty());
        List<Signal> oneSide = between(claim(1, PROVIDES, "Veldara"), claim(2, "The word ceasefire is nowhere to be found in the accord text", "Veldara"));
        assertTrue(oneSide.isEmpty(), "one side's two claims: " + oneSide);
    }
}
