package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.domain.ContradictionKind;

/**
 * What a learned ranking reads of a scored pair: general properties the engine works out anyway, no word of the
 * claims. Per kind of contradiction the strongest signal's weight (0 when none); how many kinds; the hand-set
 * combination of the signals (1 - the product of 1 - weight); the cosine of the two meaning vectors (0 when a
 * vector is missing, with a flag); one source or two, one article or two, one event or two (a pair across events
 * speaks of an event both name); whether the claims are the outlets' own words ("Press"); whether the article's
 * own contrast is the only signal; the engine's hand-set score; and how many scored pairs each claim has (log(1 + n), the busier claim first).
 * Every value lies in [0, 1] but the last two (about 0 to 5).
 */
public final class PairFeatures {

    /** The features' names, in the order of {@link #of}'s array. */
    public static final List<String> NAMES;

    static {
        List<String> names = new ArrayList<>();
        for (ContradictionKind k : ContradictionKind.values()) {
            names.add("kind " + k.code());
        }
        names.addAll(List.of("kinds", "evidence", "cosine", "no vector", "same source", "same article", "two accounts",
                "other event", "both press", "one press", "contrast only", "hand-set score", "pairs of the busier claim", "pairs of the other claim"));
        NAMES = List.copyOf(names);
    }

    /** Where the two counts of pairs go (filled by {@link #withPairCounts}). */
    private static final int BUSIER = NAMES.size() - 2;

    private PairFeatures() {
    }

    /** A scored pair's features, its pair counts still 0. */
    static double[] of(ClaimFeatures a, ClaimFeatures b, Pair pair, List<Signal> found, double handSet) {
        double[] x = new double[NAMES.size()];
        Map<ContradictionKind, Double> strongest = new EnumMap<>(ContradictionKind.class);
        for (Signal s : found) {
            strongest.merge(s.kind(), s.weight(), Math::max);
        }
        double none = 1;
        for (Map.Entry<ContradictionKind, Double> e : strongest.entrySet()) {
            x[e.getKey().ordinal()] = e.getValue();
            none *= 1 - e.getValue();
        }
        int i = ContradictionKind.values().length;
        x[i++] = strongest.size() / 3.0;
        x[i++] = 1 - none;
        boolean vector = !Double.isNaN(pair.cosine());
        x[i++] = vector ? Math.max(0, pair.cosine()) : 0;
        x[i++] = vector ? 0 : 1;
        x[i++] = pair.sameSource() ? 1 : 0;
        x[i++] = pair.sameArticle() ? 1 : 0;
        x[i++] = pair.twoAccounts(a) ? 1 : 0;
        x[i++] = pair.sameEvent() ? 0 : 1;
        int press = (a.facts.source().equals(OUTLET) ? 1 : 0) + (b.facts.source().equals(OUTLET) ? 1 : 0);
        x[i++] = press == 2 ? 1 : 0;
        x[i++] = press == 1 ? 1 : 0;
        x[i++] = found.stream().allMatch(s -> s.name().equals(ContrastSignal.NAME)) ? 1 : 0;
        x[i] = Math.log(Math.max(1e-3, handSet)) / 7 + 1;
        return x;
    }

    /** The outlet's own source, as {@link ClaimFacts#of(org.claimbench.domain.WorkspaceContent, List)} names it. */
    static final String OUTLET = org.claimbench.domain.Source.OUTLET;

    /**
     * The features of scored pairs with how many scored pairs each claim has filled in (the counts of this set of
     * pairs: a claim many pairs reach is a claim of common words or a long one).
     */
    public static List<Featured> withPairCounts(List<Featured> pairs) {
        Map<Long, Integer> count = new HashMap<>();
        for (Featured p : pairs) {
            count.merge(p.suggestion().claimA(), 1, Integer::sum);
            count.merge(p.suggestion().claimB(), 1, Integer::sum);
        }
        List<Featured> out = new ArrayList<>(pairs.size());
        for (Featured p : pairs) {
            double[] x = p.features().clone();
            int na = count.get(p.suggestion().claimA());
            int nb = count.get(p.suggestion().claimB());
            x[BUSIER] = Math.log1p(Math.max(na, nb));
            x[BUSIER + 1] = Math.log1p(Math.min(na, nb));
            out.add(new Featured(p.suggestion(), x, p.language()));
        }
        return out;
    }

    /** A scored pair (its hand-set score and signals), its features, and its language features ({@link PairLanguage}). */
    public record Featured(ContradictionSuggestion suggestion, double[] features, double[] language) {
    }
}
