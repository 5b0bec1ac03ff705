package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Which side's denial answers which other side's assertion, within one event, and those pairs as candidates
 * ({@link SideDenial} reads only these). A denial answers a claim of the other side, and of that side's assertions of the
 * event the one it answers is the one nearest to it in meaning; an assertion is answered, in turn, by the nearest denial of
 * each other side. So a denial and an assertion of two sides are paired when, of the other side's claims of the opposite
 * kind, either is the other's nearest by the cosine of their vectors (at least {@link SideDenial#LIKENESS}): one pair a side
 * and a claim, whatever the event's size. Neither shared words nor each claim's five nearest of all other accounts
 * ({@link EventNeighbours}, the outlet's claims among them) reach these pairs: the two sides' words for one act differ ("no
 * shot was fired" / "kept shooting").
 *
 * <p>A denial looks through its group (the claims of its event and those of no known event, at most
 * {@link EventNeighbours#MAX_GROUP}), at most that many cosines a denial. Sets each claim's {@link ClaimFeatures#sideAnswers}.
 */
final class SideDenialPairs {

    private SideDenialPairs() {
    }

    /**
     * For each claim i (by index in features), the pairs found (claim indexes, as {@link EventNeighbours#of} gives them) with
     * the claims it answers or is answered by added; groupOf gives claim i's group (null when it has none).
     */
    static int[][] added(int[][] found, List<ClaimFeatures> features, IntFunction<int[]> groupOf) {
        int n = features.size();
        byte[] part = new byte[n];
        for (int i = 0; i < n; i++) {
            part[i] = part(features.get(i));
            features.get(i).sideAnswers = new long[0];
        }
        // Each denial's assertions alike enough, with their cosines (one row a denial, made on all cores).
        int[][] alike = new int[n][];
        double[][] alikeCosine = new double[n][];
        Spread.run(0, n, (thread, i) -> {
            int[] group = part[i] == DENIAL ? groupOf.apply(i) : null;
            if (group == null) {
                return;
            }
            ClaimFeatures d = features.get(i);
            List<Integer> met = new ArrayList<>();
            List<Double> cosines = new ArrayList<>();
            for (int j : group) {
                if (part[j] == ASSERTION && !d.facts.source().equals(features.get(j).facts.source()) && SideDenial.ofOneKnownEvent(d, features.get(j))) {
                    double c = d.facts.vector().cosine(features.get(j).facts.vector());
                    if (c >= SideDenial.LIKENESS) {
                        met.add(j);
                        cosines.add(c);
                    }
                }
            }
            alike[i] = met.stream().mapToInt(Integer::intValue).toArray();
            alikeCosine[i] = cosines.stream().mapToDouble(Double::doubleValue).toArray();
        });
        // Each claim's nearest of the opposite kind per other side: a denial's among its row, an assertion's among the rows
        // that hold it (claim order and index order break ties, so the result is the same on any number of cores).
        Map<Integer, Map<String, Integer>> best = new HashMap<>();
        Map<Integer, Map<String, Double>> bestCosine = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (int t = 0; alike[i] != null && t < alike[i].length; t++) {
                int j = alike[i][t];
                double c = alikeCosine[i][t];
                keepNearest(best, bestCosine, i, features.get(j).facts.source(), j, c);
                keepNearest(best, bestCosine, j, features.get(i).facts.source(), i, c);
            }
        }
        List<int[]> pairs = new ArrayList<>();
        best.forEach((i, bySide) -> bySide.values().forEach(j -> pairs.add(new int[] {i, j})));
        Map<Integer, List<Long>> answers = new HashMap<>();
        int[][] out = found.clone();
        for (int[] p : pairs) {
            for (int k = 0; k < 2; k++) {
                int i = p[k];
                int j = p[1 - k];
                answers.computeIfAbsent(i, x -> new ArrayList<>()).add(features.get(j).facts.id());
            }
            int[] row = java.util.Arrays.copyOf(out[p[0]], out[p[0]].length + 1);
            row[row.length - 1] = p[1];
            out[p[0]] = row;
        }
        answers.forEach((i, ids) -> features.get(i).sideAnswers = ids.stream().mapToLong(Long::longValue).distinct().sorted().toArray());
        return out;
    }

    private static void keepNearest(Map<Integer, Map<String, Integer>> best, Map<Integer, Map<String, Double>> bestCosine, int i,
                                    String side, int j, double c) {
        Map<String, Double> cosines = bestCosine.computeIfAbsent(i, x -> new HashMap<>());
        Double had = cosines.get(side);
        if (had == null || c > had) {
            cosines.put(side, c);
            best.computeIfAbsent(i, x -> new HashMap<>()).put(side, j);
        }
    }

    /**
     * The ids of the claims of group (a's event's claims, a itself left out) that a claim added to a built index answers or
     * is answered by; their {@link ClaimFeatures#sideAnswers} and a's own are set (an earlier answer stays: a built index is
     * not rebuilt around one claim).
     */
    static List<Long> among(ClaimFeatures a, Collection<ClaimFeatures> group) {
        List<Long> ids = new ArrayList<>();
        byte own = part(a);
        if (own == NONE) {
            return ids;
        }
        byte opposite = own == DENIAL ? ASSERTION : DENIAL;
        Map<String, ClaimFeatures> nearest = new HashMap<>();
        Map<String, Double> nearestCosine = new HashMap<>();
        for (ClaimFeatures f : group) {
            if (part(f) != opposite || f.facts.source().equals(a.facts.source()) || !SideDenial.ofOneKnownEvent(a, f)) {
                continue;
            }
            double c = a.facts.vector().cosine(f.facts.vector());
            if (c < SideDenial.LIKENESS) {
                continue;
            }
            Double had = nearestCosine.get(f.facts.source());
            if (had == null || c > had) {
                nearestCosine.put(f.facts.source(), c);
                nearest.put(f.facts.source(), f);
            }
            // a answers f, or is answered by it, when no claim of a's side and kind in the group is nearer to f.
            boolean nearestToF = true;
            for (ClaimFeatures g : group) {
                if (g != f && part(g) == own && g.facts.source().equals(a.facts.source()) && SideDenial.ofOneKnownEvent(f, g)
                        && f.facts.vector().cosine(g.facts.vector()) > c) {
                    nearestToF = false;
                    break;
                }
            }
            if (nearestToF) {
                ids.add(f.facts.id());
            }
        }
        nearest.values().forEach(f -> ids.add(f.facts.id()));
        List<Long> distinct = ids.stream().distinct().sorted().toList();
        a.sideAnswers = distinct.stream().mapToLong(Long::longValue).toArray();
        for (ClaimFeatures f : group) {
            if (distinct.contains(f.facts.id())) {
                long[] had = f.sideAnswers;
                long[] now = java.util.Arrays.copyOf(had, had.length + 1);
                now[had.length] = a.facts.id();
                java.util.Arrays.sort(now);
                f.sideAnswers = now;
            }
        }
        return distinct;
    }

    /** Whether two claims answer each other so ({@link #added}, {@link #among}). */
    static boolean answer(ClaimFeatures a, ClaimFeatures b) {
        return java.util.Arrays.binarySearch(a.sideAnswers, b.facts.id()) >= 0 || java.util.Arrays.binarySearch(b.sideAnswers, a.facts.id()) >= 0;
    }

    private static final byte NONE = 0;
    private static final byte DENIAL = 1;
    private static final byte ASSERTION = 2;

    /** A claim's part: a side's denial, a side's assertion, or neither (or it has no vector). */
    private static byte part(ClaimFeatures f) {
        if (!f.facts.vector().present() || !SideDenial.side(f)) {
            return NONE;
        }
        return SideDenial.denial(f) != null ? DENIAL : SideDenial.asserts(f) ? ASSERTION : NONE;
    }
}
