package org.claimbench.analysis.contradiction;

import java.util.regex.Pattern;

/**
 * Two approximations of different round figures ("about 40 minutes", "about 30 minutes") do not agree, although the
 * intervals {@link QuantityReader} gives an approximation (within 15 %) meet: a round number is read on a coarse scale, and a
 * speaker who says "about 40" rather than "about 30" places the value nearer 40 than 30 on the scale of tens (M. Krifka,
 * "Approximate interpretation of number words: a case for strategic communication", 2009; round numbers are the multiples of
 * five and ten, C. Jansen and M. Pollmann, "On round numbers", 2001). Two such approximations are compared as the figures they
 * round; an approximation against an exact figure, or a figure that is not round, keeps its interval.
 */
final class RoundApproximations {

    /** The factors {@link Hedges#hedged} widens an "about" figure by. */
    private static final double LOW = Hedges.APPROX_LOW;
    private static final double HIGH = Hedges.APPROX_HIGH;

    private RoundApproximations() {
    }

    /**
     * A total: "in all", "in total", "all told", "altogether" at the end of a phrase (Oxford English Dictionary, "all told":
     * "in all, in total"; "altogether", 3: "in total"). A claim that gives a total against one that does not may give the whole
     * of which the other's span is a part ("about 40 minutes in all" / "about 30 minutes"): their intervals stay.
     */
    private static final Pattern TOTAL = Pattern.compile("(?i)\\b(?:in\\s+all|in\\s+total|altogether)(?=\\s*(?:[,.;:)—–]|$))|\\ball\\s+told\\b");
    /**
     * A measure partitive: a span "of" what fills it ("30 minutes of talks"; Quirk et al. 1985, 5.9 on partitives of measure),
     * an amount of an activity that may be part of an event's length, not the length itself.
     */
    private static final Pattern PARTITIVE = Pattern.compile("(?i)\\sof\\s");

    /** Whether two quantities of two claims agree as stated: their intervals meet, and they are not approximations of two round figures. */
    static boolean agree(ClaimFeatures a, Quantity qa, ClaimFeatures b, Quantity qb) {
        return qa.agreesWith(qb) && !distinct(a, qa, b, qb);
    }

    /**
     * Whether both are approximations of one round figure each, the figures differ, and they measure one span: the same head
     * (a length of the event reported is a call's or a meeting's, {@link Quantity#measuresSameAs}) unless one is a measure
     * partitive, and neither claim alone gives a total.
     */
    static boolean distinct(ClaimFeatures a, Quantity qa, ClaimFeatures b, Quantity qb) {
        double x = rounded(qa);
        double y = rounded(qb);
        if (Double.isNaN(x) || Double.isNaN(y) || x == y) {
            return false;
        }
        boolean partitiveA = PARTITIVE.matcher(qa.words()).find();
        if (partitiveA != PARTITIVE.matcher(qb.words()).find() || (partitiveA && !qa.head().equals(qb.head()))) {
            return false;
        }
        return TOTAL.matcher(a.facts.text()).find() == TOTAL.matcher(b.facts.text()).find();
    }

    /** The figure an approximation rounds, as an exact quantity; q itself when it is none. */
    static Quantity point(Quantity q) {
        double v = rounded(q);
        return Double.isNaN(v) ? q : new Quantity(q.dimension(), q.head(), v, v, q.words(), q.start());
    }

    /** The round figure an "about" approximation of one figure states, or NaN. */
    private static double rounded(Quantity q) {
        if (q.low() <= 0 || Double.isInfinite(q.high())) {
            return Double.NaN;
        }
        double v = Math.rint(q.low() / LOW * 1e6) / 1e6;
        // One figure, not a range ("about 2-3 hours"): its interval is the figure widened both ways.
        if (Math.abs(v * HIGH - q.high()) > 1e-6 * Math.max(1, v) || !q.words().matches("(?i)(about|around|roughly|approximately|close to)\\s.*")) {
            return Double.NaN;
        }
        return round(v) ? v : Double.NaN;
    }

    /** Whether a figure is round: a whole multiple of five (a time in minutes: "about two hours" is 120). */
    private static boolean round(double v) {
        return v >= 5 && Math.rint(v) == v && (long) v % 5 == 0;
    }
}
