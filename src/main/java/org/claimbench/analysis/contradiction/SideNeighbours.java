package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each side's claims meet the nearest claims by meaning of each other side of the same event. Two sides telling one act tell
 * it each in their own words ("the guards opened fire first" against "our post was never armed"), and among all the other
 * accounts of a busy event ({@link EventNeighbours}) the outlets' many claims on the same act in the words of one side or the
 * other stand nearer; among one other side's few claims of that event, the one that answers it is among the nearest. A side is
 * a source that is neither the outlet ({@code Press}) nor unassigned: the parties whose accounts an event opposes (issue 11).
 * Only claims of a known event (two claims of no known event are not known to speak of one) and groups of at most
 * {@value EventNeighbours#MAX_GROUP} claims, so a claim costs at most that many cosines; each claim meets at most
 * {@value #PER_SIDE} claims of each other side, and only at cosine {@value #FLOOR} or more. Round 52 of issue 11.
 */
final class SideNeighbours {

    /**
     * How many nearest claims of each other side each claim meets: as many as the event route's nearest of all other accounts
     * ({@link EventNeighbours#NEIGHBOURS}); 3 and 4 reached fewer gold pairs on corpora 1, 2 and 4 together (docs/suggestions.md,
     * round 52).
     */
    static final int PER_SIDE = 5;
    /**
     * The least cosine (MiniLM) at which two sides' claims meet so: under it, two claims of one event share little more than its
     * topic. Chosen on corpora 1, 2 and 4 together (0.20, 0.25, 0.30 measured: docs/suggestions.md, round 52).
     */
    static final double FLOOR = 0.20;

    private SideNeighbours() {
    }

    /** Whether a claim's source is a side: neither the outlet nor unassigned. */
    static boolean side(ClaimFeatures f) {
        String s = f.facts.source();
        return !s.isBlank() && !s.equals(org.claimbench.domain.Source.OUTLET) && !s.equals(org.claimbench.analysis.ClaimSuggestion.UNASSIGNED);
    }

    /**
     * For each claim i (by index in features), the indexes of the claims of each other side of its event that are among that
     * side's {@value #PER_SIDE} nearest to it at cosine {@value #FLOOR} or more; none for a claim of no side, no vector, no
     * known event, or an event of more than {@value EventNeighbours#MAX_GROUP} claims.
     */
    static int[][] of(List<ClaimFeatures> features) {
        int n = features.size();
        Map<String, List<Integer>> byEvent = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            ClaimFeatures f = features.get(i);
            if (side(f) && !f.event.isEmpty() && f.facts.vector().present()) {
                byEvent.computeIfAbsent(f.event, k -> new ArrayList<>()).add(i);
            }
        }
        int[][] out = new int[n][];
        java.util.Arrays.fill(out, new int[0]);
        List<List<Integer>> groups = byEvent.values().stream().filter(g -> g.size() <= EventNeighbours.MAX_GROUP).toList();
        // Every claim of those groups, with its group, looked up on all cores.
        int[] claim = groups.stream().flatMap(List::stream).mapToInt(Integer::intValue).toArray();
        int[] groupOf = new int[claim.length];
        for (int g = 0, at = 0; g < groups.size(); g++) {
            for (int x = 0; x < groups.get(g).size(); x++) {
                groupOf[at++] = g;
            }
        }
        Spread.run(0, claim.length, (thread, q) -> {
            List<Integer> group = groups.get(groupOf[q]);
            int[] at = nearestOfEachSide(features.get(claim[q]), group.size(), t -> features.get(group.get(t)));
            int[] ids = new int[at.length];
            for (int x = 0; x < at.length; x++) {
                ids[x] = group.get(at[x]);
            }
            out[claim[q]] = ids;
        });
        return out;
    }

    /** The ids of a's nearest claims of each other side of its event among claims, as {@link #of} finds them. */
    static long[] among(ClaimFeatures a, Collection<ClaimFeatures> claims) {
        if (!side(a) || a.event.isEmpty() || !a.facts.vector().present()) {
            return new long[0];
        }
        List<ClaimFeatures> group = new ArrayList<>();
        for (ClaimFeatures f : claims) {
            if (side(f) && f.event.equals(a.event) && f.facts.vector().present()) {
                group.add(f);
                if (group.size() > EventNeighbours.MAX_GROUP) {
                    return new long[0];
                }
            }
        }
        if (!group.contains(a)) {
            group.add(a);
            if (group.size() > EventNeighbours.MAX_GROUP) {
                return new long[0];
            }
        }
        int[] at = nearestOfEachSide(a, group.size(), group::get);
        long[] ids = new long[at.length];
        for (int x = 0; x < at.length; x++) {
            ids[x] = group.get(at[x]).facts.id();
        }
        return ids;
    }

    /**
     * Positions in group of a's {@value #PER_SIDE} nearest of each other side, at cosine {@value #FLOOR} or more: each side's
     * members ranked by {@link EventNeighbours#nearest}, those under the floor let go (the nearest come first, so what is left is
     * the nearest above it).
     */
    private static int[] nearestOfEachSide(ClaimFeatures a, int size, java.util.function.IntFunction<ClaimFeatures> group) {
        Map<String, List<Integer>> bySide = new LinkedHashMap<>();
        for (int t = 0; t < size; t++) {
            String s = group.apply(t).facts.source();
            if (!s.equals(a.facts.source())) {
                bySide.computeIfAbsent(s, k -> new ArrayList<>()).add(t);
            }
        }
        return bySide.values().stream()
                .flatMapToInt(members -> java.util.Arrays.stream(EventNeighbours.nearest(a, members.size(),
                        x -> group.apply(members.get(x)), members::get, PER_SIDE)))
                .filter(t -> a.facts.vector().cosine(group.apply(t).facts.vector()) >= FLOOR).sorted().toArray();
    }

    /** Each claim's later partners of either list (by index), as {@link NeighbourPairs#later} gathers one list. */
    static int[][] withEventNeighbours(int[][] event, int[][] sides) {
        int[][] both = new int[event.length][];
        for (int i = 0; i < event.length; i++) {
            both[i] = sides[i].length == 0 ? event[i] : java.util.stream.IntStream.concat(java.util.Arrays.stream(event[i]),
                    java.util.Arrays.stream(sides[i])).toArray();
        }
        return both;
    }
}
