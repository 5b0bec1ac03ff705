package org.claimbench.analysis.contradiction;

import java.util.List;

/**
 * What a learned ranking reads of a pair's language, by lemma, beside the signals ({@link PairFeatures}): general
 * properties of the two readings, no word of a topic. Each value is 0 or 1 but the shared share (0 to 1):
 * <ul>
 * <li>"one side negated": a content lemma lies in one claim's negation scope and in the other claim outside one
 * (negation by its scope, as the language components read it);</li>
 * <li>"shared lemmas": the share of the shorter claim's content lemmas the other has too;</li>
 * <li>"figures apart, same head" / "figures agree, same head": two quantities that measure the same thing
 * ({@link Quantity#measuresSameAs}) whose intervals do not meet, or meet, and that are not two round approximations of different
 * figures ({@link RoundApproximations#agree});</li>
 * <li>"factuality contrast": two statuses of different factuality (FactBank's categories, {@link Factuality}) whose
 * targets are one lemma or unsaid;</li>
 * <li>"two sides": two different sources, neither the outlet's own words ("Press").</li>
 * </ul>
 */
public final class PairLanguage {

    /** The features' names, in the order of {@link #of}'s array. */
    public static final List<String> NAMES = List.of("one side negated", "shared lemmas", "figures apart, same head",
            "figures agree, same head", "factuality contrast", "two sides");

    private PairLanguage() {
    }

    /** The language features of two read claims. */
    static double[] of(ClaimFeatures a, ClaimFeatures b) {
        double[] x = new double[NAMES.size()];
        x[0] = negatedInOne(a, b) || negatedInOne(b, a) ? 1 : 0;
        x[1] = shared(a.words, b.words);
        boolean apart = false;
        boolean agree = false;
        for (Quantity p : a.quantities) {
            for (Quantity q : b.quantities) {
                // As the mismatch signal reads them: two round approximations on one scale are two figures (RoundApproximations).
                if (p.measuresSameAs(q)) {
                    boolean same = RoundApproximations.agree(a, p, b, q);
                    apart |= !same;
                    agree |= same;
                }
            }
        }
        x[2] = apart ? 1 : 0;
        x[3] = agree ? 1 : 0;
        x[4] = factualityContrast(a, b) ? 1 : 0;
        String sa = a.facts.source();
        String sb = b.facts.source();
        x[5] = !sa.equals(sb) && !sa.equals(PairFeatures.OUTLET) && !sb.equals(PairFeatures.OUTLET) && !sa.isEmpty() && !sb.isEmpty() ? 1 : 0;
        return x;
    }

    /** Whether a lemma a negates is one b states outside any negation. */
    private static boolean negatedInOne(ClaimFeatures a, ClaimFeatures b) {
        for (String w : a.negated) {
            if (b.words.contains(w) && !b.negated.contains(w) && !b.scoped.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The share of the shorter list's lemmas the other list has (0 when either is empty). */
    private static double shared(List<String> a, List<String> b) {
        List<String> small = a.size() <= b.size() ? a : b;
        List<String> large = small == a ? b : a;
        if (small.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (String w : small) {
            n += large.contains(w) ? 1 : 0;
        }
        return (double) n / small.size();
    }

    private static boolean factualityContrast(ClaimFeatures a, ClaimFeatures b) {
        for (ClaimFeatures.Status s : a.statuses) {
            for (ClaimFeatures.Status t : b.statuses) {
                String x = s.target() == null ? "" : s.target();
                String y = t.target() == null ? "" : t.target();
                boolean sameTarget = x.isEmpty() || y.isEmpty() || x.equals(y);
                if (s.value() != t.value() && sameTarget) {
                    return true;
                }
            }
        }
        return false;
    }
}
