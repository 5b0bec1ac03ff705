package org.claimbench.analysis.contradiction;

/**
 * Two approximations of different round figures ("about 40 minutes", "about 30 minutes") do not agree, although the
 * intervals {@link QuantityReader} gives an approximation (within 15 %) meet: a round number is read on a coarse scale, and a
 * speaker who says "about 40" rather than "about 30" places the value nearer 40 than 30 on the scale of tens (M. Krifka,
 * "Approximate interpretation of number words: a case for strategic communication", 2009; round numbers are the multiples of
 * five and ten, C. Jansen and M. Pollmann, "On round numbers", 2001). Two such approximations are compared as the figures they
 * round; an approximation against an exact figure, or a figure that is not round, keeps its interval.
 */
final class RoundApproximations {

    /** The factors {@link QuantityReader#hedged} widens an "about" figure by. */
    private static final double LOW = QuantityReader.APPROX_LOW;
    private static final double HIGH = QuantityReader.APPROX_HIGH;

    private RoundApproximations() {
    }

    /** Whether two quantities agree as stated: their intervals meet, and they are not approximations of two round figures. */
    static boolean agree(Quantity a, Quantity b) {
        return a.agreesWith(b) && !distinct(a, b);
    }

    /** Whether both are approximations of one round figure each, and the figures differ. */
    static boolean distinct(Quantity a, Quantity b) {
        double x = rounded(a);
        double y = rounded(b);
        return !Double.isNaN(x) && !Double.isNaN(y) && x != y;
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
