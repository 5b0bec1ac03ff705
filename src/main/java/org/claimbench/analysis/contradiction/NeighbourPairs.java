package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.analysis.meaning.MeaningVector;
import org.claimbench.analysis.meaning.NeighbourIndex;

/**
 * Each claim's nearest neighbours by meaning as pairs ({@link Candidates}' meaning route): for claim i (by index in the
 * list), the later claims among its {@link ContradictionSuggester#NEIGHBOURS} nearest by cosine (at least
 * {@link ContradictionSuggester#NEIGHBOUR_MIN}) or it among theirs, each pair once under its lower index, with its cosine.
 */
final class NeighbourPairs {

    /** For each claim, the later claims (by index) it meets by meaning, and their cosines (same length, same order). */
    final int[][] near;
    final double[][] nearCosine;

    /** The row of a claim with no such pair, shared (at 100,000 claims most claims have none in some route: 16 bytes each). */
    private static final int[] NONE = new int[0];

    private NeighbourPairs(int[][] near, double[][] nearCosine) {
        this.near = near;
        this.nearCosine = nearCosine;
    }

    /** Each neighbour pair of found (claim index to its neighbours) once, under its lower index. */
    static int[][] later(int[][] found) {
        int n = found.length;
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j : found[i]) {
                count[Math.min(i, j)]++;
            }
        }
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            out[i] = count[i] == 0 ? NONE : new int[count[i]];
            count[i] = 0;
        }
        for (int i = 0; i < n; i++) {
            for (int j : found[i]) {
                int lo = Math.min(i, j);
                int hi = Math.max(i, j);
                boolean seen = false;
                for (int m = 0; m < count[lo] && !seen; m++) {
                    seen = out[lo][m] == hi;
                }
                if (!seen) {
                    out[lo][count[lo]++] = hi;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (count[i] < out[i].length) {
                out[i] = count[i] == 0 ? NONE : java.util.Arrays.copyOf(out[i], count[i]);
            }
        }
        return out;
    }

    /**
     * The neighbour pairs among features by their vectors, the phases of finding them ended in {@code phases} when given; their
     * cosines only if {@code cosines} ({@link #nearCosine} null otherwise: at 100,000 claims some 13 MB while the pairs are
     * gathered, only ever read to name a pair's route).
     */
    static NeighbourPairs of(List<ClaimFeatures> features, BuildPhases phases, boolean cosines) {
        int n = features.size();
        int[][] near = new int[n][];
        double[][] nearCosine = cosines ? new double[n][] : null;
        List<MeaningVector> vectors = new ArrayList<>(n);
        boolean any = false;
        for (ClaimFeatures f : features) {
            vectors.add(f.facts.vector());
            any |= f.facts.vector().present();
        }
        if (!any) {
            for (int i = 0; i < n; i++) {
                near[i] = new int[0];
                if (cosines) {
                    nearCosine[i] = new double[0];
                }
            }
            return new NeighbourPairs(near, nearCosine);
        }
        NeighbourIndex index = new NeighbourIndex(vectors);
        if (phases != null) {
            phases.end("neighbour index built");
        }
        // Each claim's neighbours, looked up on all cores in the index's order (the claims of one cell together, so their
        // cells' codes and vectors stay in the caches: a third less time at 100,000 claims), into flat arrays of
        // NEIGHBOURS slots a claim; then every neighbour pair once, in claim order, as (lower index, higher index, cosine).
        int k = ContradictionSuggester.NEIGHBOURS;
        int[] order = index.lookUpOrder();
        int[] found = new int[n * k];
        double[] foundCosine = cosines ? new double[n * k] : null;
        int[] foundCount = new int[n];
        Spread.run(0, n, (thread, q) -> {
            int i = order[q];
            List<NeighbourIndex.Neighbour> own = index.neighbours(i, k, ContradictionSuggester.NEIGHBOUR_MIN);
            for (int t = 0; t < own.size(); t++) {
                found[i * k + t] = own.get(t).index();
                if (cosines) {
                    foundCosine[i * k + t] = own.get(t).cosine();
                }
            }
            foundCount[i] = own.size();
        });
        if (phases != null) {
            phases.end("neighbours looked up");
        }
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < foundCount[i]; t++) {
                count[Math.min(i, found[i * k + t])]++;
            }
        }
        for (int i = 0; i < n; i++) {
            near[i] = count[i] == 0 ? NONE : new int[count[i]];
            if (cosines) {
                nearCosine[i] = new double[count[i]];
            }
            count[i] = 0;
        }
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < foundCount[i]; t++) {
                int lo = Math.min(i, found[i * k + t]);
                int hi = Math.max(i, found[i * k + t]);
                boolean seen = false;
                for (int m = 0; m < count[lo] && !seen; m++) {
                    seen = near[lo][m] == hi;
                }
                if (!seen) {
                    near[lo][count[lo]] = hi;
                    if (cosines) {
                        nearCosine[lo][count[lo]] = foundCosine[i * k + t];
                    }
                    count[lo]++;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (count[i] < near[i].length) {
                near[i] = count[i] == 0 ? NONE : java.util.Arrays.copyOf(near[i], count[i]);
                if (cosines) {
                    nearCosine[i] = java.util.Arrays.copyOf(nearCosine[i], count[i]);
                }
            }
        }
        if (phases != null) {
            phases.end("neighbour pairs gathered");
        }
        return new NeighbourPairs(near, nearCosine);
    }
}
