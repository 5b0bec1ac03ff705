package org.claimbench.analysis.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The beam's threshold is the value OpenNLP's BeamSearch reads from its sorted copy of the scores. */
class LemmaBeamTest {

    private static double sortedThreshold(double[] scores, int size) {
        double[] copy = scores.clone();
        Arrays.sort(copy);
        return copy[Math.max(0, copy.length - size)];
    }

    @Test
    void theThresholdIsTheSizeThHighestScoreCountingTiesAsTheSortedCopyDoes() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            int n = 1 + random.nextInt(12);
            int size = 1 + random.nextInt(4);
            double[] scores = new double[n];
            for (int i = 0; i < n; i++) {
                // Few distinct values, so that ties are common.
                scores[i] = random.nextInt(4) / 4.0;
            }
            assertEquals(sortedThreshold(scores, size), LemmaBeam.threshold(scores, new double[size]), 0.0, Arrays.toString(scores) + " " + size);
        }
        assertEquals(0.5, LemmaBeam.threshold(new double[] {0.5, 0.9, 0.5, 0.1}, new double[3]), 0.0);
        assertEquals(0.1, LemmaBeam.threshold(new double[] {0.3, 0.1}, new double[3]), 0.0, "fewer scores than the beam: the lowest");
    }
}
