package org.claimbench.analysis.meaning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Nearest neighbours among sentence vectors without comparing every pair: an inverted file
 * (Jégou, Douze and Schmid 2011, as in FAISS's IVF): a k-means of a sample cuts the space into
 * about √n cells; each vector is compared only with the members of its nearest cells, first by the
 * Hamming distance of 384-bit sign codes (the signs of the vector less the mean: Charikar's
 * random-hyperplane estimate of the angle, 64 bits a word) and then, for the closest few, by
 * cosine. Below {@value #EXACT_BELOW} vectors every pair's codes are compared. The work grows as
 * n√n, not n². Vectors that are {@link MeaningVector#ABSENT} take part in nothing. The build
 * spreads its per-vector work over the common fork-join pool; once built, the index is only read,
 * so look-ups may run on several threads at once.
 */
public final class NeighbourIndex {

    /** Below this many vectors, every pair's codes are compared (cheaper than clustering). */
    static final int EXACT_BELOW = 3000;
    /** Cells probed per vector. */
    private static final int PROBES = 5;
    /** How many of the closest codes are compared by cosine, per neighbour wanted. */
    private static final int SHORTLIST_PER_NEIGHBOUR = 4;

    private final List<MeaningVector> vectors;
    private final float[] mean = new float[MeaningVector.DIMENSIONS];
    private final long[][] codes;
    /** Per cell, the vectors in it; per vector, its cells by closeness (PROBES of them). */
    private final int[][] cells;
    private final int[][] cellsOf;
    private final long[][] cellCodes;
    /**
     * The members' codes of each cell laid end to end (WORDS longs each, in the order of cells[c]),
     * or of all vectors in exact mode: a probe reads memory in order instead of chasing one small
     * array per vector (at 100,000 vectors that was most of the time).
     */
    private final long[][] cellMemberCodes;
    private static final int WORDS = (MeaningVector.DIMENSIONS + 63) / 64;

    /** One neighbour of a vector: its index and their cosine. */
    public record Neighbour(int index, double cosine) {
    }

    public NeighbourIndex(List<MeaningVector> vectors) {
        this.vectors = List.copyOf(vectors);
        int present = 0;
        for (MeaningVector v : vectors) {
            if (v.present()) {
                present++;
                for (int i = 0; i < mean.length; i++) {
                    mean[i] += v.value(i);
                }
            }
        }
        for (int i = 0; i < mean.length; i++) {
            mean[i] /= Math.max(1, present);
        }
        codes = new long[vectors.size()][];
        // Each vector's code, and below its cells, on all cores: each depends on that vector alone (and the mean, the centroids).
        IntStream.range(0, codes.length).parallel().forEach(i -> codes[i] = this.vectors.get(i).present() ? code(this.vectors.get(i)) : null);
        if (present < EXACT_BELOW) {
            cells = null;
            cellsOf = null;
            cellCodes = null;
            long[] all = new long[codes.length * WORDS];
            for (int i = 0; i < codes.length; i++) {
                if (codes[i] != null) {
                    System.arraycopy(codes[i], 0, all, i * WORDS, WORDS);
                }
            }
            cellMemberCodes = new long[][] {all};
        } else {
            float[][] centroids = SphericalKMeans.centroids(this.vectors, mean, (int) Math.round(Math.sqrt(present)), 4);
            cellCodes = new long[centroids.length][];
            for (int c = 0; c < centroids.length; c++) {
                cellCodes[c] = code(centroids[c]);
            }
            cellsOf = new int[vectors.size()][];
            List<List<Integer>> members = new ArrayList<>();
            for (int c = 0; c < centroids.length; c++) {
                members.add(new ArrayList<>());
            }
            IntStream.range(0, codes.length).parallel().forEach(i -> cellsOf[i] = codes[i] == null ? null : closestCells(codes[i], PROBES));
            for (int i = 0; i < codes.length; i++) {
                if (codes[i] != null) {
                    members.get(cellsOf[i][0]).add(i);
                }
            }
            cells = new int[centroids.length][];
            cellMemberCodes = new long[centroids.length][];
            for (int c = 0; c < centroids.length; c++) {
                cells[c] = members.get(c).stream().mapToInt(Integer::intValue).toArray();
                long[] flat = new long[cells[c].length * WORDS];
                for (int m = 0; m < cells[c].length; m++) {
                    System.arraycopy(codes[cells[c][m]], 0, flat, m * WORDS, WORDS);
                }
                cellMemberCodes[c] = flat;
            }
        }
    }

    /** How many vectors the index holds (absent ones included). */
    public int size() {
        return vectors.size();
    }

    /**
     * Every vector's index once (absent ones last), in the order to look them all up in: those whose nearest cell is the
     * same come together, so a run of look-ups reads the same few cells' codes and vectors while the processor's caches
     * hold them. In index order, at 100,000 vectors, a shortlist's cosine took about four times as long as with its two
     * vectors in the cache. The order changes no look-up's answer.
     */
    public int[] lookUpOrder() {
        int[] out = new int[codes.length];
        int at = 0;
        if (cells == null) {
            for (int i = 0; i < codes.length; i++) {
                if (codes[i] != null) {
                    out[at++] = i;
                }
            }
        } else {
            for (int[] members : cells) {
                System.arraycopy(members, 0, out, at, members.length);
                at += members.length;
            }
        }
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] == null) {
                out[at++] = i;
            }
        }
        return out;
    }

    /** The k nearest other vectors of vector i with a cosine of at least min, closest first. */
    public List<Neighbour> neighbours(int i, int k, double min) {
        if (codes[i] == null) {
            return List.of();
        }
        return nearest(vectors.get(i), codes[i], i, k, min);
    }

    /** The k nearest vectors of the index to any vector (one not in it, e.g. a new claim's). */
    public List<Neighbour> nearest(MeaningVector v, int k, double min) {
        return v.present() ? nearest(v, code(v), -1, k, min) : List.of();
    }

    private List<Neighbour> nearest(MeaningVector v, long[] code, int self, int k, double min) {
        int shortlist = k * SHORTLIST_PER_NEIGHBOUR;
        // The shortlist by code distance: a bounded binary max-heap kept in two arrays (distance, index).
        int[] dist = new int[shortlist];
        int[] idx = new int[shortlist];
        int size = 0;
        int[] probe = cells == null ? null : (self >= 0 ? cellsOf[self] : closestCells(code, PROBES));
        int lists = probe == null ? 1 : probe.length;
        for (int p = 0; p < lists; p++) {
            int n = probe == null ? codes.length : cells[probe[p]].length;
            long[] flat = cellMemberCodes[probe == null ? 0 : probe[p]];
            for (int m = 0; m < n; m++) {
                int j = probe == null ? m : cells[probe[p]][m];
                if (j == self || codes[j] == null) {
                    continue;
                }
                int d = 0;
                for (int w = 0, at = m * WORDS; w < WORDS; w++, at++) {
                    d += Long.bitCount(code[w] ^ flat[at]);
                }
                if (size < shortlist) {
                    // Sift up.
                    int at = size++;
                    while (at > 0 && dist[(at - 1) >> 1] < d) {
                        dist[at] = dist[(at - 1) >> 1];
                        idx[at] = idx[(at - 1) >> 1];
                        at = (at - 1) >> 1;
                    }
                    dist[at] = d;
                    idx[at] = j;
                } else if (d < dist[0]) {
                    // Replace the farthest and sift down.
                    int at = 0;
                    while (true) {
                        int child = 2 * at + 1;
                        if (child >= size) {
                            break;
                        }
                        if (child + 1 < size && dist[child + 1] > dist[child]) {
                            child++;
                        }
                        if (dist[child] <= d) {
                            break;
                        }
                        dist[at] = dist[child];
                        idx[at] = idx[child];
                        at = child;
                    }
                    dist[at] = d;
                    idx[at] = j;
                }
            }
        }
        // The k best of the shortlist by cosine, closest first, ties in shortlist order (what a stable sort of the whole
        // shortlist then its first k gave): each goes in after those at least as close, and past k falls off.
        int[] best = new int[Math.min(k, size)];
        double[] bestCosine = new double[best.length];
        int kept = 0;
        for (int s = 0; s < size; s++) {
            double c = v.cosine(vectors.get(idx[s]));
            if (c >= min) {
                int at = kept;
                while (at > 0 && Double.compare(c, bestCosine[at - 1]) > 0) {
                    at--;
                }
                if (at < best.length) {
                    int last = Math.min(kept, best.length - 1);
                    System.arraycopy(best, at, best, at + 1, last - at);
                    System.arraycopy(bestCosine, at, bestCosine, at + 1, last - at);
                    best[at] = idx[s];
                    bestCosine[at] = c;
                    kept = Math.min(kept + 1, best.length);
                }
            }
        }
        List<Neighbour> out = new ArrayList<>(kept);
        for (int s = 0; s < kept; s++) {
            out.add(new Neighbour(best[s], bestCosine[s]));
        }
        return out;
    }

    /** The n cells whose codes are nearest, nearest first (a partial selection: n is small). */
    private int[] closestCells(long[] code, int n) {
        int cellsCount = cellCodes.length;
        int[] d = new int[cellsCount];
        for (int c = 0; c < cellsCount; c++) {
            d[c] = hamming(code, cellCodes[c]);
        }
        int[] out = new int[Math.min(n, cellsCount)];
        boolean[] taken = new boolean[cellsCount];
        for (int i = 0; i < out.length; i++) {
            int best = -1;
            for (int c = 0; c < cellsCount; c++) {
                if (!taken[c] && (best < 0 || d[c] < d[best])) {
                    best = c;
                }
            }
            taken[best] = true;
            out[i] = best;
        }
        return out;
    }

    /** A vector less the mean, as floats. */
    static float[] centred(MeaningVector v, float[] mean) {
        float[] x = new float[MeaningVector.DIMENSIONS];
        for (int i = 0; i < x.length; i++) {
            x[i] = v.value(i) - mean[i];
        }
        return x;
    }

    private long[] code(MeaningVector v) {
        return code(centred(v, mean));
    }

    /** The sign code of a vector: bit i set where value i is above 0 (64 a word). */
    static long[] code(float[] x) {
        long[] c = new long[(x.length + 63) / 64];
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0) {
                c[i >> 6] |= 1L << (i & 63);
            }
        }
        return c;
    }

    static int hamming(long[] a, long[] b) {
        int d = 0;
        for (int i = 0; i < a.length; i++) {
            d += Long.bitCount(a[i] ^ b[i]);
        }
        return d;
    }
}
