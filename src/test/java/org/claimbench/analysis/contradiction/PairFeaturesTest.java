package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The features a learned ranking reads of the pairs the engine scores, on claims written for the test. */
class PairFeaturesTest {

    private static double feature(PairFeatures.Featured p, String name) {
        return p.features()[PairFeatures.NAMES.indexOf(name)];
    }

    @Test
    void aFigureAgainstAnotherOfTwoSourcesIsANumericPairOfTwoAccountsWithItsCounts() {
        List<ClaimFacts> claims = List.of(new ClaimFacts(1, 10, "The council met for one hour to discuss the harbour", "Council", "a meeting"),
                new ClaimFacts(2, 20, "The council met for four hours to discuss the harbour", "Press", "a meeting"),
                new ClaimFacts(3, 30, "The council met for six hours to discuss the harbour", "Press", "a meeting"));
        List<PairFeatures.Featured> pairs = new ContradictionSuggester().featured(claims);
        PairFeatures.Featured oneAndFour = pairs.stream().filter(p -> p.suggestion().claimA() == 1 && p.suggestion().claimB() == 2)
                .findFirst().orElseThrow(() -> new AssertionError("one hour against four hours is scored: " + pairs));
        assertEquals(PairFeatures.NAMES.size(), oneAndFour.features().length);
        assertTrue(feature(oneAndFour, "kind numeric") > 0, "different figures of one meeting: " + oneAndFour.suggestion().explanation());
        assertEquals(0, feature(oneAndFour, "kind polarity"));
        assertEquals(1, feature(oneAndFour, "two accounts"));
        assertEquals(0, feature(oneAndFour, "same article"));
        assertEquals(1, feature(oneAndFour, "one press"));
        assertEquals(Math.log1p(2), feature(oneAndFour, "pairs of the busier claim"), 1e-9, "each claim is in two of the three pairs");
        PairFeatures.Featured outlets = pairs.stream().filter(p -> p.suggestion().claimA() == 2 && p.suggestion().claimB() == 3)
                .findFirst().orElseThrow();
        assertEquals(1, feature(outlets, "both press"), "two outlets' own words");
        assertEquals(0, feature(outlets, "one press"));
    }
}
