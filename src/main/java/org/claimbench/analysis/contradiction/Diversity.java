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
 * only grows, so a pair is scored again only when it reaches the top of its queue (lazy greedy), and
 * the copies of one pattern wait in a queue of their own behind their best one.
 */
public final class Diversity {

    /** A pair's score is multiplied by this for each pair of the same pattern ranked above it. */
    static final double SAME_PATTERN = 0.8;
    /**
     * And by this for each pair above it that shares one of its claims (0.9 before round 3; 0.7 chosen by the same
     * leave-one-event-out check as {@link ContradictionSuggester#accounts}: one claim's second pair drops below another
     * claim's first unless it is much stronger).
     */
    static final double SAME_CLAIM = 0.7;
    /**
     * And by this for each pair above it whose conflict it tells again ({@link ConflictCopies}): a retelling goes below
     * the first tellings of other conflicts nearly as strong. Chosen among 0.25, 0.5 and 0.7 on the two development
     * corpora and the samples (docs/suggestions.md, round 29): the lower ones push retellings the annotation lists
     * below 50 too.
     */
    static final double RETELLING = 0.7;
    /**
     * Retellings are looked for among the first this many pairs of a ranking, the part a reviewer reads (each pair
     * is compared with those pairs only, so the step stays linear in the pairs); the list's note of how many
     * retellings a pair has counts them among the first {@link #NOTED} pairs.
     */
    static final int HEAD = 100;
    static final int NOTED = 1000;

    private Diversity() {
    }

    /** The whole ranking diversified, best first (each suggestion carries its lowered score), no pair read as a retelling. */
    static List<ContradictionSuggestion> rerank(List<ContradictionSuggestion> best) {
        return rerank(best, ConflictCopies.NONE);
    }

    /**
     * The whole ranking diversified, best first, retellings of a conflict above ({@link ConflictCopies}) lowered by
     * {@link #RETELLING}; each suggestion carries its lowered score and its retellings ({@link #noted}).
     */
    static List<ContradictionSuggestion> rerank(List<ContradictionSuggestion> best, ConflictCopies.Likeness likeness) {
        return noted(rerank(best, best.size(), true, SUGGESTIONS, likeness).orElseThrow(), likeness);
    }

    /**
     * The first {@code limit} of the diversified ranking of suggestions given best first by their own
     * score. When {@code complete} is false the list is only the best part of a longer one: empty is
     * returned when a pair beyond it might still have come before the last one taken (give a longer part).
     */
    static Optional<List<ContradictionSuggestion>> rerank(List<ContradictionSuggestion> best, int limit, boolean complete) {
        return rerank(best, limit, complete, SUGGESTIONS, ConflictCopies.NONE);
    }

    /**
     * What the ranking reads of a pair, and how it gives the pair back with its score lowered: suggestions,
     * or the bare pairs a workspace's index keeps (claims, score and pattern, no signals).
     */
    interface View<T> {
        long claimA(T pair);

        long claimB(T pair);

        double score(T pair);

        String pattern(T pair);

        /** The kind of its strongest signal (the one whose pattern {@link #pattern} is). */
        org.claimbench.domain.ContradictionKind kind(T pair);

        T lowered(T pair, double score);
    }

    static final View<ContradictionSuggestion> SUGGESTIONS = new View<>() {
        @Override
        public long claimA(ContradictionSuggestion s) {
            return s.claimA();
        }

        @Override
        public long claimB(ContradictionSuggestion s) {
            return s.claimB();
        }

        @Override
        public double score(ContradictionSuggestion s) {
            return s.score();
        }

        @Override
        public String pattern(ContradictionSuggestion s) {
            return Diversity.pattern(s);
        }

        @Override
        public org.claimbench.domain.ContradictionKind kind(ContradictionSuggestion s) {
            return Diversity.kind(s);
        }

        @Override
        public ContradictionSuggestion lowered(ContradictionSuggestion s, double score) {
            return s.withScore(score);
        }
    };

