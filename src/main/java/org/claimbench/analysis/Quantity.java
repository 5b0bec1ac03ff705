package org.claimbench.analysis;

/**
 * A quantity stated in a claim, normalised: a duration in minutes, an ordinal ("the sixth call"),
 * or a number of days ("a 30-day ceasefire"). The words it was read from are kept for the explanation.
 */
public record Quantity(Kind kind, double value, String words) {

    public enum Kind {
        DURATION("length of the call", "min"), ORDINAL("count of calls", ""), DAYS("number of days", "days");

        private final String what;
        private final String unit;

        Kind(String what, String unit) {
            this.what = what;
            this.unit = unit;
        }

        public String what() {
            return what;
        }

        public String unit() {
            return unit;
        }
    }

    /** "“hour-long” (60 min)". */
    public String describe() {
        String v = value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        return "“" + words + "” (" + (kind == Kind.ORDINAL ? "no. " + v : v + " " + kind.unit()) + ")";
    }
}
