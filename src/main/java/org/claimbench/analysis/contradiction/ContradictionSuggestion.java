package org.claimbench.analysis.contradiction;

import java.util.Comparator;
import java.util.List;

/**
 * Two claims that may contradict each other: the score that ranks them, the signals, whether their
 * articles report one event, and when they do not, the event both claims speak of ("" otherwise).
 * {@code retellings} is set by a ranking ({@link Diversity}): how many pairs below this one in the list are the same
 * conflict told again in other claims ({@link ConflictCopies}), and -1 when this pair is itself such a retelling of
 * a pair above it; 0 otherwise or when not known. {@code placement} is a sentence on how the pair's place among the claims
 * ranked it (an article's headline against its own body: {@link OwnHeadline#NOTE}), shown after the signals' reasons; "" for none.
 */
public record ContradictionSuggestion(long claimA, long claimB, double score, List<Signal> signals, boolean sameEvent, String sharedEvent,
                                      int retellings, String placement) {

    public ContradictionSuggestion {
        signals = List.copyOf(signals);
        sharedEvent = sharedEvent == null ? "" : sharedEvent;
        retellings = Math.max(-1, retellings);
        placement = placement == null ? "" : placement;
    }

    /** A suggestion of no known retellings. */
    public ContradictionSuggestion(long claimA, long claimB, double score, List<Signal> signals, boolean sameEvent, String sharedEvent) {
        this(claimA, claimB, score, signals, sameEvent, sharedEvent, 0, "");
    }

    /** The same suggestion with another score (a ranking's lowering), all else kept. */
    public ContradictionSuggestion withScore(double lowered) {
        return new ContradictionSuggestion(claimA, claimB, lowered, signals, sameEvent, sharedEvent, retellings, placement);
    }

    /** The same suggestion with its retellings in a list (see the record's note). */
    public ContradictionSuggestion withRetellings(int n) {
        return n == retellings ? this : new ContradictionSuggestion(claimA, claimB, score, signals, sameEvent, sharedEvent, n, placement);
    }

    /**
     * What a list says of the pair's retellings: "Also said in 2 other pairs below." for the first telling of a conflict,
     * "The same conflict as a pair above, told in other claims." for a retelling, "" otherwise.
     */
    public String retellingNote() {
        if (retellings < 0) {
            return "The same conflict as a pair above, told in other claims.";
        }
        return retellings == 0 ? "" : "Also said in " + retellings + (retellings == 1 ? " other pair" : " other pairs") + " below.";
    }

    /** Best first; equal scores in the order of their claims, so a ranking is the same every time. */
    public static final Comparator<ContradictionSuggestion> RANKING = Comparator.comparingDouble(ContradictionSuggestion::score).reversed()
            .thenComparingLong(ContradictionSuggestion::claimA).thenComparingLong(ContradictionSuggestion::claimB);

    public String explanation() {
        StringBuilder sb = new StringBuilder();
        for (Signal s : signals) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(s.explanation());
        }
        if (!sameEvent) {
            sb.append(" (The two articles report different events, but both claims speak of ").append(sharedEvent).append(".)");
        }
        if (!placement.isEmpty()) {
            sb.append(' ').append(placement);
        }
        return sb.toString();
    }
}
