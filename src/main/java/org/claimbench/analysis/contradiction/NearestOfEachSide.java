package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each claim's nearest claims by meaning of each other side within its event ({@link EventNeighbours}' group), beside its
 * nearest of all other accounts together. A side answers the other side's account of the event, not the account of the
 * side that says most: where one side (often the outlets, "Press", whose accounts of several articles count as one side
 * here) has many claims, a claim's few nearest of all other accounts are that side's, and what the smaller side says of
 * the same point stands further down ("the rebels asked us to stop" against "there has been no contact with the capital").
 * A side is a claim's source ({@code ClaimFacts#source}); the claim's own side is left out, as {@link EventNeighbours#otherAccount}
 * leaves it. Stateless; look-ups may run on several threads.
 */
final class NearestOfEachSide {

    /**
     * How many nearest claims of each other side a claim meets (docs/suggestions.md, round 47: 2 chosen on corpora 1 and 2;
     * round 41 measured 3, 6 and 12).
     */
    static final int PER_SIDE = Integer.getInteger("claimbench.perSide", 2);
    /** How many of each side's claims, the closest by their sign codes, are compared by cosine. */
    static final int SHORTLIST = 4 * PER_SIDE;

    private NearestOfEachSide() {
    }

    /**
     * Claim i's {@value #PER_SIDE} nearest claims (indexes in features) of each other side in group (indexes of its event's
     * claims, i among them or not), read by the sign codes first ({@value #SHORTLIST} a side, by Hamming distance of codes,
     * as {@link EventNeighbours} reads them) and then by cosine; in no particular order.
     */
    static int[] of(List<ClaimFeatures> features, long[][] codes, int i, int[] group) {
        ClaimFeatures a = features.get(i);
        Map<String, int[]> best = new HashMap<>();
        Map<String, int[]> distances = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (int j : group) {
            ClaimFeatures b = features.get(j);
            if (j == i || !EventNeighbours.otherAccount(a, b)) {
                continue;
            }
            int distance = 0;
            for (int w = 0; w < codes[i].length; w++) {
                distance += Long.bitCount(codes[i][w] ^ codes[j][w]);
            }
            String side = b.facts.source();
            int[] ids = best.computeIfAbsent(side, k -> new int[SHORTLIST]);
            int[] ds = distances.computeIfAbsent(side, k -> new int[SHORTLIST]);
            int count = counts.getOrDefault(side, 0);
            if (count < SHORTLIST || distance < ds[count - 1]) {
                int at = Math.min(count, SHORTLIST - 1);
                while (at > 0 && ds[at - 1] > distance) {
                    ids[at] = ids[at - 1];
                    ds[at] = ds[at - 1];
                    at--;
                }
                ids[at] = j;
                ds[at] = distance;
                counts.put(side, Math.min(SHORTLIST, count + 1));
            }
        }
        List<Integer> out = new ArrayList<>();
        best.forEach((side, ids) -> {
            int count = counts.get(side);
            for (int t : EventNeighbours.nearest(a, count, s -> features.get(ids[s]), s -> ids[s], PER_SIDE)) {
                out.add(t);
            }
        });
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * For a claim added to a built index: the claims of group (its event's, itself left out) that are among its
     * {@value #PER_SIDE} nearest of their side, or have it among their {@value #PER_SIDE} nearest of its side. Exact cosines
     * (the full build shortlists by sign codes first, so the two may differ at the margin).
     */
    static List<ClaimFeatures> among(ClaimFeatures a, List<ClaimFeatures> group) {
        List<ClaimFeatures> out = new ArrayList<>();
        Map<String, List<ClaimFeatures>> bySide = new HashMap<>();
        List<ClaimFeatures> mySide = new ArrayList<>();
        for (ClaimFeatures g : group) {
            if (EventNeighbours.otherAccount(a, g)) {
                bySide.computeIfAbsent(g.facts.source(), k -> new ArrayList<>()).add(g);
            }
            if (g.facts.source().equals(a.facts.source())) {
                mySide.add(g);
            }
        }
        bySide.values().forEach(side -> {
            for (int t : EventNeighbours.nearest(a, side.size(), side::get, s -> s, PER_SIDE)) {
                out.add(side.get(t));
            }
        });
        for (List<ClaimFeatures> side : bySide.values()) {
            for (ClaimFeatures x : side) {
                if (!out.contains(x) && amongNearestOfMySide(x, a, mySide)) {
                    out.add(x);
                }
            }
        }
        return out;
    }

    /** Whether a is among x's {@value #PER_SIDE} nearest of a's side (mySide: a's side's claims of the group, a left out). */
    private static boolean amongNearestOfMySide(ClaimFeatures x, ClaimFeatures a, List<ClaimFeatures> mySide) {
        double c = x.facts.vector().cosine(a.facts.vector());
        int nearer = 0;
        for (ClaimFeatures g : mySide) {
            if (EventNeighbours.otherAccount(x, g) && (x.event.isEmpty() || g.event.isEmpty() || g.event.equals(x.event))
                    && x.facts.vector().cosine(g.facts.vector()) > c && ++nearer >= PER_SIDE) {
                return false;
            }
        }
        return true;
    }
}
