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
        Map<String, Integer> patterns = new HashMap<>();
        Map<Long, Integer> claims = new HashMap<>();
        PriorityQueue<Entry> queue = new PriorityQueue<>();
        List<ContradictionSuggestion> out = new ArrayList<>(Math.min(limit, best.size()));
        int next = 0;
        while (out.size() < limit) {
            // A pair not yet in the queue may still beat the queue's best: its own score bounds its lowered one.
            while (next < best.size() && (queue.isEmpty() || best.get(next).score() >= queue.peek().score)) {
                queue.add(new Entry(best.get(next), best.get(next).score()));
                next++;
            }
            if (queue.isEmpty()) {
                break;
            }
            Entry top = queue.poll();
            double lowered = lowered(top.suggestion, patterns, claims);
            if (lowered < top.score) {
                queue.add(new Entry(top.suggestion, lowered));
                continue;
            }
            // Past the end of a part: a pair beyond it (at most as good as the part's last) might beat this one.
            if (!complete && next == best.size() && lowered < best.get(best.size() - 1).score()) {
                return Optional.empty();
            }
            ContradictionSuggestion s = top.suggestion;
            out.add(lowered == s.score() ? s : new ContradictionSuggestion(s.claimA(), s.claimB(), lowered, s.signals(), s.sameEvent(),
                    s.sharedEvent()));
            String p = pattern(s);
            if (!p.isEmpty()) {
                patterns.merge(p, 1, Integer::sum);
            }
            claims.merge(s.claimA(), 1, Integer::sum);
            claims.merge(s.claimB(), 1, Integer::sum);
        }
        return Optional.of(out);
    }

    /** A suggestion with its score lowered so far; best first, ties in the order of the claims (as RANKING). */
    private record Entry(ContradictionSuggestion suggestion, double score) implements Comparable<Entry> {
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

    /** A suggestion's own score lowered by the pairs taken so far. */
    private static double lowered(ContradictionSuggestion s, Map<String, Integer> patterns, Map<Long, Integer> claims) {
        String p = pattern(s);
        int samePattern = p.isEmpty() ? 0 : patterns.getOrDefault(p, 0);
        int sameClaim = claims.getOrDefault(s.claimA(), 0) + claims.getOrDefault(s.claimB(), 0);
        return s.score() * Math.pow(SAME_PATTERN, samePattern) * Math.pow(SAME_CLAIM, sameClaim);
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
