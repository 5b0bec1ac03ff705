package org.claimbench.analysis.contradiction;

import com.carrotsearch.hppc.LongIntHashMap;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The score of every pair of claims the engine suggests, kept compactly for a workspace's
 * {@link ContradictionIndex}: each claim keeps its partners' slots, the pairs' scores and the
 * number of their pattern (what {@link Diversity} reads) in primitive arrays, so a pair costs about
 * 32 bytes (it is held at both ends) where a suggestion object with its signals and a string key
 * cost several hundred. A big workspace scores hundreds of thousands of pairs and shows a few
 * hundred: the signals of those are made again when they are read (scoring is deterministic, a few
 * microseconds a pair).
 *
 * <p>A claim's partners are few (tens; its candidates are bounded by
 * {@link ContradictionSuggester#MAX_POSTINGS}), so finding one in its list is a linear scan. Not
 * thread-safe: its index is used on one thread at a time.
 */
final class ScoredPairs {

    /** Receives a pair once, its claims in id order (a &lt; b), with its score and pattern number. */
    @FunctionalInterface
    interface PairVisitor {
        void visit(long claimA, long claimB, double score, int pattern);
    }

    /** Each claim's slot by its id (primitive: boxed, a claim's entry took some 64 bytes). */
    private final LongIntHashMap slotOf = new LongIntHashMap();
    private final ArrayDeque<Integer> freeSlots = new ArrayDeque<>();
    private long[] idOf = new long[64];
    private int[][] partners = new int[64][];
    private double[][] scores = new double[64][];
    private int[][] patterns = new int[64][];
    private int[] counts = new int[64];
    private int slotsUsed;
    private int pairs;

    /** How many pairs are kept. */
    int size() {
        return pairs;
    }

    /** Keeps a pair's score and pattern number, replacing what it had. */
    void put(long a, long b, double score, int pattern) {
        int sa = slot(a);
        int sb = slot(b);
        int at = find(sa, sb);
        if (at >= 0) {
            int back = find(sb, sa);
            scores[sa][at] = score;
            scores[sb][back] = score;
            patterns[sa][at] = pattern;
            patterns[sb][back] = pattern;
            return;
        }
        append(sa, sb, score, pattern);
        append(sb, sa, score, pattern);
        pairs++;
    }

    /** Forgets a pair; false when it was not kept. */
    boolean remove(long a, long b) {
        int sa = slotOf.getOrDefault(a, -1);
        int sb = slotOf.getOrDefault(b, -1);
        if (sa < 0 || sb < 0 || find(sa, sb) < 0) {
            return false;
        }
        cut(sa, find(sa, sb));
        cut(sb, find(sb, sa));
        pairs--;
        return true;
    }

    /** The claims a claim is paired with (ids, in no particular order). */
    long[] partners(long id) {
        int s = slotOf.getOrDefault(id, -1);
        if (s < 0) {
            return new long[0];
        }
        long[] out = new long[counts[s]];
        for (int i = 0; i < out.length; i++) {
            out[i] = idOf[partners[s][i]];
        }
        return out;
    }

    /** Forgets a claim and all its pairs; returns the claims it was paired with. */
    long[] removeClaim(long id) {
        long[] gone = partners(id);
        for (long other : gone) {
            remove(id, other);
        }
        int s = slotOf.containsKey(id) ? slotOf.remove(id) : -1;
        if (s >= 0) {
            partners[s] = null;
            scores[s] = null;
            patterns[s] = null;
            counts[s] = 0;
            freeSlots.push(s);
        }
        return gone;
    }

    /** Visits every pair once. */
    void forEach(PairVisitor visitor) {
        for (int s = 0; s < slotsUsed; s++) {
            int n = counts[s];
            long id = idOf[s];
            for (int i = 0; i < n; i++) {
                long other = idOf[partners[s][i]];
                if (id < other) {
                    visitor.visit(id, other, scores[s][i], patterns[s][i]);
                }
            }
        }
    }

    private int slot(long id) {
        int s = slotOf.getOrDefault(id, -1);
        if (s >= 0) {
            return s;
        }
        int fresh;
        if (!freeSlots.isEmpty()) {
            fresh = freeSlots.pop();
        } else {
            if (slotsUsed == idOf.length) {
                int grown = slotsUsed * 2;
                idOf = Arrays.copyOf(idOf, grown);
                partners = Arrays.copyOf(partners, grown);
                scores = Arrays.copyOf(scores, grown);
                patterns = Arrays.copyOf(patterns, grown);
                counts = Arrays.copyOf(counts, grown);
            }
            fresh = slotsUsed++;
        }
        idOf[fresh] = id;
        slotOf.put(id, fresh);
        return fresh;
    }

    private int find(int slot, int partner) {
        int[] p = partners[slot];
        for (int i = 0; i < counts[slot]; i++) {
            if (p[i] == partner) {
                return i;
            }
        }
        return -1;
    }

    private void append(int slot, int partner, double score, int pattern) {
        int n = counts[slot];
        if (partners[slot] == null) {
            partners[slot] = new int[4];
            scores[slot] = new double[4];
            patterns[slot] = new int[4];
        } else if (n == partners[slot].length) {
            partners[slot] = Arrays.copyOf(partners[slot], n * 2);
            scores[slot] = Arrays.copyOf(scores[slot], n * 2);
            patterns[slot] = Arrays.copyOf(patterns[slot], n * 2);
        }
        partners[slot][n] = partner;
        scores[slot][n] = score;
        patterns[slot][n] = pattern;
        counts[slot] = n + 1;
    }

    /** Takes the i-th partner out of a slot's list (the last one moves into its place). */
    private void cut(int slot, int i) {
        int last = counts[slot] - 1;
        partners[slot][i] = partners[slot][last];
        scores[slot][i] = scores[slot][last];
        patterns[slot][i] = patterns[slot][last];
        counts[slot] = last;
    }
}
