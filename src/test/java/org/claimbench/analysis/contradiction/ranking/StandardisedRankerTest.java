package org.claimbench.analysis.contradiction.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The trainer of a learned pair ranking over standardised features, on tiny sets written for the test. */
class StandardisedRankerTest {

    private static final List<String> NAMES = List.of("figures apart", "shared words", "always one");

    /** Conflicts have figures apart (about 40 to 50 on a raw scale far from 0..1); "shared words" is noise; "always one" is constant. */
    private static final double[][] X = {
            {48, 0.2, 1}, {41, 0.9, 1}, {45, 0.5, 1}, {50, 0.1, 1},
            {3, 0.2, 1}, {7, 0.9, 1}, {1, 0.5, 1}, {5, 0.1, 1}, {2, 0.3, 1}, {6, 0.7, 1}};
    private static final boolean[] Y = {true, true, true, true, false, false, false, false, false, false};

    @Test
    void aSeparableSetIsLearnedWhateverTheRawRangeOfItsFeature() {
        StandardisedRanker r = StandardisedRanker.train(NAMES, X, Y, 0.01, 500, false);
        double lowestConflict = Double.MAX_VALUE;
        double highestOther = -Double.MAX_VALUE;
        for (int i = 0; i < X.length; i++) {
            double s = r.score(X[i]);
            if (Y[i]) {
                lowestConflict = Math.min(lowestConflict, s);
            } else {
                highestOther = Math.max(highestOther, s);
            }
        }
        assertTrue(lowestConflict > highestOther, "every conflict over every other pair: " + r.write());
        assertTrue(r.weight("figures apart") > 1, r.write());
        assertTrue(Math.abs(r.weight("shared words")) < r.weight("figures apart") / 4, "noise learns little: " + r.write());
        assertEquals(0, r.weight("always one"), 1e-12, "a feature constant in training reads as 0");
        assertTrue(r.score(new double[] {44, 0.5, 1}) > 0.5 && r.score(new double[] {4, 0.5, 1}) < 0.5);
    }

    @Test
    void thePairwiseObjectiveOrdersTheSameSet() {
        StandardisedRanker r = StandardisedRanker.train(NAMES, X, Y, 0.01, 300, true);
        assertTrue(r.score(X[3]) > r.score(X[7]) && r.score(X[1]) > r.score(X[9]), r.write());
    }

    @Test
    void twoRunsOnTheSamePairsGiveTheSameWeights() {
        assertEquals(StandardisedRanker.train(NAMES, X, Y, 0.01, 700, false).write(), StandardisedRanker.train(NAMES, X, Y, 0.01, 700, false).write());
        assertEquals(StandardisedRanker.train(NAMES, X, Y, 0.1, 200, true).write(), StandardisedRanker.train(NAMES, X, Y, 0.1, 200, true).write());
    }

    @Test
    void rowsOfAnotherWidthAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> StandardisedRanker.train(NAMES, new double[][] {{1, 2}}, new boolean[] {true}, 0.01, 10, false));
        assertThrows(IllegalArgumentException.class, () -> StandardisedRanker.train(NAMES, X, new boolean[] {true}, 0.01, 10, false));
    }
}
