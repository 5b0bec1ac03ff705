package org.claimbench.analysis.contradiction.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Boosted stumps over pair features, on tiny sets written for the test. */
class BoostedStumpsTest {

    private static final List<String> NAMES = List.of("gap", "noise");

    /** Conflicts lie in a band of the first feature (between 3 and 6): no single weight on it separates them, two stumps do. */
    private static final double[][] X = {{4, 1}, {5, 0}, {4.5, 1}, {5.5, 0}, {1, 1}, {2, 0}, {1.5, 1}, {8, 0}, {9, 1}, {7.5, 0}, {2.5, 1}, {8.5, 0}};
    private static final boolean[] Y = {true, true, true, true, false, false, false, false, false, false, false, false};

    @Test
    void aBandOfOneFeatureIsLearnedWhereAWeightCannotLearnIt() {
        BoostedStumps b = BoostedStumps.train(NAMES, X, Y, 60, 0.3, 0.1);
        double lowestConflict = 1;
        double highestOther = 0;
        for (int i = 0; i < X.length; i++) {
            double s = b.score(X[i]);
            lowestConflict = Y[i] ? Math.min(lowestConflict, s) : lowestConflict;
            highestOther = Y[i] ? highestOther : Math.max(highestOther, s);
        }
        assertTrue(lowestConflict > highestOther, b.write());
        assertTrue(b.score(new double[] {4.8, 0.5}) > 0.5 && b.score(new double[] {0, 0.5}) < 0.5 && b.score(new double[] {10, 0.5}) < 0.5, b.write());
        StandardisedRanker line = StandardisedRanker.train(NAMES, X, Y, 0.01, 500, false);
        assertTrue(line.score(X[0]) < line.score(X[8]) || line.score(X[3]) < line.score(X[4]), "one weight ranks a non-conflict over a conflict");
    }

    @Test
    void twoRunsFitTheSameStumps() {
        assertEquals(BoostedStumps.train(NAMES, X, Y, 40, 0.1, 1).write(), BoostedStumps.train(NAMES, X, Y, 40, 0.1, 1).write());
    }

    @Test
    void aRowOfAnotherWidthIsRefused() {
        BoostedStumps b = BoostedStumps.train(NAMES, X, Y, 5, 0.1, 1);
        assertThrows(IllegalArgumentException.class, () -> b.score(new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> BoostedStumps.train(NAMES, X, new boolean[] {true}, 5, 0.1, 1));
    }
}
