package org.claimbench.analysis.meaning;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The cells of a {@link NeighbourIndex}: a spherical k-means (Dhillon and Modha 2001) on a sample of the vectors,
 * each less the vectors' mean. Each sample vector is assigned to the centroid of largest dot product among the
 * {@value #ASSIGN_SHORTLIST} nearest by sign code; each centroid becomes the direction of its members' sum.
 */
final class SphericalKMeans {

    private SphericalKMeans() {
    }

    /**
     * k unit centroids of the present vectors less their mean, from a sample of 12 a centroid: {@code rounds} rounds
     * of assignment and averaging. The same vectors give the same centroids (a fixed seed).
     */
    static float[][] centroids(List<MeaningVector> vectors, float[] mean, int k, int rounds) {
        List<Integer> present = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            if (vectors.get(i).present()) {
                present.add(i);
            }
        }
        Random random = new Random(42);
        java.util.Collections.shuffle(present, random);
        List<Integer> chosen = present.subList(0, Math.min(present.size(), k * 12));
        // The sample centred once; the rounds then only add and multiply floats.
        float[][] sample = new float[chosen.size()][];
        for (int s = 0; s < sample.length; s++) {
            sample[s] = NeighbourIndex.centred(vectors.get(chosen.get(s)), mean);
        }
        float[][] centroids = new float[k][];
        for (int c = 0; c < k; c++) {
            centroids[c] = sample[c].clone();
        }
        int[] assigned = new int[sample.length];
        long[][] sampleCodes = new long[sample.length][];
        for (int s = 0; s < sample.length; s++) {
            sampleCodes[s] = NeighbourIndex.code(sample[s]);
        }
        long[][] centroidCodes = new long[k][];
        for (int r = 0; r < rounds; r++) {
            for (int c = 0; c < k; c++) {
                centroidCodes[c] = NeighbourIndex.code(centroids[c]);
            }
            // Each sample vector's centroid on all cores (each depends on that vector and the centroids alone).
            IntStream.range(0, sample.length).parallel().forEach(s -> assigned[s] = nearestCentroid(sample[s], sampleCodes[s], centroids, centroidCodes));
            float[][] sums = new float[k][MeaningVector.DIMENSIONS];
            int[] counts = new int[k];
            for (int s = 0; s < sample.length; s++) {
                float[] x = sample[s];
                counts[assigned[s]]++;
                float[] sum = sums[assigned[s]];
                for (int i = 0; i < x.length; i++) {
                    sum[i] += x[i];
                }
            }
            for (int c = 0; c < k; c++) {
                if (counts[c] > 0) {
                    // Spherical: the direction of the sum (lengths do not matter to a dot product's argmax of unit centroids).
                    float norm = 0;
                    for (float v : sums[c]) {
                        norm += v * v;
                    }
                    norm = (float) Math.sqrt(norm);
                    for (int i = 0; i < sums[c].length; i++) {
                        sums[c][i] /= norm == 0 ? 1 : norm;
                    }
                    centroids[c] = sums[c];
                }
            }
        }
        return centroids;
    }

    /** The centroid of largest dot product with x among the {@value #ASSIGN_SHORTLIST} nearest to its code (the first of equals). */
    private static int nearestCentroid(float[] x, long[] code, float[][] centroids, long[][] centroidCodes) {
        int best = 0;
        float bestDot = -Float.MAX_VALUE;
        // The nearest centroids by code first (six words against 384 floats); the dot product decides among them.
        for (int c : nearestCodes(code, centroidCodes, ASSIGN_SHORTLIST)) {
            float[] ce = centroids[c];
            float d0 = 0;
            float d1 = 0;
            float d2 = 0;
            float d3 = 0;
            for (int i = 0; i < x.length; i += 4) {
                d0 += x[i] * ce[i];
                d1 += x[i + 1] * ce[i + 1];
                d2 += x[i + 2] * ce[i + 2];
                d3 += x[i + 3] * ce[i + 3];
            }
            float dot = d0 + d1 + d2 + d3;
            if (dot > bestDot) {
                bestDot = dot;
                best = c;
            }
        }
        return best;
    }

    /** How many centroids nearest by code a k-means sample's dot product is computed with. */
    private static final int ASSIGN_SHORTLIST = 8;

    /** The indexes of the n codes nearest to code by Hamming distance, in no particular order. */
    private static int[] nearestCodes(long[] code, long[][] among, int n) {
        if (among.length <= n) {
            int[] all = new int[among.length];
            for (int c = 0; c < all.length; c++) {
                all[c] = c;
            }
            return all;
        }
        int[] d = new int[among.length];
        for (int c = 0; c < among.length; c++) {
            d[c] = NeighbourIndex.hamming(code, among[c]);
        }
        // The n-th smallest distance by counting (distances are 0..384), then the first n at or below it.
        int[] count = new int[MeaningVector.DIMENSIONS + 2];
        for (int x : d) {
            count[x]++;
        }
        int limit = 0;
        for (int seen = 0; limit < count.length; limit++) {
            seen += count[limit];
            if (seen >= n) {
                break;
            }
        }
        int[] out = new int[n];
        int taken = 0;
        for (int c = 0; c < among.length && taken < n; c++) {
            if (d[c] < limit) {
                out[taken++] = c;
            }
        }
        for (int c = 0; c < among.length && taken < n; c++) {
            if (d[c] == limit) {
                out[taken++] = c;
            }
        }
        return out;
    }
}
