package org.claimbench.analysis.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Agglomerative hierarchical clustering with average linkage (UPGMA, Sokal and Michener 1958): the distance between two
 * clusters is the mean of the distances between their members. The dendrogram is built by the nearest-neighbour-chain
 * algorithm (Murtagh 1983; Müllner 2011, "Modern hierarchical, agglomerative clustering algorithms", section 3.4), exact
 * for average linkage (a reducible linkage), in O(n²) time on an n × n distance matrix that the clustering updates in
 * place by the Lance–Williams formula. Not thread-safe (one instance, one matrix); pure Java, no I/O.
 */
final class AverageLinkage {

    /** One merge: the clusters holding points {@code a} and {@code b} were joined at {@code height} (their mean distance). */
    record Merge(int a, int b, double height) {
    }

    private AverageLinkage() {
    }

    /**
     * The n − 1 merges of the dendrogram of {@code distances} (n × n, symmetric, zero diagonal; overwritten), lowest first.
     * Each merge names one point of each cluster it joins.
     */
    static List<Merge> merges(double[][] distances) {
        int n = distances.length;
        double[][] d = distances;
        int[] size = new int[n];
        Arrays.fill(size, 1);
        boolean[] active = new boolean[n];
        Arrays.fill(active, true);
        int[] chain = new int[n];
        int length = 0;
        List<Merge> out = new ArrayList<>(Math.max(0, n - 1));
        int remaining = n;
        while (remaining > 1) {
            if (length == 0) {
                int first = 0;
                while (!active[first]) {
                    first++;
                }
                chain[length++] = first;
            }
            int a = chain[length - 1];
            int previous = length >= 2 ? chain[length - 2] : -1;
            // The nearest active cluster to a; the chain's previous cluster wins ties, so the chain ends in a reciprocal pair.
            int b = previous;
            double best = previous >= 0 ? d[a][previous] : Double.POSITIVE_INFINITY;
            for (int x = 0; x < n; x++) {
                if (active[x] && x != a && d[a][x] < best) {
                    best = d[a][x];
                    b = x;
                }
            }
            if (b == previous) {
                length -= 2;
                // Lance–Williams for average linkage: the new cluster's distance to k is the size-weighted mean.
                int into = Math.min(a, b);
                int gone = Math.max(a, b);
                for (int k = 0; k < n; k++) {
                    if (active[k] && k != a && k != b) {
                        double v = (size[a] * d[a][k] + size[b] * d[b][k]) / (size[a] + size[b]);
                        d[into][k] = v;
                        d[k][into] = v;
                    }
                }
                out.add(new Merge(a, b, best));
                size[into] = size[a] + size[b];
                active[gone] = false;
                remaining--;
            } else {
                chain[length++] = b;
            }
        }
        // The chain finds merges out of order; a cut wants them lowest first (stable, so ties keep the order found).
        out.sort(java.util.Comparator.comparingDouble(Merge::height));
        return out;
    }

    /** Cluster labels 0 … k − 1 of n points after the first n − k merges (the dendrogram cut into k clusters). */
    static int[] cut(int n, List<Merge> merges, int k) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int m = 0; m < n - k && m < merges.size(); m++) {
            parent[root(parent, merges.get(m).a())] = root(parent, merges.get(m).b());
        }
        int[] label = new int[n];
        int[] labelOfRoot = new int[n];
        Arrays.fill(labelOfRoot, -1);
        int next = 0;
        for (int i = 0; i < n; i++) {
            int r = root(parent, i);
            if (labelOfRoot[r] < 0) {
                labelOfRoot[r] = next++;
            }
            label[i] = labelOfRoot[r];
        }
        return label;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
