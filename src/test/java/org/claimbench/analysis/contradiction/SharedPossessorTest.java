package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * A denial by likeness alone (two accounts close in meaning, one with a negation) needs a shared word that is not only a
 * possessor: a genitive determines the noun after it, so "Halvik's insistence" and "Halvik's approach" are two things.
 */
class SharedPossessorTest {

    /** The denial signal between two claims of two sources, their meaning vectors taken as 0.7 alike. */
    private static Optional<Signal> denial(String denying, String affirming) {
        ClaimFeatures a = claim(1, denying, "Mayor");
        ClaimFeatures b = claim(2, affirming, "Governor");
        Pair p = ContradictionSignals.pair(a, b);
        return new NegationSignal().between(a, b, new Pair(p.sameEvent(), p.sharedEvent(), p.sameSource(), p.sameArticle(), p.shared(), 0.7));
    }

    @Test
    void aPossessorBothNameIsNoSharedTopic() {
        assertFalse(denial("The mayor dismissed Halvik's insistence on new docks", "The governor criticised Halvik's timid approach to harbours")
                .isPresent(), "only the possessor is shared");
        assertFalse(denial("The mayor dismissed Halvik’s insistence on new docks", "The governor criticised Halvik’s timid approach to harbours")
                .isPresent(), "a curly apostrophe");
    }

    @Test
    void aNameBothSpeakOfOtherwiseStillIs() {
        Optional<Signal> s = denial("Halvik dismissed the insistence on new docks", "Halvik criticised the timid approach to harbours");
        assertTrue(s.isPresent() && s.get().explanation().contains("Halvik"), s.toString());
    }
}