    /**
     * {@link #rerank(List, int, boolean)} for pairs of any kind, read through their view; a pair that retells the
     * conflict of a pair taken among the first {@link #HEAD} ({@link ConflictCopies#retells}, by {@code likeness}) is
     * lowered by {@link #RETELLING} for each.
     */
    static <T> Optional<List<T>> rerank(List<T> best, int limit, boolean complete, View<T> view, ConflictCopies.Likeness likeness) {
        // Patterns and claims numbered once, so the lowering reads arrays (a big workspace has hundreds of thousands of pairs).
        Map<String, Integer> patternIds = new HashMap<>();
        Map<Long, Integer> claimIds = new HashMap<>();
        int n = best.size();
        int[] groupOf = new int[n];
        int[] claimA = new int[n];
        int[] claimB = new int[n];
        // Of each pair, how many pairs taken it retells, and how many of the taken ones it was compared with.
        int[] retold = new int[n];
        int[] compared = new int[n];
        int[] headTaken = new int[Math.min(HEAD, n)];
        boolean retellings = likeness != ConflictCopies.NONE;
        for (int i = 0; i < n; i++) {
            T s = best.get(i);
            String p = view.pattern(s);
            // Group 0 holds the pairs of no pattern (never lowered by pattern); each pattern is a group of its own.
            groupOf[i] = p.isEmpty() ? 0 : 1 + patternIds.computeIfAbsent(p, k -> patternIds.size());
            claimA[i] = claimIds.computeIfAbsent(view.claimA(s), k -> claimIds.size());
            claimB[i] = claimIds.computeIfAbsent(view.claimB(s), k -> claimIds.size());
        }
        int groups = 1 + patternIds.size();
        int[] patternsTaken = new int[groups];
        int[] claimsTaken = new int[claimIds.size()];
        // A pattern lowers all its pairs alike: each group keeps its pairs by their score lowered for shared claims only, and
        // the groups meet through their best pair lowered for the pattern too. Taking a pair re-ranks one group's head, not
        // every copy of its pattern (which would be quadratic in the copies).
        @SuppressWarnings("unchecked")
        PriorityQueue<Entry>[] members = new PriorityQueue[groups];
        for (int g = 0; g < groups; g++) {
            members[g] = new PriorityQueue<>();
        }
        for (int i = 0; i < n; i++) {
            T s = best.get(i);
            members[groupOf[i]].add(new Entry(i, view.score(s), view.claimA(s), view.claimB(s)));
        }
        PriorityQueue<Entry> heads = new PriorityQueue<>();
        Entry[] headOf = new Entry[groups];
        for (int g = 0; g < groups; g++) {
            pushHead(g, members, heads, headOf, patternsTaken);
        }
        List<T> out = new ArrayList<>(Math.min(limit, n));
        while (out.size() < limit && !heads.isEmpty()) {
            Entry head = heads.poll();
            int g = groupOf[head.index];
            if (headOf[g] != head) {
                continue;
            }
            Entry top = members[g].peek();
            int i = top.index;
            int originals = Math.min(out.size(), HEAD);
            if (retellings && compared[i] < originals) {
                // Compared with the pairs taken since it was last, of the first HEAD taken only (the part a reviewer reads:
                // past it, each pair is compared once more at most).
                T s = best.get(i);
                for (int h = compared[i]; h < originals; h++) {
                    if (retells(view, best.get(headTaken[h]), s, likeness)) {
                        retold[i]++;
                    }
                }
                compared[i] = originals;
            }
            double inGroup = view.score(best.get(i)) * power(SAME_CLAIM_POWERS, SAME_CLAIM, claimsTaken[claimA[i]] + claimsTaken[claimB[i]])
                    * power(RETELLING_POWERS, RETELLING, retold[i]);
            if (inGroup < top.score) {
                // One of its claims was taken since: its place within the group moves down.
                members[g].poll();
                top.score = inGroup;
                members[g].add(top);
                pushHead(g, members, heads, headOf, patternsTaken);
                continue;
            }
            // Exact, and at least every other group's bound: the best pair left.
            double lowered = head.score;
            // Past the end of a part: a pair beyond it (at most as good as the part's last) might beat this one.
            if (!complete && lowered < view.score(best.get(n - 1))) {
                return Optional.empty();
            }
            members[g].poll();
            T s = best.get(i);
            if (out.size() < headTaken.length) {
                headTaken[out.size()] = i;
            }
            out.add(lowered == view.score(s) ? s : view.lowered(s, lowered));
            if (g > 0) {
                patternsTaken[g]++;
            }
            claimsTaken[claimA[i]]++;
            claimsTaken[claimB[i]]++;
            pushHead(g, members, heads, headOf, patternsTaken);
        }
        return Optional.of(out);
    }

    /** Puts a group's best pair among the heads, its score lowered for the group's pattern (the group's old head lapses). */
    private static void pushHead(int g, PriorityQueue<Entry>[] members, PriorityQueue<Entry> heads, Entry[] headOf, int[] patternsTaken) {
        Entry top = members[g].peek();
        if (top == null) {
            headOf[g] = null;
            return;
        }
        Entry head = new Entry(top.index, top.score * power(SAME_PATTERN_POWERS, SAME_PATTERN, patternsTaken[g]), top.claimA, top.claimB);
        headOf[g] = head;
        heads.add(head);
    }

    private static final double[] SAME_PATTERN_POWERS = powers(SAME_PATTERN);
    private static final double[] SAME_CLAIM_POWERS = powers(SAME_CLAIM);
    private static final double[] RETELLING_POWERS = powers(RETELLING);

