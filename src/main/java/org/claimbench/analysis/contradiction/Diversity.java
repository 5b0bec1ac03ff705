package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * A ranking that shows many conflicts before many copies of one: each pair's score is lowered for
 * every pair ranked above it that has the same pattern (the same words found opposed: every
 * "indirect talks" against every "direct talks"), and for every pair above it that shares one of
 * its claims, so one claim's best pairs come first and its tenth-best does not push out another
 * claim's first. Greedy, as maximal marginal relevance is (Carbonell and Goldstein 1998): the pair
 * taken next is the one whose lowered score is highest given the pairs taken so far. The lowering
 * only grows, so a pair is scored again only when it reaches the top of the queue (lazy greedy).
 */
final class Diversity {

    /** A pair's score is multiplied by this for each pair of the same pattern ranked above it. */
    static final double SAME_PATTERN = 0.8;
    /** And by this for each pair above it that shares one of its claims. */
    static final double SAME_CLAIM = 0.9;

    private Diversity() {
    }

    /** The whole ranking diversified, best first (each suggestion carries its lowered score). */
    static List<ContradictionSuggestion> rerank(List<ContradictionSuggestion> best) {
        return rerank(best, best.size(), true).orElseThrow();
    }

    /**
     * The first {@code limit} of the diversified ranking of suggestions given best first by their own
     * score. When {@code complete} is false the list is only the best part of a longer one: empty is
     * returned when a pair beyond it might still have come before the last one taken (give a longer part).
     */
    static Optional<List<ContradictionSuggestion>> rerank(List<ContradictionSuggestion> best, int limit, boolean complete) {
        // Patterns and claims numbered once, so the lowering reads arrays (a big workspace has hundreds of thousands of pairs).
        Map<String, Integer> patternIds = new HashMap<>();
        Map<Long, Integer> claimIds = new HashMap<>();
        int[] patternOf = new int[best.size()];
        int[] claimA = new int[best.size()];
        int[] claimB = new int[best.size()];
        for (int i = 0; i < best.size(); i++) {
            ContradictionSuggestion s = best.get(i);
            String p = pattern(s);
            patternOf[i] = p.isEmpty() ? -1 : patternIds.computeIfAbsent(p, k -> patternIds.size());
            claimA[i] = claimIds.computeIfAbsent(s.claimA(), k -> claimIds.size());
            claimB[i] = claimIds.computeIfAbsent(s.claimB(), k -> claimIds.size());
        }
        int[] patternsTaken = new int[patternIds.size()];
        int[] claimsTaken = new int[claimIds.size()];
        PriorityQueue<Entry> queue = new PriorityQueue<>();
        List<ContradictionSuggestion> out = new ArrayList<>(Math.min(limit, best.size()));
        int next = 0;
        while (out.size() < limit) {
            // A pair not yet in the queue may still beat the queue's best: its own score bounds its lowered one.
            while (next < best.size() && (queue.isEmpty() || best.get(next).score() >= queue.peek().score)) {
                queue.add(new Entry(next, best.get(next).score(), best.get(next)));
                next++;
            }
            if (queue.isEmpty()) {
                break;
            }
            Entry top = queue.poll();
            int i = top.index;
            int samePattern = patternOf[i] < 0 ? 0 : patternsTaken[patternOf[i]];
            double lowered = best.get(i).score() * power(SAME_PATTERN_POWERS, SAME_PATTERN, samePattern)
                    * power(SAME_CLAIM_POWERS, SAME_CLAIM, claimsTaken[claimA[i]] + claimsTaken[claimB[i]]);
            // Lowered since it was queued: taken all the same if it still beats the queue and every pair not yet queued.
            boolean stillBest = (queue.isEmpty() || lowered >= queue.peek().score) && (next == best.size() || lowered >= best.get(next).score());
            if (lowered < top.score && !stillBest) {
                top.score = lowered;
                queue.add(top);
                continue;
            }
            // Past the end of a part: a pair beyond it (at most as good as the part's last) might beat this one.
            if (!complete && next == best.size() && lowered < best.get(best.size() - 1).score()) {
                return Optional.empty();
            }
            ContradictionSuggestion s = best.get(i);
            out.add(lowered == s.score() ? s : new ContradictionSuggestion(s.claimA(), s.claimB(), lowered, s.signals(), s.sameEvent(),
                    s.sharedEvent()));
            if (patternOf[i] >= 0) {
                patternsTaken[patternOf[i]]++;
            }
            claimsTaken[claimA[i]]++;
            claimsTaken[claimB[i]]++;
        }
        return Optional.of(out);
    }

    private static final double[] SAME_PATTERN_POWERS = powers(SAME_PATTERN);
    private static final double[] SAME_CLAIM_POWERS = powers(SAME_CLAIM);

    private static double[] powers(double base) {
        double[] p = new double[64];
        p[0] = 1;
        for (int i = 1; i < p.length; i++) {
            p[i] = p[i - 1] * base;
        }
        return p;
    }

    private static double power(double[] table, double base, int n) {
        return n < table.length ? table[n] : Math.pow(base, n);
    }

    /** A suggestion (by its place in the list) with its score lowered so far; best first, ties in the order of the claims (as RANKING). */
    private static final class Entry implements Comparable<Entry> {
        final int index;
        double score;
        final ContradictionSuggestion suggestion;

        Entry(int index, double score, ContradictionSuggestion suggestion) {
            this.index = index;
            this.score = score;
            this.suggestion = suggestion;
        }

        @Override
        public int compareTo(Entry o) {
            int c = Double.compare(o.score, score);
            if (c != 0) {
                return c;
            }
            c = Long.compare(suggestion.claimA(), o.suggestion.claimA());
            return c != 0 ? c : Long.compare(suggestion.claimB(), o.suggestion.claimB());
        }
    }

    /** The pattern of a suggestion's strongest signal ("" when it belongs to the pair alone). */
    static String pattern(ContradictionSuggestion s) {
        Signal strongest = null;
        for (Signal x : s.signals()) {
            if (strongest == null || x.weight() > strongest.weight()) {
                strongest = x;
            }
        }
        return strongest == null ? "" : strongest.pattern();
    }
}
