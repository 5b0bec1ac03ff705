package org.claimbench.analysis.contradiction.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The logistic pair ranker on invented feature vectors: what it learns, and how it is saved and read back. */
class PairRankerTest {

    private static final List<String> NAMES = List.of("signal strength", "same source");

    /** Conflicts have a strong signal and two sources; the rest a weak signal, one source as often as two. */
    private static PairRanker trained() {
        double[][] x = {{0.9, 0}, {0.8, 0}, {0.7, 0}, {0.2, 0}, {0.1, 1}, {0.3, 1}, {0.2, 1}, {0.1, 0}};
        boolean[] y = {true, true, true, false, false, false, false, false};
        return PairRanker.train(NAMES, x, y, 0.01, 3000);
    }

    @Test
    void aStrongPairOfTwoSourcesRanksOverAWeakPairOfOneSource() {
        PairRanker r = trained();
        assertTrue(r.score(new double[] {0.85, 0}) > r.score(new double[] {0.15, 1}), r.write());
        assertTrue(r.weight("signal strength") > 0, "a stronger signal raises the score: " + r.write());
        assertTrue(r.weight("same source") < 0, "one source lowers it here: " + r.write());
    }

    @Test
    void aRankerLearnedToOrderPairsAlsoPutsTheStrongPairFirst() {
        double[][] x = {{0.9, 0}, {0.8, 0}, {0.7, 0}, {0.2, 0}, {0.1, 1}, {0.3, 1}, {0.2, 1}, {0.1, 0}};
        boolean[] y = {true, true, true, false, false, false, false, false};
        PairRanker r = PairRanker.trainPairwise(NAMES, x, y, 0.01, 500);
        assertTrue(r.score(new double[] {0.85, 0}) > r.score(new double[] {0.15, 1}), r.write());
        assertEquals(0, r.bias(), "a ranking reads no bias");
    }

    @Test
    void aSavedRankerReadsBackWithTheSameScores() throws IOException {
        PairRanker r = trained();
        PairRanker back = PairRanker.read(new ByteArrayInputStream(r.write().getBytes(StandardCharsets.UTF_8)), NAMES);
        double[] pair = {0.6, 1};
        assertEquals(r.score(pair), back.score(pair), 1e-5);
        assertEquals(NAMES, back.names());
    }

    @Test
    void aRankerOfOtherFeaturesIsRefusedWithWhatToDo() {
        String saved = trained().write();
        IOException e = assertThrows(IOException.class,
                () -> PairRanker.read(new ByteArrayInputStream(saved.getBytes(StandardCharsets.UTF_8)), List.of("signal strength")));
        assertTrue(e.getMessage().contains("train it again"), e.getMessage());
        IOException bad = assertThrows(IOException.class,
                () -> PairRanker.read(new ByteArrayInputStream("signal strength\tstrong\n".getBytes(StandardCharsets.UTF_8)), NAMES));
        assertTrue(bad.getMessage().contains("Line 1"), bad.getMessage());
    }

    @Test
    void withNothingToLearnFromEveryPairScoresOneHalf() {
        PairRanker r = PairRanker.train(NAMES, new double[0][], new boolean[0], 0.01, 100);
        assertEquals(0.5, r.score(new double[] {0.9, 0}), 1e-12);
    }
}
