package org.claimbench.analysis.contradiction;

import java.util.Optional;

import org.claimbench.domain.ContradictionKind;

/**
 * Different figures for the same quantity: two claims measure the same thing (the same dimension
 * and noun: the length of a call, a count of prisoners, a call's ordinal) and their intervals do
 * not meet ("two-hour" against "hour-long"). A range or an approximation that meets the other
 * figure agrees ("over two hours" and "2 hours 5 minutes"; "at least six killed" and "at least
 * four": both may hold); figures within 12 % of each other that
 * still do not meet are a near miss, shown with their context ("3 hours" against "2 hours 45
 * minutes": rounding, or a different figure?).
 */
final class QuantitySignal implements PairSignal {

    /**
     * A count of part of a group: a number before "of" and a determiner ("two of the wounded", "three of those detained"; the
     * partitive construction, Quirk et al. 1985, 5.9). A claim with one counts parts ("two of the wounded were moved, while six
     * others had minor injuries"), and its counts are not the group's size another claim gives ("more than 20 injured").
     */
    static final java.util.regex.Pattern PARTITIVE = java.util.regex.Pattern.compile(
            "(?i)\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\\s+of\\s+(the|these|those|its|their|our)\\s+"
                    // Not a superlative ("one of the worst fires", "one of the most senior officials": the -est inflection or
                    // most / least, Quirk et al. 1985, ch. 7 on comparison): it ranks in a class and counts no part of a group.
                    + "(?!(?:most|least|best|worst|\\p{L}+est)\\s)\\p{L}");

    /**
     * A running total: a count taken over a stretch that runs up to the time of speaking, named by "since" and its starting
     * point, "so far", "to date" or "thus far" (Quirk et al. 1985, 8.57 and 9.60: "since" with the perfect, and the adjuncts of
     * a period up to now). A running total in one claim and a count without one in the other count different stretches
     * ("killing 38 since early October" against "nine killed in the strikes"): no conflict of figures.
     */
    static final java.util.regex.Pattern RUNNING_TOTAL = java.util.regex.Pattern.compile(
            "(?i)\\b(?:since\\s+(?:early\\s+|late\\s+|mid-?\\s*)?(?:the\\s+|last\\s+|its\\s+|their\\s+)?(?:\\p{L}+|\\d)|so\\s+far|to\\s+date|thus\\s+far)\\b");

