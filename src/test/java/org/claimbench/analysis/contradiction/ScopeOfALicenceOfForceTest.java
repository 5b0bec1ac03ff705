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
    void theLicenceSpelledInOtherWordsAndFormsCounts() {
        ClaimFeatures complete = claim(11, "The northern republic keeps complete freedom of military action along the valley", "Premier");
        assertEquals(1, scopeReasons(complete, BOUNDED).size(), "complete freedom");
        ClaimFeatures retaliating = claim(12, "The coastal guard keeps retaliating against any boat near the harbour", "Ministry");
        ClaimFeatures onlyInDefence = claim(13, "The coastal guard may only fire in self-defence, the mediators said", "Mediators");
        assertEquals(1, scopeReasons(retaliating, onlyInDefence).size(), "retaliating against any");
    }

    /** Pairs of a licence of force and another claim that do not conflict in scope, with why. */
    private static final String[][] CONSISTENT = {
        {"Valdoria retains full freedom of military action along the valley", "Corvia's army has the right to self-defence, the envoy said",
            "two holders of the licence"},
        {"The coastal guard will respond against any aggression on the harbour", "The coastal guard acted in self-defence, the mediators said",
            "a past act justified, no licence restricted"},
        {"The rebels will release all prisoners, including the soldiers", "The soldiers may only fire in self-defence, the mediators said",
            "a universal of another kind against a licence"},
        {"The coastal guard will respond against any attack, but only in self-defence", "The coastal guard will respond against any attack, but only in self-defence",
            "one account holding both ends, told twice"},
    };

    @Test
    void noConflictOfScopeBetweenTwoHoldersAPastActAnotherUniversalOrOneAccountTwice() {
        for (String[] row : CONSISTENT) {
            List<String> reasons = scopeReasons(claim(20, row[0], "Ministry"), claim(21, row[1], "Mediators"));
            assertEquals(List.of(), reasons, row[2]);
        }
    }

    @Test
    void aLicenceAgainstAnyActIsNoUniversalThatADenialOfTheActContradicts() {
        List<String> names = between(claim(22, "The coastal guard will respond against any attack on the harbour", "Ministry"),
                claim(23, "The rebels did not attack the harbour, the mediators said", "Mediators")).stream()
                .map(Signal::pattern).toList();
        assertTrue(names.stream().noneMatch(n -> n.startsWith("scope:unrestricted-denied")), names.toString());
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