    /**
     * A ranking's suggestions with their retellings noted ({@link ContradictionSuggestion#retellings}): among its first
     * {@link #NOTED}, each pair that retells a pair above it is marked -1, and each of the first {@link #HEAD} pairs that
     * is not itself a retelling counts the retellings of its conflict below it.
     */
    static List<ContradictionSuggestion> noted(List<ContradictionSuggestion> ranked, ConflictCopies.Likeness likeness) {
        if (likeness == ConflictCopies.NONE) {
            return ranked;
        }
        int n = Math.min(ranked.size(), NOTED);
        int[] count = new int[Math.min(HEAD, n)];
        boolean[] retelling = new boolean[n];
        for (int j = 1; j < n; j++) {
            ContradictionSuggestion later = ranked.get(j);
            for (int i = 0; i < Math.min(j, count.length); i++) {
                ContradictionSuggestion above = ranked.get(i);
                if (retells(SUGGESTIONS, above, later, likeness)) {
                    retelling[j] = true;
                    if (!retelling[i]) {
                        count[i]++;
                        break;
                    }
                }
            }
        }
        List<ContradictionSuggestion> out = new ArrayList<>(ranked);
        for (int i = 0; i < n; i++) {
            int r = retelling[i] ? -1 : i < count.length ? count[i] : 0;
            out.set(i, out.get(i).withRetellings(r));
        }
        return out;
    }

    /** Whether {@code later} tells again the conflict of {@code above}: the same kind of strongest signal, and {@link ConflictCopies#retells}. */
    private static <T> boolean retells(View<T> view, T above, T later, ConflictCopies.Likeness likeness) {
        return view.kind(above) == view.kind(later)
                && ConflictCopies.retells(view.claimA(above), view.claimB(above), view.claimA(later), view.claimB(later), likeness);
    }

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
        final long claimA;
        final long claimB;

        Entry(int index, double score, long claimA, long claimB) {
            this.index = index;
            this.score = score;
            this.claimA = claimA;
            this.claimB = claimB;
        }

        @Override
        public int compareTo(Entry o) {
            int c = Double.compare(o.score, score);
            if (c != 0) {
                return c;
            }
            c = Long.compare(claimA, o.claimA);
            return c != 0 ? c : Long.compare(claimB, o.claimB);
        }
    }

    /** Where a pair goes in a ranking: its place (0 = first) and the pair with its score lowered there. */
    public record Placement(int at, ContradictionSuggestion lowered) {
    }

    /**
     * Where a pair scored on its own (a claim just changed) goes in a diversified ranking already shown, best
     * first: walking down the ranking, its score is lowered for each pair it passes that shares one of its claims
     * or its pattern, as {@link #rerank} would have lowered it, and it goes before the first pair whose (lowered)
     * score is below its own lowered so far. The pairs after it are not lowered again for it: a list shown keeps
     * its order but for the pair put in. {@code at} is ranked.size() when it goes last.
     */
    public static Placement place(List<ContradictionSuggestion> ranked, ContradictionSuggestion s) {
        return place(ranked, s, ConflictCopies.NONE);
    }

    /**
     * As {@link #place(List, ContradictionSuggestion)}, its score lowered by {@link #RETELLING} too for each of the
     * first {@link #HEAD} rows it passes whose conflict it tells again ({@link ConflictCopies}, by {@code likeness}).
     */
    public static Placement place(List<ContradictionSuggestion> ranked, ContradictionSuggestion s, ConflictCopies.Likeness likeness) {
        String p = pattern(s);
        double score = s.score();
        int at = 0;
        for (; at < ranked.size(); at++) {
            ContradictionSuggestion r = ranked.get(at);
            // Before the first row it outranks, ties broken by the claims' ids as the ranking breaks them.
            if (ContradictionSuggestion.RANKING.compare(SUGGESTIONS.lowered(s, score), r) < 0) {
                break;
            }
            if (r.claimA() == s.claimA() || r.claimA() == s.claimB()) {
                score *= SAME_CLAIM;
            }
            if (r.claimB() == s.claimA() || r.claimB() == s.claimB()) {
                score *= SAME_CLAIM;
            }
            if (!p.isEmpty() && p.equals(pattern(r))) {
                score *= SAME_PATTERN;
            }
            if (at < HEAD && likeness != ConflictCopies.NONE && retells(SUGGESTIONS, r, s, likeness)) {
                score *= RETELLING;
            }
        }
        return new Placement(at, score == s.score() ? s : SUGGESTIONS.lowered(s, score));
    }

    /** The kind of a suggestion's strongest signal (the one {@link #pattern} reads; null with no signal). */
    static org.claimbench.domain.ContradictionKind kind(ContradictionSuggestion s) {
        Signal strongest = null;
        for (Signal x : s.signals()) {
            if (strongest == null || x.weight() > strongest.weight()) {
                strongest = x;
            }
        }
        return strongest == null ? null : strongest.kind();
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
