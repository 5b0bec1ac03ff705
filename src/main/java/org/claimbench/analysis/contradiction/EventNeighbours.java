package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each claim's nearest claims by meaning among the other accounts of its own event, with no floor of likeness. Two sides'
 * accounts of one event speak of it in their own words ("did an immediate about-face" against "the actions did not intimidate
 * him", cosine 0.46), so the global neighbours, whose floor ({@link ContradictionSuggester#NEIGHBOUR_MIN}, 0.5) keeps the
 * candidates few among all claims, miss them; within one event the other sides' claims are few, and a claim's nearest among
 * them are what it is most likely set against. A claim's group is the claims of its article's event and those of no known
 * event (a claim of no known event: every claim); the route is taken only for a group of at most {@value #MAX_GROUP} claims,
 * so a claim costs at most that many cosines. Another account: another source, or the outlets ("Press") of two articles, as
 * {@link Pair#twoAccounts} reads them. Read only once built: look-ups may run on several threads.
 */
final class EventNeighbours {

    /**
     * How many nearest claims of the other accounts each claim meets (chosen on the development sets: docs/suggestions.md,
     * round 23); further down, to {@link #MUTUAL}, only those it is among the nearest of too (round 25).
     */
    static final int NEIGHBOURS = 5;
    /** The largest group (claims of an event with those of no known event) whose claims are looked up so. */
    static final int MAX_GROUP = 400;
    /** How far down each other's nearest two claims may stand and still meet, when each is among the other's ({@link MutualNeighbours}). */
    static final int MUTUAL = 10;

    private EventNeighbours() {
    }

    /**
     * For each claim i (by index in features), the indexes of its {@value #NEIGHBOURS} nearest claims of other accounts in
     * its group, nearest first, then those of its {@value #MUTUAL} nearest that have it among their {@value #MUTUAL} nearest
     * ({@link MutualNeighbours}); none when it has no vector or its group is larger than {@value #MAX_GROUP}.
     */
    static int[][] of(List<ClaimFeatures> features) {
        int n = features.size();
        Map<String, List<Integer>> byEvent = new HashMap<>();
        List<Integer> unknown = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ClaimFeatures f = features.get(i);
            if (f.facts.vector().present()) {
                all.add(i);
                (f.event.isEmpty() ? unknown : byEvent.computeIfAbsent(f.event, k -> new ArrayList<>())).add(i);
            }
        }
        Map<String, int[]> groups = new HashMap<>();
        byEvent.forEach((event, members) -> {
            if (members.size() + unknown.size() <= MAX_GROUP) {
                List<Integer> group = new ArrayList<>(members);
                group.addAll(unknown);
                groups.put(event, toArray(group));
            }
        });
        int[] everyone = all.size() <= MAX_GROUP ? toArray(all) : null;
        long[][] codes = codes(features, all);
        int[][] wide = new int[n][];
        java.util.Arrays.fill(wide, new int[0]);
        Spread.run(0, n, (thread, i) -> {
            ClaimFeatures a = features.get(i);
            int[] group = !a.facts.vector().present() ? null : a.event.isEmpty() ? everyone : groups.get(a.event);
            if (group != null) {
                int[] shortlist = shortlist(features, codes, i, group);
                wide[i] = nearest(a, shortlist.length, t -> features.get(shortlist[t]), t -> shortlist[t], MUTUAL);
            }
        });
        return MutualNeighbours.kept(wide, NEIGHBOURS);
    }

    /** How many of a claim's other accounts, the closest by their sign codes, are compared by cosine. */
    static final int SHORTLIST = Math.max(4 * NEIGHBOURS, 3 * MUTUAL);

    /**
     * The sign codes of the claims' vectors less their mean, 64 signs a word (null for a claim with no vector): the Hamming
     * distance of two codes estimates their angle (Charikar 2002's random hyperplanes, as {@code NeighbourIndex} reads them),
     * at a tenth of a cosine's cost. Without them, every pair of a group's cosines took a second at 10,000 claims.
     */
    private static long[][] codes(List<ClaimFeatures> features, List<Integer> present) {
        int d = org.claimbench.analysis.meaning.MeaningVector.DIMENSIONS;
        float[] mean = new float[d];
        // The mean in claim order, as one sum per dimension (the same floats whichever thread makes the codes).
        for (int i : present) {
            addShare(mean, features.get(i).facts.vector(), present.size());
        }
        long[][] codes = new long[features.size()][];
        // Each code depends on its vector and the mean alone: made on all cores (at 10,000 claims this loop ran on the
        // building thread alone while the other core waited, docs/speed.md round 32).
        Spread.run(0, present.size(), (thread, p) -> {
            int i = present.get(p);
            codes[i] = code(features.get(i).facts.vector(), mean);
        });
        return codes;
    }

    /** Adds each value of v divided by count to sum (a method of its own, so the JIT compiles its loop early). */
    private static void addShare(float[] sum, org.claimbench.analysis.meaning.MeaningVector v, int count) {
        for (int x = 0; x < sum.length; x++) {
            sum[x] += v.value(x) / count;
        }
    }

    /** The signs of v less mean, 64 a word. */
    private static long[] code(org.claimbench.analysis.meaning.MeaningVector v, float[] mean) {
        long[] code = new long[(mean.length + 63) / 64];
        for (int x = 0; x < mean.length; x++) {
            if (v.value(x) > mean[x]) {
                code[x >> 6] |= 1L << (x & 63);
            }
        }
        return code;
    }

    /** Claim i's other accounts in its group, the {@value #SHORTLIST} closest by their codes (all of them when fewer). */
    private static int[] shortlist(List<ClaimFeatures> features, long[][] codes, int i, int[] group) {
        ClaimFeatures a = features.get(i);
        int[] best = new int[SHORTLIST];
        int[] bestDistance = new int[SHORTLIST];
        int count = 0;
        for (int j : group) {
            if (j == i || !otherAccount(a, features.get(j))) {
                continue;
            }
            int distance = 0;
            for (int w = 0; w < codes[i].length; w++) {
                distance += Long.bitCount(codes[i][w] ^ codes[j][w]);
            }
            if (count < SHORTLIST || distance < bestDistance[count - 1]) {
                int at = Math.min(count, SHORTLIST - 1);
                while (at > 0 && bestDistance[at - 1] > distance) {
                    best[at] = best[at - 1];
                    bestDistance[at] = bestDistance[at - 1];
                    at--;
                }
                best[at] = j;
                bestDistance[at] = distance;
                count = Math.min(SHORTLIST, count + 1);
            }
        }
        return java.util.Arrays.copyOf(best, count);
    }

    /**
     * The ids of a claim's {@value #NEIGHBOURS} nearest claims of other accounts in its group among claims (itself left out),
     * nearest first, then those of its {@value #MUTUAL} nearest it is among the {@value #MUTUAL} nearest of; none when it has
     * no vector or its group is larger than {@value #MAX_GROUP}. For a claim added to a built index: every claim is looked at
     * once, and the group again for each of its five further candidates.
     */
    static long[] among(ClaimFeatures a, Collection<ClaimFeatures> claims) {
        if (!a.facts.vector().present()) {
            return new long[0];
        }
        List<ClaimFeatures> group = new ArrayList<>();
        for (ClaimFeatures f : claims) {
            if (f.facts.id() != a.facts.id() && f.facts.vector().present() && (a.event.isEmpty() || f.event.isEmpty() || f.event.equals(a.event))) {
                group.add(f);
                if (group.size() >= MAX_GROUP) {
                    return new long[0];
                }
            }
        }
        int[] at = nearest(a, group.size(), group::get, t -> t, MUTUAL);
        long[] ids = new long[at.length];
        int count = 0;
        for (int t = 0; t < at.length; t++) {
            if (t < NEIGHBOURS || amongNearestOf(group.get(at[t]), a, group)) {
                ids[count++] = group.get(at[t]).facts.id();
            }
        }
        return java.util.Arrays.copyOf(ids, count);
    }

    /** Whether a is among b's {@value #MUTUAL} nearest of other accounts in b's event, of a's group (as {@link MutualNeighbours} keeps them). */
    private static boolean amongNearestOf(ClaimFeatures b, ClaimFeatures a, List<ClaimFeatures> group) {
        double c = b.facts.vector().cosine(a.facts.vector());
        int nearer = 0;
        for (ClaimFeatures g : group) {
            if (g != b && otherAccount(b, g) && (b.event.isEmpty() || g.event.isEmpty() || g.event.equals(b.event))
                    && b.facts.vector().cosine(g.facts.vector()) > c && ++nearer >= MUTUAL) {
                return false;
            }
        }
        return true;
    }

    /**
     * Of size members (member t read by claimAt, null to skip it; named by nameOf), the names of a's nearest of other
     * accounts, nearest first, at most {@value #NEIGHBOURS}.
     */
    private static int[] nearest(ClaimFeatures a, int size, java.util.function.IntFunction<ClaimFeatures> claimAt,
                                 java.util.function.IntUnaryOperator nameOf) {
        return nearest(a, size, claimAt, nameOf, NEIGHBOURS);
    }

    /** As {@link #nearest(ClaimFeatures, int, java.util.function.IntFunction, java.util.function.IntUnaryOperator)}, at most k. */
    static int[] nearest(ClaimFeatures a, int size, java.util.function.IntFunction<ClaimFeatures> claimAt,
                         java.util.function.IntUnaryOperator nameOf, int k) {
        if (k == 0) {
            return new int[0];
        }
        int[] best = new int[k];
        double[] bestCosine = new double[k];
        int count = 0;
        for (int t = 0; t < size; t++) {
            ClaimFeatures b = claimAt.apply(t);
            if (b == null || !otherAccount(a, b)) {
                continue;
            }
            double c = a.facts.vector().cosine(b.facts.vector());
            if (count < k || c > bestCosine[count - 1]) {
                // Kept nearest first: the new one goes in at its place, the last falls off when all k are taken.
                int at = Math.min(count, k - 1);
                while (at > 0 && bestCosine[at - 1] < c) {
                    best[at] = best[at - 1];
                    bestCosine[at] = bestCosine[at - 1];
                    at--;
                }
                best[at] = nameOf.applyAsInt(t);
                bestCosine[at] = c;
                count = Math.min(k, count + 1);
            }
        }
        return java.util.Arrays.copyOf(best, count);
    }

    /** Whether two claims are two accounts: two sources, or the outlets ("Press") of two articles. */
    static boolean otherAccount(ClaimFeatures a, ClaimFeatures b) {
        return !a.facts.source().equals(b.facts.source())
                || (a.facts.articleId() != b.facts.articleId() && a.facts.source().equals(org.claimbench.domain.Source.OUTLET));
    }

    private static int[] toArray(List<Integer> list) {
        int[] out = new int[list.size()];
        for (int t = 0; t < out.length; t++) {
            out[t] = list.get(t);
        }
        return out;
    }
}
