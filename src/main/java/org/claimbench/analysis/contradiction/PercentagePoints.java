package org.claimbench.analysis.contradiction;

/**
 * The units of a difference between two percentages: "percentage points" and "basis points" (hundredths of a point), also hyphenated before a noun ("a 0.5 percentage-point cut"), read by
 * {@link QuantityReader} as a dimension of their own. A change of a rate in points is no percentage of it: a rate that "rose
 * 2 percentage points" from 5 % is 7 %, one that "rose 2 percent" is 5.1 % (The Economist Style Guide, "percentage points";
 * AP Stylebook, "percent": "percentage point" for a difference of percentages; Merriam-Webster, "basis point": one hundredth
 * of a percentage point).
 */
final class PercentagePoints {

    /** The dimension of a figure in points, counted in percentage points. */
    static final String DIMENSION = "points";
    /** The unit after a figure, for {@link QuantityReader}'s figure pattern. */
    static final String UNIT = "(?:percentage|basis)[\\s-]+points?\\b";
    /** A hyphen joining a figure to its unit of points in a compound premodifier ("a 2-percentage-point cut"; The Chicago Manual of Style, 7.87). */
    static final String JOINED = "-(?=(?:percentage|basis)-points?\\b)";

    private PercentagePoints() {
    }

    /** Whether a unit read after a figure (lower case) is one of points. */
    static boolean unit(String unit) {
        return unit.matches(UNIT);
    }

    /** A figure in the unit given, in percentage points ("75 basis points" is 0.75). */
    static double inPercentagePoints(double figure, String unit) {
        return unit.startsWith("basis") ? figure / 100 : figure;
    }
}
