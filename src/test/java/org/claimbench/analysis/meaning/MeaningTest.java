package org.claimbench.analysis.meaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MeaningTest {

    @Test
    void theCosineIsTheWholeDotProductOfTheStoredValuesWhateverTheLength() {
        Random random = new Random(3);
        for (int n : new int[] {384, 7, 1}) {
            float[] a = new float[n];
            float[] b = new float[n];
            for (int i = 0; i < n; i++) {
                a[i] = (float) random.nextGaussian();
                b[i] = (float) random.nextGaussian();
            }
            MeaningVector va = MeaningVector.of(a);
            MeaningVector vb = MeaningVector.of(b);
            int dot = 0;
            for (int i = 0; i < n; i++) {
                dot += va.raw()[i] * vb.raw()[i];
            }
            // Every value counts, the last ones past a multiple of four too, and the sum is exact.
            assertEquals(dot * (double) va.scale() * vb.scale(), va.cosine(vb), n + " values");
        }
    }

    @Test
    void aStoredVectorReadsBackAndKeepsItsCosines() {
        Random r = new Random(3);
        float[] a = new float[MeaningVector.DIMENSIONS];
        float[] b = new float[MeaningVector.DIMENSIONS];
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) r.nextGaussian();
            b[i] = a[i] + (float) r.nextGaussian();
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        MeaningVector va = MeaningVector.of(a);
        MeaningVector vb = MeaningVector.fromBytes(MeaningVector.of(b).toBytes());
        assertEquals(388, va.toBytes().length);
        assertEquals(dot / Math.sqrt(na * nb), va.cosine(vb), 0.01);
        assertTrue(Double.isNaN(va.cosine(MeaningVector.ABSENT)));
        assertThrows(IllegalArgumentException.class, () -> MeaningVector.fromBytes(new byte[10]));
    }

    @Test
    void sentencesAlikeInMeaningAreCloserThanSentencesAboutOtherThingsThoughTheyShareNoWord() {
        List<MeaningVector> v = SentenceEncoder.shared().encode(List.of(
                "The strike at the port ended after three days.",
                "Dock workers went back to work following a walkout of 72 hours.",
                "The museum opened a new wing for medieval art."));
        assertTrue(v.get(0).cosine(v.get(1)) > v.get(0).cosine(v.get(2)) + 0.2, v.get(0).cosine(v.get(1)) + " / " + v.get(0).cosine(v.get(2)));
        assertTrue(SentenceEncoder.shared().loaded());
    }

    @Test
    void theInvertedFileFindsMostOfTheExactNearestNeighbours() {
        // Clustered random vectors, as claims about a few dozen topics are.
        Random r = new Random(11);
        int n = 4000;
        float[][] topics = new float[60][MeaningVector.DIMENSIONS];
        for (float[] t : topics) {
            for (int i = 0; i < t.length; i++) {
                t[i] = (float) r.nextGaussian();
            }
        }
        List<MeaningVector> vectors = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            float[] t = topics[r.nextInt(topics.length)];
            float[] x = new float[t.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = t[i] + 0.8f * (float) r.nextGaussian();
            }
            vectors.add(MeaningVector.of(x));
        }
        NeighbourIndex index = new NeighbourIndex(vectors);
        int found = 0;
        int wanted = 0;
        for (int q = 0; q < 100; q++) {
            int i = r.nextInt(n);
            Set<Integer> exact = new HashSet<>();
            List<double[]> all = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    all.add(new double[] {vectors.get(i).cosine(vectors.get(j)), j});
                }
            }
            all.sort((x, y) -> Double.compare(y[0], x[0]));
            for (int k = 0; k < 10; k++) {
                exact.add((int) all.get(k)[1]);
            }
            for (NeighbourIndex.Neighbour nb : index.neighbours(i, 10, -1)) {
                if (exact.contains(nb.index())) {
                    found++;
                }
            }
            wanted += 10;
        }
        assertTrue(found >= 0.8 * wanted, "recall@10 of the index: " + found + " of " + wanted);
    }

    @Test
    void aSmallIndexGivesTheKClosestAboveTheMinimumClosestFirstTiesIncluded() {
        // 30 vectors, every third a copy of the one before (equal cosines to any query): the shortlist (4 per neighbour
        // asked, 40) holds them all, so the answer is the exact k closest of those at least min alike.
        Random r = new Random(3);
        List<MeaningVector> vectors = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            if (k % 3 == 2) {
                vectors.add(vectors.get(k - 1));
                continue;
            }
            float[] x = new float[MeaningVector.DIMENSIONS];
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) r.nextGaussian() + (i < 40 ? 2f : 0f);
            }
            vectors.add(MeaningVector.of(x));
        }
        NeighbourIndex index = new NeighbourIndex(vectors);
        for (int q = 0; q < 30; q++) {
            for (double min : new double[] {-1, 0.3}) {
                List<Double> exact = new ArrayList<>();
                for (int j = 0; j < vectors.size(); j++) {
                    double c = vectors.get(q).cosine(vectors.get(j));
                    if (j != q && c >= min) {
                        exact.add(c);
                    }
                }
                exact.sort((x, y) -> Double.compare(y, x));
                List<NeighbourIndex.Neighbour> found = index.neighbours(q, 10, min);
                assertEquals(exact.subList(0, Math.min(10, exact.size())), found.stream().map(NeighbourIndex.Neighbour::cosine).toList());
                for (NeighbourIndex.Neighbour nb : found) {
                    assertEquals(vectors.get(q).cosine(vectors.get(nb.index())), nb.cosine());
                }
                assertEquals(found.size(), found.stream().map(NeighbourIndex.Neighbour::index).distinct().count());
            }
        }
    }

    @Test
    void theLookUpOrderHoldsEveryVectorOnceWithTheVectorsOfOneCellTogether() {
        // 3,500 vectors around 40 topics (past the exact mode's 3,000: cells), ten of them absent.
        Random r = new Random(5);
        float[][] topics = new float[40][MeaningVector.DIMENSIONS];
        for (float[] t : topics) {
            for (int i = 0; i < t.length; i++) {
                t[i] = (float) r.nextGaussian();
            }
        }
        List<MeaningVector> vectors = new ArrayList<>();
        for (int k = 0; k < 3500; k++) {
            float[] t = topics[r.nextInt(topics.length)];
            float[] x = new float[t.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = t[i] + 0.8f * (float) r.nextGaussian();
            }
            vectors.add(k % 350 == 7 ? MeaningVector.ABSENT : MeaningVector.of(x));
        }
        NeighbourIndex index = new NeighbourIndex(vectors);
        int[] order = index.lookUpOrder();
        assertEquals(vectors.size(), order.length);
        assertEquals(vectors.size(), java.util.Arrays.stream(order).distinct().count());
        for (int q = order.length - 10; q < order.length; q++) {
            assertTrue(!vectors.get(order[q]).present(), "the absent vectors come last");
        }
        // Vectors of one cell come together: their nearest neighbour is mostly next to them in the order, far more often
        // than in index order (a topic in 40 is a vector's neighbour's topic by chance 1 time in 40).
        int nearInOrder = 0;
        int nearInIndexOrder = 0;
        int[] at = new int[order.length];
        for (int q = 0; q < order.length; q++) {
            at[order[q]] = q;
        }
        for (int i = 0; i < vectors.size(); i++) {
            List<NeighbourIndex.Neighbour> nb = index.neighbours(i, 1, -1);
            if (!nb.isEmpty()) {
                nearInOrder += Math.abs(at[i] - at[nb.get(0).index()]) <= 200 ? 1 : 0;
                nearInIndexOrder += Math.abs(i - nb.get(0).index()) <= 200 ? 1 : 0;
            }
        }
        assertTrue(nearInOrder > 2 * nearInIndexOrder, nearInOrder + " neighbours within 200 places in the look-up order, "
                + nearInIndexOrder + " in index order");
    }
}