    /** Figures closer than this share of the larger are a near miss, not a mismatch. */
    static final double NEAR = 0.12;

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        // Figures are compared only in one dimension ({@link Quantity#measuresSameAs}).
        return (a.holds.dimensions & b.holds.dimensions) != 0;
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        Signal best = null;
        // Parts of a group counted in one claim against a count of the whole in the other: different things measured.
        boolean partsInOne = a.countsParts != b.countsParts;
        boolean totalInOne = RUNNING_TOTAL.matcher(a.facts.text()).find() != RUNNING_TOTAL.matcher(b.facts.text()).find();
        for (Quantity qa : a.quantities) {
            // A figure the other claim also states is agreed on ("25% on A and 10% on B" twice is no conflict of 25 and 10).
            if (b.quantities.stream().anyMatch(qb -> qa.measuresSameAs(qb) && RoundApproximations.agree(a, qa, b, qb))) {
                continue;
            }
            for (Quantity qb : b.quantities) {
                if (qa.dimension().equals("frame") || !qa.measuresSameAs(qb) || ((partsInOne || totalInOne) && qa.dimension().equals("count"))) {
                    continue;
                }
                if (a.quantities.stream().anyMatch(x -> x.measuresSameAs(qb) && RoundApproximations.agree(a, x, b, qb))) {
                    continue;
                }
                // Two changes are of one thing over one stretch only when their subjects and stretches say so (ComparableChanges).
                if (qa.head().equals(PercentChanges.CHANGE) && !ComparableChanges.comparable(a, qa, b, qb)) {
                    continue;
                }
                // A sum a year against a sum in total or by a year are of two units, not two figures of one (review65a 9).
                if (qa.dimension().equals("money") && RateAgainstTotal.rateAgainstTotal(a, qa, b, qb)) {
                    continue;
                }
                // Without a noun to say what is measured, the claims must be about the same thing. A sum's currency is its unit, not
                // what it measures: "$500 million in damage" and "$420 billion in investment" are sums of two things.
                // A percentage is a share of a whole (Quirk et al. 1985, 5.9 on partitives): two claims that name one sum by the
                // same figure ("$420 billion", "the 420-billion-dollar fund") and give shares with no other noun give shares of it.
                // A change in percent names what changed in its clause, not after the figure; it is held to the bar of a time.
                boolean loose = qa.dimension().equals("time") || qa.head().equals(PercentChanges.CHANGE);
                if ((namesNothingMeasured(qa) || namesNothingMeasured(qb)) && !pair.related(loose ? 0.5 : 0.7)
                        && !(qa.dimension().equals("percent") && !ofAnotherWhole(a, qa) && !ofAnotherWhole(b, qb) && shareOneSum(a, b))) {
                    continue;
                }
                if (RoundApproximations.agree(a, qa, b, qb)) {
                    continue;
                }
                boolean points = RoundApproximations.distinct(a, qa, b, qb);
                Quantity pa = points ? RoundApproximations.point(qa) : qa;
                Quantity pb = points ? RoundApproximations.point(qb) : qb;
                double gap = pa.gap(pb);
                if (gap <= NEAR) {
                    Signal s = new Signal("near miss", ContradictionKind.NUMERIC, 0.3,
                            () -> pa.describe() + " against " + pb.describe() + ": close, but not the same figure (rounding, or a different one?)"
                                    + context(a, qa) + context(b, qb), pattern(qa, qb));
                    best = best == null ? s : best;
                } else if (best == null || best.weight() < 0.6) {
                    best = new Signal("numeric mismatch", ContradictionKind.NUMERIC, 0.6,
                            () -> pa.describe() + " against " + pb.describe() + ": different figures for " + what(qa) + ".", pattern(qa, qb));
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** "of" and the next four words after a figure: the whole a percentage is a share of. */
    private static final java.util.regex.Pattern OF_A_WHOLE = java.util.regex.Pattern.compile("^\\s+of\\s+((?:\\S+\\s+){0,3}\\S+)");

    /** Whether a percentage names its whole, and no figure in it ("80% of the revenue", not "2% of the $420 billion"). */
    private static boolean ofAnotherWhole(ClaimFeatures f, Quantity q) {
        String t = f.facts.text();
        return ofAWhole(t, Math.min(t.length(), q.start() + q.words().length()));
    }

    /** Whether the words after a figure ending at end name a whole "of" which it is a part, with no figure in it. */
    static boolean ofAWhole(String text, int end) {
        java.util.regex.Matcher m = OF_A_WHOLE.matcher(text.substring(end, Math.min(text.length(), end + 60)));
        return m.find() && !m.group(1).matches(".*[\\d$€£].*");
    }

    /** Whether both claims state one sum of money, the same figure in the same currency. */
    private static boolean shareOneSum(ClaimFeatures a, ClaimFeatures b) {
        for (Quantity qa : a.quantities) {
            for (Quantity qb : b.quantities) {
                if (qa.dimension().equals("money") && qa.measuresSameAs(qb) && qa.agreesWith(qb)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a figure names no noun of what it measures: none at all, or a sum of money, whose head is its currency. */
    private static boolean namesNothingMeasured(Quantity q) {
        return q.head().isEmpty() || q.head().equals(PercentChanges.CHANGE) || q.dimension().equals("money");
    }

    /**
     * Whether the two claims state the same figure of the same thing (then they agree on it); a figure
     * inside a negation's scope is not stated ("not even a 14-day truce").
     */
    static boolean agree(ClaimFeatures a, ClaimFeatures b) {
        for (Quantity qa : a.quantities) {
            for (Quantity qb : b.quantities) {
                if (!qa.dimension().equals("frame") && qa.measuresSameAs(qb) && RoundApproximations.agree(a, qa, b, qb)
                        && !denied(a, qa) && !denied(b, qb)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The same two figures of the same thing, whichever claims state them. */
    private static String pattern(Quantity x, Quantity y) {
        String one = x.low() + "-" + x.high();
        String two = y.low() + "-" + y.high();
        return "figures:" + x.dimension() + ":" + (x.head().isEmpty() ? y.head() : x.head()) + ":"
                + (one.compareTo(two) <= 0 ? one + "/" + two : two + "/" + one);
    }

    /** Whether the noun a figure measures lies in a negation's scope in its claim. */
    private static boolean denied(ClaimFeatures f, Quantity q) {
        for (String w : q.head().split(" ")) {
            if (!w.isEmpty() && f.scoped.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** "calls", "calls in three months", "events in two years" for an ordinal's head. */
    private static String ordinalHead(String head) {
        String noun = head.startsWith("in ") ? "" : head.contains(" in ") ? head.substring(0, head.indexOf(" in ")) : head;
        return (noun.isEmpty() ? "events" : noun + "s") + head.substring(noun.length()).replaceFirst("^(?=in )", " ");
    }

    private static String what(Quantity q) {
        String head = q.head().isEmpty() ? "it" : "the " + q.head();
        return switch (q.dimension()) {
            case "time" -> "the length of " + head;
            case "ordinal" -> "the count of " + ordinalHead(q.head());
            case "count" -> "the number of " + q.head() + "s";
            case "percent", "points" -> q.head().equals(PercentChanges.CHANGE) ? "the change" : "the same quantity";
            default -> "the same quantity";
        };
    }

    /** " (“… within the claim …”)": a few words around the figure. */
    private static String context(ClaimFeatures f, Quantity q) {
        String t = f.facts.text();
        int from = Math.max(0, q.start() - 30);
        int to = Math.min(t.length(), q.start() + q.words().length() + 30);
        // Whole words only.
        while (from > 0 && Character.isLetterOrDigit(t.charAt(from - 1)) && from < q.start()) {
            from++;
        }
        while (to < t.length() && Character.isLetterOrDigit(t.charAt(to)) && to > q.start()) {
            to--;
        }
        return " [" + (from > 0 ? "…" : "") + t.substring(from, to).replace('\n', ' ').strip() + (to < t.length() ? "…" : "") + "]";
    }
}
