package org.claimbench.analysis.contradiction;

import java.util.Locale;

/**
 * A quantity a claim states: what it measures, and the interval it allows. Times are in minutes
 * ("two-and-a-half-hour" = 150, "a 30-day pause" = 43,200); ordinals count events ("the sixth
 * call"); other figures count their noun ("1,000 prisoners") or a unit (percent, dollars).
 * An exact figure is the interval [v, v]; "over two hours" is (120, ∞), "nearly three hours"
 * [153, 180), "about 90 minutes" [76.5, 103.5], "2-3 hours" [120, 180].
 *
 * @param dimension "time", "frame" (a span a claim is set in: "within ten days"), "ordinal", "percent", "points" (percentage
 *                  points, a difference of percentages), "money" or "count"
 * @param head      the noun it measures or counts, singular and lower case ("call", "prisoner"; for a count
 *                  the two words after the figure, "ballistic missile", either of which may be the noun;
 *                  {@link DurationHeads#EVENT} for the length of the event reported; for an ordinal counted over a span,
 *                  the noun and the span, "call in three month"), or "" when the claim does not say
 * @param low       the least value it allows
 * @param high      the greatest value it allows
 * @param words     the words it was read from, for the explanation
 * @param start     where those words start in the claim (UTF-16 index)
 */
public record Quantity(String dimension, String head, double low, double high, String words, int start) {

    /** Whether two quantities measure the same thing: the same dimension, and the same noun where both say which. */
    boolean measuresSameAs(Quantity o) {
        if (!dimension.equals(o.dimension)) {
            return false;
        }
        // Ordinals counted over different spans of time ("the first call in three months", "the third call") rank in different sets.
        if (dimension.equals("ordinal") && !span(head).equals(span(o.head))) {
            return false;
        }
        // A change in percent is measured against a change only ("rose 2%" is no level like "a 2% tariff"; PercentChanges).
        if (head.equals(PercentChanges.CHANGE) != o.head.equals(PercentChanges.CHANGE)) {
            return false;
        }
        if (head.isEmpty() || o.head.isEmpty() || head.equals(o.head)) {
            return true;
        }
        // The length of the event reported is that of a call or a meeting (DurationHeads).
        if (dimension.equals("time") && (eventLength(head, o.head) || eventLength(o.head, head))) {
            return true;
        }
        // A count's head may be two words ("ballistic missile"): one shared word names the same thing.
        for (String w : head.split(" ")) {
            for (String x : o.head.split(" ")) {
                if (w.equals(x)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The span an ordinal's head counts in ("three month" of "call in three month"), or "". */
    private static String span(String head) {
        int in = head.startsWith("in ") ? 0 : head.indexOf(" in ") + 1;
        return in == 0 && !head.startsWith("in ") ? "" : head.substring(in + 3);
    }

    /** Whether the two intervals meet: the figures agree. */
    boolean agreesWith(Quantity o) {
        return low <= o.high && o.low <= high;
    }

    /** How far apart two disjoint intervals are, as a share of the larger figure (0 when they meet). */
    double gap(Quantity o) {
        if (agreesWith(o)) {
            return 0;
        }
        double apart = low > o.high ? low - o.high : o.low - high;
        double scale = Math.max(Math.abs(finite(high, low)), Math.abs(finite(o.high, o.low)));
        return scale == 0 ? 1 : apart / scale;
    }

    private static double finite(double v, double fallback) {
        return Double.isInfinite(v) ? fallback : v;
    }

    /** "“two-hour” (120 min)", "“sixth” (no. 6)", "“over two hours” (more than 120 min)". */
    public String describe() {
        // Points to the hundredth: a basis point is 0.01 of a point ("25 basis points" is 0.25, not 0.3; PercentagePoints).
        int places = dimension.equals(PercentagePoints.DIMENSION) ? 2 : 1;
        String value;
        if (low == high) {
            value = number(places, low);
        } else if (Double.isInfinite(low)) {
            // A fall with "more than" (PercentChanges turns (3, ∞) into (-∞, -3)): no number stands for -∞.
            value = "a fall of more than " + number(places, -high);
        } else if (high == 0 && low < 0) {
            value = "a fall of less than " + number(places, -low);
        } else if (Double.isInfinite(high)) {
            value = "more than " + number(places, low);
        } else if (low == 0) {
            value = "less than " + number(places, high);
        } else {
            value = number(places, low) + "–" + number(places, high);
        }
        String unit = switch (dimension) {
            case "time" -> " min";
            case "percent" -> " %";
            case "points" -> " percentage points";
            case "ordinal" -> "";
            default -> "";
        };
        return "“" + words + "” (" + (dimension.equals("ordinal") ? "no. " : "") + value + unit + ")";
    }

    private static String number(int places, double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v)
                : java.math.BigDecimal.valueOf(v).setScale(places, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Whether head a is the length of the event reported and head b a call's or a meeting's (DurationHeads). */
    private static boolean eventLength(String a, String b) {
        return a.equals(DurationHeads.EVENT) && (b.equals("call") || b.equals("meeting"));
    }
}
