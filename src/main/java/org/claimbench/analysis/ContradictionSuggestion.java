package org.claimbench.analysis;

import java.util.Comparator;
import java.util.List;

/** Two claims that may contradict each other: the score that ranks them, the signals, and whether they are about one event. */
public record ContradictionSuggestion(long claimA, long claimB, double score, List<Signal> signals, boolean sameEvent) {

    /** Best first; equal scores in the order of their claims, so a ranking is the same every time. */
    static final Comparator<ContradictionSuggestion> RANKING = Comparator.comparingDouble(ContradictionSuggestion::score).reversed()
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
            sb.append(" (The two articles report different events, so this may be no contradiction.)");
        }
        return sb.toString();
    }
}
