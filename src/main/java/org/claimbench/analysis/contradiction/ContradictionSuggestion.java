package org.claimbench.analysis.contradiction;

import java.util.Comparator;
import java.util.List;

/**
 * Two claims that may contradict each other: the score that ranks them, the signals, whether their
 * articles report one event, and when they do not, the event both claims speak of ("" otherwise).
 */
public record ContradictionSuggestion(long claimA, long claimB, double score, List<Signal> signals, boolean sameEvent, String sharedEvent) {

    public ContradictionSuggestion {
        signals = List.copyOf(signals);
        sharedEvent = sharedEvent == null ? "" : sharedEvent;
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
        return sb.toString();
    }
}
