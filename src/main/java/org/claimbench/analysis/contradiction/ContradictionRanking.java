package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order in which suggestions are shown: by score, each claim's later pairs a little lower for
 * every better pair it is already in (a greedy form of maximal marginal relevance, Carbonell and
 * Goldstein 1998), so one claim opposed to ten near-identical others does not fill the top of the
 * list and other conflicts are seen. Only the order changes: each suggestion keeps its own score.
 */
public final class ContradictionRanking {

    /** How much a claim's next pair is lowered for each better pair of the same claim. */
    static final double REPEAT = 0.85;

    private ContradictionRanking() {
    }

    /** Suggestions in the order to show them; {@code best} is ranked best first (ContradictionSuggestion.RANKING). */
    public static List<ContradictionSuggestion> forDisplay(List<ContradictionSuggestion> best) {
        Map<Long, Integer> seen = new HashMap<>();
        List<double[]> keyed = new ArrayList<>(best.size());
        for (int i = 0; i < best.size(); i++) {
            ContradictionSuggestion s = best.get(i);
            int repeats = Math.max(seen.getOrDefault(s.claimA(), 0), seen.getOrDefault(s.claimB(), 0));
            keyed.add(new double[] {s.score() * Math.pow(REPEAT, repeats), i});
            seen.merge(s.claimA(), 1, Integer::sum);
            seen.merge(s.claimB(), 1, Integer::sum);
        }
        keyed.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0]) : Double.compare(x[1], y[1]));
        List<ContradictionSuggestion> out = new ArrayList<>(best.size());
        for (double[] k : keyed) {
            out.add(best.get((int) k[1]));
        }
        return out;
    }
}
