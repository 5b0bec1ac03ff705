package org.claimbench.analysis.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much two articles' leads speak of the same things: the cosine of their tf-idf word vectors
 * (Salton and Buckley 1988), the document frequencies taken over the articles being grouped, so
 * words every article uses ("ceasefire" in a workspace about one war) weigh little and the
 * particulars of one event (its places, its people, its terms) weigh much.
 *
 * <p>{@link #near} finds the leads that may be a given cosine alike without comparing every pair: the prefix filter of
 * all-pairs similarity search (Bayardo, Ma and Srikant 2007, "Scaling up all pairs similarity search").
 */
final class LeadSimilarity {

    /** Of the bound a lead's left-out words may reach, the share used (so rounding in the sums can never matter). */
    private static final double MARGIN = 0.9;

    /**
     * Each lead's word numbers and weights, three ways: in the order its map of word weights iterates (the order
     * {@link #cosine} sums in, kept from when the vectors were maps so every sum is the same double), by word number (to
     * look a word up), and the lightest first (for {@link #near}).
     */
    private final int[][] inOrder;
    private final double[][] inOrderWeights;
    private final int[][] byNumber;
    private final double[][] byNumberWeights;
    private final int[][] words;
    private final double[][] weights;
    /** For each word number, the leads holding it, in order. */
    private final int[][] postings;
    /** Scratch of {@link #near}: the last query that marked each lead. */
    private final int[] marked;
    private int query;

    LeadSimilarity(List<List<String>> leads) {
        Map<String, Integer> df = new HashMap<>();
        for (List<String> words : leads) {
            words.stream().distinct().forEach(w -> df.merge(w, 1, Integer::sum));
        }
        int n = leads.size();
        List<Map<String, Double>> vectors = leads.stream().map(words -> {
            Map<String, Double> tf = new HashMap<>();
            words.forEach(w -> tf.merge(w, 1.0, Double::sum));
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Double> e : tf.entrySet()) {
                double x = (1 + Math.log(e.getValue())) * Math.log((1.0 + n) / df.get(e.getKey()));
                v.put(e.getKey(), x);
                norm += x * x;
            }
            double len = Math.sqrt(norm);
            v.replaceAll((k, x) -> len == 0 ? 0 : x / len);
            return v;
        }).toList();
        Map<String, Integer> numbers = new HashMap<>();
        List<List<Integer>> holders = new ArrayList<>();
        words = new int[n][];
        weights = new double[n][];
        inOrder = new int[n][];
        inOrderWeights = new double[n][];
        byNumber = new int[n][];
        byNumberWeights = new double[n][];
        for (int i = 0; i < n; i++) {
            Map<String, Double> v = vectors.get(i);
            inOrder[i] = new int[v.size()];
            inOrderWeights[i] = new double[v.size()];
            int k = 0;
            for (Map.Entry<String, Double> e : v.entrySet()) {
                inOrder[i][k] = numbers.computeIfAbsent(e.getKey(), w -> {
                    holders.add(new ArrayList<>());
                    return holders.size() - 1;
                });
                inOrderWeights[i][k++] = e.getValue();
            }
            Integer[] order = new Integer[k];
            for (int m = 0; m < k; m++) {
                order[m] = m;
            }
            int[] numbersOfI = inOrder[i];
            Arrays.sort(order, (x, y) -> Integer.compare(numbersOfI[x], numbersOfI[y]));
            byNumber[i] = new int[k];
            byNumberWeights[i] = new double[k];
            for (int m = 0; m < k; m++) {
                byNumber[i][m] = inOrder[i][order[m]];
                byNumberWeights[i][m] = inOrderWeights[i][order[m]];
            }
            List<Map.Entry<String, Double>> entries = new ArrayList<>(v.entrySet());
            entries.removeIf(e -> e.getValue() == 0);
            entries.sort(Map.Entry.comparingByValue());
            words[i] = new int[entries.size()];
            weights[i] = new double[entries.size()];
            for (int m = 0; m < entries.size(); m++) {
                int number = numbers.get(entries.get(m).getKey());
                holders.get(number).add(i);
                words[i][m] = number;
                weights[i][m] = entries.get(m).getValue();
            }
        }
        postings = holders.stream().map(h -> h.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        marked = new int[n];
    }

    /** The cosine of leads i and j: the products of their shared words' weights, summed in the smaller lead's order. */
    double cosine(int i, int j) {
        int a = i;
        int b = j;
        if (inOrder[a].length > inOrder[b].length) {
            a = j;
            b = i;
        }
        int[] mine = inOrder[a];
        double[] w = inOrderWeights[a];
        int[] other = byNumber[b];
        double[] otherWeights = byNumberWeights[b];
        double s = 0;
        for (int k = 0; k < mine.length; k++) {
            int at = Arrays.binarySearch(other, mine[k]);
            if (at >= 0) {
                s += w[k] * otherWeights[at];
            }
        }
        return s;
    }

    /**
     * The leads other than i, in ascending order, among which is every lead whose {@link #cosine} with i is at least
     * {@code threshold} (more may be among them). The lightest words of lead i whose weights' squares sum to under
     * (0.9 × threshold)² are left out of the search: what they share with any unit vector is under 0.9 × threshold
     * (Cauchy–Schwarz), so a lead that shares none of i's other words cannot reach the threshold.
     */
    int[] near(int i, double threshold) {
        query++;
        double budget = MARGIN * threshold * MARGIN * threshold;
        double[] w = weights[i];
        int from = 0;
        for (double sum = 0; from < w.length && sum + w[from] * w[from] <= budget; from++) {
            sum += w[from] * w[from];
        }
        int[] out = new int[16];
        int size = 0;
        for (int k = from; k < w.length; k++) {
            for (int j : postings[words[i][k]]) {
                if (j != i && marked[j] != query) {
                    marked[j] = query;
                    if (size == out.length) {
                        out = Arrays.copyOf(out, 2 * size);
                    }
                    out[size++] = j;
                }
            }
        }
        out = Arrays.copyOf(out, size);
        Arrays.sort(out);
        return out;
    }
}
