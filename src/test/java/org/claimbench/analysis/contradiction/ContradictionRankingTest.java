package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ContradictionRankingTest {

    private static ContradictionSuggestion pair(long a, long b, double score) {
        return new ContradictionSuggestion(a, b, score, List.of(), true, "");
    }

    @Test
    void aClaimsRepeatedPairsMakeRoomForOtherConflictsAndKeepTheirScores() {
        List<ContradictionSuggestion> best = List.of(pair(1, 2, 0.60), pair(1, 3, 0.59), pair(1, 4, 0.58), pair(5, 6, 0.55));
        List<ContradictionSuggestion> shown = ContradictionRanking.forDisplay(best);
        assertEquals(List.of(best.get(0), best.get(3), best.get(1), best.get(2)), shown,
                "claim 1's second and third pairs (0.59 × 0.85, 0.58 × 0.85²) go below the other conflict (0.55)");
        assertEquals(0.59, shown.get(2).score(), 1e-9);
    }

    @Test
    void pairsOfDistinctClaimsKeepTheirOrder() {
        List<ContradictionSuggestion> best = List.of(pair(1, 2, 0.6), pair(3, 4, 0.5), pair(5, 6, 0.4));
        assertEquals(best, ContradictionRanking.forDisplay(best));
    }
}
