package org.claimbench.analysis.contradiction.ranking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimbench.analysis.contradiction.ClaimFacts;
import org.claimbench.analysis.contradiction.ClaimReading;
import org.claimbench.analysis.meaning.MeaningVector;
import org.junit.jupiter.api.Test;

/** Vector features of a pair among a set of claims, on vectors made up for the test (no model needed). */
class MeaningFeaturesTest {

    /** A unit vector mostly along dimension {@code axis}, a little along {@code lean}. */
    private static MeaningVector near(int axis, int lean, float by) {
        float[] v = new float[MeaningVector.DIMENSIONS];
        v[axis] = 1;
        v[lean] = by;
        return MeaningVector.of(v);
    }

    private static ClaimFacts claim(long id, long article, MeaningVector v) {
        return new ClaimFacts(id, article, 0, 5, "words", "", "Press", "", List.of(), ClaimReading.NONE, v);
    }

    @Test
    void mutualNearestNeighboursAcrossArticlesScoreOneAndAFartherClaimLess() {
        List<ClaimFacts> claims = List.of(claim(1, 10, near(0, 1, 0.1f)), claim(2, 20, near(0, 2, 0.1f)), claim(3, 20, near(5, 0, 0.3f)),
                claim(4, 30, near(5, 6, 0.1f)));
        MeaningFeatures m = new MeaningFeatures(claims);
        double[] close = m.of(1, 2);
        assertEquals(1, close[MeaningFeatures.NAMES.indexOf("neighbour rank, nearer")], 1e-9);
        assertEquals(1, close[MeaningFeatures.NAMES.indexOf("neighbour rank, farther")], 1e-9, "each is the other's nearest");
        double[] far = m.of(1, 4);
        assertTrue(far[MeaningFeatures.NAMES.indexOf("neighbour rank, farther")] < 1, "claim 4 has a nearer neighbour than claim 1");
        assertTrue(far[MeaningFeatures.NAMES.indexOf("sign disagreement")] == 0 && far[MeaningFeatures.NAMES.indexOf("mean |u-v|")]
                > close[MeaningFeatures.NAMES.indexOf("mean |u-v|")]);
        assertTrue(close[MeaningFeatures.NAMES.indexOf("top-10 share of u·v")] > 0.99, "one dimension carries their likeness");
    }

    @Test
    void eachClaimIsReadAgainstTheOtherArticlesLeadAndAnArticleWithoutALeadReadsZero() {
        List<ClaimFacts> claims = List.of(claim(1, 10, near(0, 1, 0.1f)), claim(2, 20, near(5, 6, 0.1f)), claim(3, 30, near(5, 0, 0.2f)));
        MeaningFeatures m = new MeaningFeatures(claims, java.util.Map.of(20L, near(0, 1, 0.1f), 10L, near(7, 8, 0.1f)));
        double[] x = m.of(1, 2);
        assertEquals(1, x[MeaningFeatures.NAMES.indexOf("cosine to the other lead, higher")], 0.02, "claim 1 says what article 20's lead says");
        assertEquals(0, x[MeaningFeatures.NAMES.indexOf("cosine to the other lead, lower")], 0.02, "claim 2 has nothing of article 10's lead");
        assertEquals(0, m.of(1, 3)[MeaningFeatures.NAMES.indexOf("cosine to the other lead, lower")], 1e-9, "article 30 has no lead given");
    }

    @Test
    void aPairWithAVectorMissingReadsZero() {
        List<ClaimFacts> claims = List.of(claim(1, 10, near(0, 1, 0.1f)), claim(2, 20, MeaningVector.ABSENT));
        assertArrayEquals(new double[MeaningFeatures.NAMES.size()], new MeaningFeatures(claims).of(1, 2));
    }
}
