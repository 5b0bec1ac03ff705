package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A licence to use force given without limit in one account ("full freedom of military action", "strike against any threat")
 * and as the right of self-defence in the other, which international law grants only against an attack: round 77 of issue 11.
 * Sentences of our own.
 */
class ScopeOfALicenceOfForceTest {

    private static final ClaimFeatures FREE = claim(1, "The northern republic keeps full freedom of military action along the valley", "Premier");
    private static final ClaimFeatures BOUNDED = claim(2, "Should the rebels fire first, the republic may answer under its right to self-defence",
            "Envoy");

    /** The reasons of the scope signals between two claims (empty when none fires). */
    private static List<String> scopeReasons(ClaimFeatures a, ClaimFeatures b) {
        return between(a, b).stream().filter(s -> s.name().equals("scope")).map(s -> s.reason().get()).toList();
    }

    @Test
    void fullFreedomOfActionMeetsTheRightOfSelfDefenceWithNoNounInCommon() {
        assertTrue(scopeReasons(FREE, BOUNDED).toString().contains("only in self-defence"), scopeReasons(FREE, BOUNDED).toString());
        assertEquals(1, scopeReasons(BOUNDED, FREE).size(), "either order");
    }

    @Test
    void actingAgainstAnyThreatMeetsActingInSelfDefence() {
        ClaimFeatures any = claim(3, "The coastal guard will respond against any threat to the harbour", "Ministry");
        ClaimFeatures onlyInDefence = claim(4, "The coastal guard may only fire in self-defence, the mediators said", "Mediators");
        assertEquals(1, scopeReasons(any, onlyInDefence).size(), "free-choice any against self-defence");
    }

    @Test
    void whatIsNoConflictOfScope() {
        List<ClaimFeatures[]> none = List.of(
                // Both give the same licence.
                new ClaimFeatures[] {claim(5, "The truce leaves the republic its right of self-defence", "Premier"), BOUNDED},
                new ClaimFeatures[] {FREE, claim(6, "The republic retains full freedom of military action, the envoy said", "Envoy")},
                // One source saying both; two events.
                new ClaimFeatures[] {FREE, claim(7, "The republic may act only under its right to self-defence", "Premier")},
                new ClaimFeatures[] {FREE, claim(8, "The republic may act only under its right to self-defence", "Envoy", "another event")},
                // A warning against any step, and freedom of another kind, are no licence of force.
                new ClaimFeatures[] {claim(9, "The envoy warned against any escalation near the river", "Ministry"), BOUNDED},
                new ClaimFeatures[] {claim(10, "The republic guarantees full freedom of movement for the traders", "Ministry"), BOUNDED});
        for (ClaimFeatures[] p : none) {
            assertEquals(List.of(), scopeReasons(p[0], p[1]), p[0].facts.text() + " | " + p[1].facts.text());
        }
    }
}
