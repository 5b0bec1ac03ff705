package org.claimbench.analysis.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.claimbench.analysis.meaning.MeaningVector;

/**
 * Groups claims by meaning, for topics a user then names: the claims' sentence vectors (all-MiniLM-L6-v2, {@link
 * MeaningVector}) less their mean, clustered by agglomerative clustering with average linkage on cosine distance ({@link
 * AverageLinkage}), the dendrogram cut at the distance {@link #CUT} (as scikit-learn's {@code AgglomerativeClustering(
 * linkage="average", metric="cosine", distance_threshold=…)} does): two clusters stay apart when their claims' mean
 * cosine, after centring, is under {@code 1 − CUT}. Clusters of fewer than {@link #MIN_SIZE} claims are not groups: their
 * claims are "not grouped". Each group lists its least sure claims first (their silhouettes, Rousseeuw 1987).
 *
 * <p>Why the mean is taken off: the claims of a workspace mostly report one event, and their vectors share a large common
 * part (the event's words), which makes any two claims look alike (cosines of 0.4–0.6 across questions, docs/window.md,
 * "Stop 50, round student50"); what is left after centring is what sets a claim apart from the others, and distances after
 * centring have a like spread from one set of claims to another. Measured on our own claims of two invented events
 * ({@code MeaningGroupsTest}; docs/window.md, "Stop 51, round topics51"), where a number of groups chosen by the mean
 * silhouette (Rousseeuw 1987) was tried and not kept: it chose 2 groups for 5 questions.
 *
 * <p>Time and memory O(n²) (an n × n matrix of doubles: 2,000 claims take 32 MB); callers limit n ({@link #MAX_CLAIMS}).
 * Pure, thread-safe (no state), for a background thread.
 */
public final class MeaningGroups {

    /** The least number of claims a group has; smaller clusters are left "not grouped". */
    public static final int MIN_SIZE = 3;
    /**
     * The cosine distance (after centring) at which the dendrogram is cut, chosen on our claims of two events (so not held
     * out): on 35 of one summit in five questions, any cut from 0.923 to 0.966 makes 7 clusters (28 claims in a group of
     * their question, the most of any cut); on 25 of a dock strike, any cut from 0.957 to 0.969 makes 8 (16 claims; 15 at
     * 9 clusters, cut at 0.913 to 0.957). MeaningGroupsTest.
     */
    public static final double CUT = 0.96;
    /** The most claims grouped at once (the distance matrix grows with the square). */
    public static final int MAX_CLAIMS = 2000;

    /**
     * The grouping: each group's claims by their places in the input, the least sure first (by their silhouette, {@link
     * #silhouettes}: a claim nearly as near another group, the likeliest to be misplaced, is the first a user checks); largest
     * group first, then by first place; the places of the claims not grouped (by place), and the number of clusters the cut made (groups and the small clusters together).
     */
    public record Grouping(List<List<Integer>> groups, List<Integer> notGrouped, int clusters) {
    }

    private MeaningGroups() {
    }

    /**
     * Groups the vectors given (all present, at most {@link #MAX_CLAIMS}; IllegalArgumentException otherwise). Fewer than
     * {@code 2 × MIN_SIZE} claims make no groups (centring leaves too little): all are "not grouped".
     */
    public static Grouping group(List<MeaningVector> vectors) {
        int n = vectors.size();
        if (n > MAX_CLAIMS) {
            throw new IllegalArgumentException(n + " claims are more than the " + MAX_CLAIMS + " grouped at once");
        }
        if (vectors.stream().anyMatch(v -> !v.present())) {
            throw new IllegalArgumentException("a claim's vector is not read yet");
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        if (n < 2 * MIN_SIZE) {
            return new Grouping(List.of(), all, n == 0 ? 0 : 1);
        }
        double[][] distances = cosineDistances(centred(vectors));
        double[][] work = new double[n][];
        for (int i = 0; i < n; i++) {
            work[i] = distances[i].clone();
        }
        List<AverageLinkage.Merge> merges = AverageLinkage.merges(work);
        int below = (int) merges.stream().filter(m -> m.height() < CUT).count();
        int k = n - below;
        int[] labels = AverageLinkage.cut(n, merges, k);
        List<List<Integer>> clusters = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            clusters.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            clusters.get(labels[i]).add(i);
        }
        double[] silhouette = silhouettes(distances, labels, k);
        List<List<Integer>> groups = new ArrayList<>();
        List<Integer> notGrouped = new ArrayList<>();
        for (List<Integer> c : clusters) {
            if (c.size() >= MIN_SIZE) {
                c.sort(Comparator.<Integer>comparingDouble(i -> silhouette[i]).thenComparingInt(i -> i));
                groups.add(List.copyOf(c));
            } else {
                notGrouped.addAll(c);
            }
        }
        groups.sort(Comparator.<List<Integer>>comparingInt(List::size).reversed().thenComparingInt(g -> g.stream().mapToInt(i -> i).min().orElse(0)));
        notGrouped.sort(null);
        return new Grouping(List.copyOf(groups), List.copyOf(notGrouped), k);
    }

    /**
     * Each point's silhouette (Rousseeuw 1987): with a its mean distance to the other points of its cluster and b the least
     * mean distance to the points of another cluster, (b − a) / max(a, b); 0 for a point alone in its cluster. Low: the
     * point lies nearly as near another cluster as its own.
     */
    static double[] silhouettes(double[][] distances, int[] labels, int k) {
        int n = labels.length;
        int[] size = new int[k];
        for (int l : labels) {
            size[l]++;
        }
        double[] out = new double[n];
        double[] sum = new double[k];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(sum, 0);
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    sum[labels[j]] += distances[i][j];
                }
            }
            int own = labels[i];
            if (size[own] <= 1 || k < 2) {
                continue;
            }
            double a = sum[own] / (size[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own && size[c] > 0) {
                    b = Math.min(b, sum[c] / size[c]);
                }
            }
            double m = Math.max(a, b);
            out[i] = m == 0 ? 0 : (b - a) / m;
        }
        return out;
    }

    /** Each vector less the vectors' mean, as doubles, normalised to unit length (a zero vector stays zero). */
    static double[][] centred(List<MeaningVector> vectors) {
        int n = vectors.size();
        int dims = vectors.get(0).size();
        double[] mean = new double[dims];
        for (MeaningVector v : vectors) {
            for (int d = 0; d < dims; d++) {
                mean[d] += v.value(d) / n;
            }
        }
        double[][] out = new double[n][dims];
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (int d = 0; d < dims; d++) {
                out[i][d] = vectors.get(i).value(d) - mean[d];
                norm += out[i][d] * out[i][d];
            }
            norm = Math.sqrt(norm);
            for (int d = 0; d < dims && norm > 0; d++) {
                out[i][d] /= norm;
            }
        }
        return out;
    }

    /** 1 − cosine of each pair of unit (or zero) vectors, clamped to [0, 2]. */
    static double[][] cosineDistances(double[][] unit) {
        int n = unit.length;
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double dot = 0;
                for (int k = 0; k < unit[i].length; k++) {
                    dot += unit[i][k] * unit[j][k];
                }
                double v = Math.max(0, Math.min(2, 1 - dot));
                d[i][j] = v;
                d[j][i] = v;
            }
        }
        return d;
    }
}
