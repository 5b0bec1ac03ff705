package org.claimbench.analysis.contradiction;

import java.util.Comparator;
import java.util.List;

/**
 * A pair kept in a {@link ContradictionIndex} as {@link ContradictionIndex#top} ranks it: its claims in id order, its score
 * and its pattern's number (the index's list of patterns, see {@link Diversity#pattern}).
 */
record KeptPair(long a, long b, double score, int pattern) {

    /** The best first, as {@link ContradictionSuggestion#RANKING} orders suggestions (no boxing: millions of comparisons). */
    static final Comparator<KeptPair> BEST_FIRST = (x, y) -> {
        int c = Double.compare(y.score, x.score);
        if (c != 0) {
            return c;
        }
        c = Long.compare(x.a, y.a);
        return c != 0 ? c : Long.compare(x.b, y.b);
    };
    static final Comparator<KeptPair> WORST_FIRST = BEST_FIRST.reversed();

    /** How {@link Diversity} reads kept pairs whose pattern numbers index {@code patterns} and {@code kinds} (read when asked: they may grow). */
    static Diversity.View<KeptPair> view(List<String> patterns, List<org.claimbench.domain.ContradictionKind> kinds) {
        return new Diversity.View<>() {
            @Override
            public long claimA(KeptPair k) {
                return k.a;
            }

            @Override
            public long claimB(KeptPair k) {
                return k.b;
            }

            @Override
            public double score(KeptPair k) {
                return k.score;
            }

            @Override
            public String pattern(KeptPair k) {
                return patterns.get(k.pattern);
            }

            @Override
            public org.claimbench.domain.ContradictionKind kind(KeptPair k) {
                return kinds.get(k.pattern);
            }

            @Override
            public KeptPair lowered(KeptPair k, double score) {
                return new KeptPair(k.a, k.b, score, k.pattern);
            }
        };
    }
}
