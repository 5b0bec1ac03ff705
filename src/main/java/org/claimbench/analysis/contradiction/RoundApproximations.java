package org.claimbench.analysis.contradiction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two approximations of different round figures ("about 40 minutes", "about 30 minutes") do not agree, although the
 * intervals {@link QuantityReader} gives an approximation (within 15 %) meet: a round number is read on a coarse scale, and a
 * speaker who says "about 40" rather than "about 30" places the value nearer 40 than 30 on the scale of tens (M. Krifka,
 * "Approximate interpretation of number words: a case for strategic communication", 2009; round numbers are the multiples of
 * five and ten, C. Jansen and M. Pollmann, "On round numbers", 2001). Two such approximations on one scale are compared as the
 * figures they round; an approximation against an exact figure, a figure that is not round as written, or two round figures
 * on different scales keep their intervals. Roundness is the number's as written ("about 7 hours" is not round, though 420
 * minutes is a multiple of five).
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
     * A measure partitive (of a span of time only): a span "of" what fills it ("30 minutes of talks"; Quirk et al. 1985, 5.9 on partitives of measure),
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
        // Two round figures are read as points on one scale only (Krifka 2009): "about 20" against "about 25", or "about 2,000"
        // against "about 2,500", are each one figure approximated on two scales, and keep their intervals.
        if (Double.isNaN(x) || Double.isNaN(y) || x == y || scale(qa) != scale(qb)) {
            return false;
        }
        // A partitive of measure is a span's: "$30 million of aid" and "$40 million in aid" are two sums of one thing (review64d).
        boolean time = qa.dimension().equals("time");
        boolean partitiveA = time && PARTITIVE.matcher(qa.words()).find();
        if (partitiveA != (time && PARTITIVE.matcher(qb.words()).find()) || (partitiveA && !qa.head().equals(qb.head()))) {
            return false;
        }
        return TOTAL.matcher(a.facts.text()).find() == TOTAL.matcher(b.facts.text()).find();
    }

    /** The figure an approximation rounds, as an exact quantity; q itself when it is none. */
    static Quantity point(Quantity q) {
        double v = rounded(q);
        return Double.isNaN(v) ? q : new Quantity(q.dimension(), q.head(), v, v, q.words(), q.start());
    }

    /**
     * An approximator and the number right after it as written, before any unit or scale word ("about 1.2 million": 1.2;
     * "about 30-minute talks": 30): a number in digits, or a number word with its units ("forty-five"), not the numerator
     * of a fraction ("about two-thirds") nor a whole with a half ("about 2 1/2 hours").
     */
    private static final Pattern WRITTEN = Pattern.compile("(?i)^(?:" + Hedges.APPROXIMATORS + ")\\s+[$€£]?"
            + "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|[a-z]+(?:-(?:one|two|three|four|five|six|seven|eight|nine)\\b)?)"
            + "(?![\\w½.,]\\d|[a-z½\\d]|\\s*1/2|-(?:halves|half|thirds?|quarters?|fifths?|tenths?)\\b)");

    /** The round figure an "about" approximation of one figure states (in its unit: minutes for a time), or NaN. */
    private static double rounded(Quantity q) {
        return scale(q) == 0 ? Double.NaN : Math.rint(q.low() / LOW * 1e6) / 1e6;
    }

    /**
     * The scale of the round number an "about" approximation of one figure writes, 0 when it is none: judged on the number as
     * written, before its unit or scale word ("about 7 hours" is 420 minutes but 7 is no round number; "about 1.2 million"
     * none either). The scale is the largest power of ten from ten up that divides it, or five for another multiple of five
     * ("about 20" is on the scale of tens, "about 25" of fives, "about 2,000" of thousands, "about 2,500" of hundreds).
     */
    private static long scale(Quantity q) {
        if (q.low() <= 0 || Double.isInfinite(q.high())) {
            return 0;
        }
        double v = q.low() / LOW;
        // One figure, not a range ("about 2-3 hours"): its interval is the figure widened both ways.
        Matcher m = WRITTEN.matcher(q.words());
        if (Math.abs(v * HIGH - q.high()) > 1e-6 * Math.max(1, v) || !m.find()) {
            return 0;
        }
        String n = m.group(1).replace(",", "");
        double written = Character.isDigit(n.charAt(0)) ? Double.parseDouble(n) : QuantityReader.numberWord(n);
        if (!(written >= 5) || written != Math.rint(written) || (long) written % 5 != 0) {
            return 0;
        }
        long scale = 5;
        for (long p = 10; (long) written % p == 0; p *= 10) {
            scale = p;
        }
        return scale;
    }
}
