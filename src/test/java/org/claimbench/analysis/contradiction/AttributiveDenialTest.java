package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class AttributiveDenialTest {

    private static boolean denies(List<Signal> signals) {
        return signals.stream().anyMatch(s -> s.explanation().contains("dispute") || s.explanation().contains("reject"));
    }

    @Test
    void aDenialVerbAsAParticipleBeforeItsNounNamesAContestedThingAndDeniesNothing() {
        List<Signal> s = between(claim(1, "The herders' council said the clashes over disputed pasture near the river had ended", "Herders"),
                claim(2, "Farmers confirmed that the pasture near the river was quiet after the clashes", "Farmers"));
        assertFalse(denies(s), s.toString());
        List<Signal> t = between(claim(1, "The mayor defended the rejected harbour budget before the council", "Mayor"),
                claim(2, "The council debated the harbour budget before the vote", "Press"));
        assertFalse(denies(t), t.toString());
    }

    @Test
    void theSameVerbAsThePredicateStillDeniesItsComplement() {
        List<Signal> s = between(claim(1, "The herders' council disputed that farmers had fenced the grazing land near the river", "Herders"),
                claim(2, "Farmers fenced the grazing land near the river", "Farmers"));
        assertTrue(denies(s), s.toString());
        List<Signal> t = between(claim(1, "The council rejected the harbour budget before the vote", "Council"),
                claim(2, "The council approved the harbour budget before the vote", "Press"));
        assertTrue(denies(t), t.toString());
        List<Signal> u = between(claim(1, "He disputed reports that farmers had fenced the pasture near the river", "Herders"),
                claim(2, "Farmers fenced the pasture near the river", "Farmers"));
        assertTrue(denies(u), u.toString());
    }
}
