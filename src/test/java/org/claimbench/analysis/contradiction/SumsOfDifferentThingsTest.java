package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A sum's currency is its unit, not what it measures: two sums of money are figures of one thing only when the claims speak
 * of one thing, as figures with no noun are (round 24 of issue 11). Sentences of our own; the fixture's claims have no
 * vectors, so "speak of one thing" is two shared content words.
 */
class SumsOfDifferentThingsTest {

    private static boolean figures(ClaimFeatures a, ClaimFeatures b) {
        return between(a, b).stream().anyMatch(s -> s.kind() == org.claimbench.domain.ContradictionKind.NUMERIC);
    }

    @Test
    void damageAndAnInvestmentAreNotOneSum() {
        ClaimFeatures damage = claim(1, "The storm caused about $400 million in damage to the harbour", "Press");
        ClaimFeatures fund = claim(2, "The investors gave the harbour $300bn upfront", "Investors");
        // Whichever comes first.
        for (ClaimFeatures[] pair : new ClaimFeatures[][] {{damage, fund}, {fund, damage}}) {
            assertFalse(figures(pair[0], pair[1]), between(pair[0], pair[1]).toString());
        }
    }

    @Test
    void twoSumsForOneFundAreStillDifferentFigures() {
        ClaimFeatures mayor = claim(1, "The harbour fund will hold $550 billion, the mayor said", "Mayor");
        ClaimFeatures council = claim(2, "The harbour fund will hold $400 billion, the council said", "Council");
        assertTrue(figures(mayor, council), between(mayor, council).toString());
    }
}
