package org.claimbench.analysis.contradiction;

import java.util.function.LongFunction;

import org.claimbench.domain.Source;

/**
 * The same conflict told again in other claims: news coverage repeats one side's statement in several
 * articles (a wire story and its rewrites, a readout quoted by many outlets), so one disagreement between
 * two sides comes back as many scored pairs. A pair retells a pair ranked above it when each of its claims
 * is one of the other pair's claims or a claim saying the same thing (meaning vectors at least {@link #SAME_POINT}
 * alike) of the same source or of the outlet's own words, in turn, and its strongest signal is of the same kind. The
 * outlet's own narration often tells one side's point in the outlet's voice ("the president suggested that the country
 * take the plants over", tagged to the outlet, beside the side's own "he suggested taking the plants over"): set against
 * the other side, that is the two sides' conflict again, not a third account of it. A reviewer wants
 * different disagreements first, so {@link Diversity} lowers a retelling (the novelty term of maximal marginal
 * relevance, Carbonell and Goldstein 1998) and a list says how many retellings a pair has below it.
 *
 * <p>Two pairs of the same two sources on different points are no retellings: their claims' meanings differ.
 */
public final class ConflictCopies {

    /**
     * Two claims of one source say the same thing when their vectors' cosine is at least this (all-MiniLM-L6-v2). Read
     * on the development corpora's retellings (docs/suggestions.md, round 29): one statement retold or quoted again
     * scores 0.7 to 1.0; the same source on another point of the same topic mostly 0.4 to 0.65. 0.8 was tried too.
     */
    static final double SAME_POINT = 0.7;

    /** Whether two different claims say the same thing (asked of two claim ids). */
    @FunctionalInterface
    public interface Likeness {
        boolean alike(long claimX, long claimY);
    }

    /** No two different claims alike: no pair retells another (the ranking of rounds before 29). */
    public static final Likeness NONE = (x, y) -> false;

    private ConflictCopies() {
    }

    /**
     * Claims alike when they have the same source, or one of them is the outlet's own words ({@link Source#OUTLET}: its
     * narration retelling a side's point), and their vectors' cosine is at least {@link #SAME_POINT}; {@code facts} gives a
     * claim by its id (null when not known: alike to nothing). Two different sides are never alike, however close their
     * words: one's "only one crane" and the other's "all the cranes" are the conflict, not one point.
     */
    public static Likeness of(LongFunction<ClaimFacts> facts) {
        return (x, y) -> {
            ClaimFacts a = facts.apply(x);
            ClaimFacts b = facts.apply(y);
            // NaN (a vector absent) is not at least anything.
            return a != null && b != null && oneVoice(a, b) && a.vector().cosine(b.vector()) >= SAME_POINT;
        };
    }

    /** Whether two claims may tell one point: one source, or one of them the outlet's own words. */
    private static boolean oneVoice(ClaimFacts a, ClaimFacts b) {
        return a.source().equals(b.source()) || a.source().equals(Source.OUTLET) || b.source().equals(Source.OUTLET);
    }

    /**
     * Whether the pair (c, d) tells again the conflict of the pair (a, b), both of one kind of signal: c the same
     * claim as a or alike to it and d as b, or the other way round. A pair does not retell itself.
     */
    static boolean retells(long a, long b, long c, long d, Likeness likeness) {
        if ((a == c && b == d) || (a == d && b == c)) {
            return false;
        }
        return (same(a, c, likeness) && same(b, d, likeness)) || (same(a, d, likeness) && same(b, c, likeness));
    }

    private static boolean same(long x, long y, Likeness likeness) {
        return x == y || likeness.alike(x, y);
    }
}
