package org.claimbench.analysis.contradiction;

import java.util.List;
import java.util.Locale;

/**
 * For reading an evaluation (eval --details): where a pair that is never generated stands among each claim's neighbours by
 * meaning, so one sees whether a floor relative to each claim would reach it where the global floor
 * ({@link ContradictionSuggester#NEIGHBOUR_MIN}) does not. A rank is 1 for the nearest; among all claims, and among the
 * claims of the other sources of the claim's event (its event, or any when either's is not known).
 */
final class NeighbourRanks {

    private NeighbourRanks() {
    }

    /**
     * "neighbour ranks: 14 of A's, 9 of B's; among the other accounts of the event 3 of 40 and 2 of 37" (the second part only
     * when the two are of other sources and one event), or "" when either claim has no vector.
     */
    static String of(List<ClaimFeatures> features, int i, int j) {
        ClaimFeatures a = features.get(i);
        ClaimFeatures b = features.get(j);
        if (!a.facts.vector().present() || !b.facts.vector().present()) {
            return "";
        }
        int[] ra = rank(features, i, j);
        int[] rb = rank(features, j, i);
        String all = String.format(Locale.ROOT, "neighbour ranks: %d of A's, %d of B's", ra[0], rb[0]);
        return other(a, b) ? all + String.format(Locale.ROOT, "; among the other accounts of the event %d of %d and %d of %d",
                ra[1], ra[2], rb[1], rb[2]) : all;
    }

    /** Whether x is another account than a's (EventNeighbours.otherAccount) and of its event (or of either's event not known). */
    private static boolean other(ClaimFeatures a, ClaimFeatures x) {
        return EventNeighbours.otherAccount(a, x) && (a.event.isEmpty() || x.event.isEmpty() || a.event.equals(x.event));
    }

    /** j's rank among i's neighbours, its rank among those of another source and i's event, and how many those are. */
    private static int[] rank(List<ClaimFeatures> features, int i, int j) {
        ClaimFeatures a = features.get(i);
        double target = a.facts.vector().cosine(features.get(j).facts.vector());
        int all = 1;
        int others = 1;
        int count = 0;
        for (int k = 0; k < features.size(); k++) {
            ClaimFeatures x = features.get(k);
            if (k == i || !x.facts.vector().present()) {
                continue;
            }
            boolean other = other(a, x);
            count += other ? 1 : 0;
            if (k == j) {
                continue;
            }
            double c = a.facts.vector().cosine(x.facts.vector());
            if (c > target) {
                all++;
                others += other ? 1 : 0;
            }
        }
        return new int[] {all, others, count};
    }
}
