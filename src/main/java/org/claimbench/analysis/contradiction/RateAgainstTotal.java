package org.claimbench.analysis.contradiction;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.domain.ContradictionKind;

/**
 * One sum given as a rate in one account and as a total reached by a time in the other: "£4 billion a year" against "£4
 * billion by 2035". The figures meet, so {@link QuantitySignal} sees no conflict, but a sum every year and the same sum in all
 * up to a year are not one amount. A rate is the sum with a distributive phrase of time right after it: "a year", "a month" (the
 * indefinite article in the sense of "per", "each", in expressions of rate: Quirk et al. 1985, ch. 5 on the articles, and the
 * Oxford English Dictionary's entry for "a"), "per year", "per annum", "each year", "every year", or the adverbs "annually", "yearly", "monthly",
 * "weekly", "daily" (the Oxford English Dictionary glosses "annually" "every year"). A total is the sum with, after at most three words
 * and no punctuation, a time limit: "by" or "until" a year ("by" a time: "not later than", Oxford English Dictionary, "by", prep.),
 * "over the next ten years", or "in total", "in all", "altogether", "all told" (RoundApproximations' totals); a sum with a rate of
 * its own ("£4 billion a year by 2035": the yearly rate reached by then) is a rate, not a total.
 *
 * <p>Guards: money only (a sum, {@link Quantity} dimension "money"), the same currency and meeting figures, the two claims two
 * accounts of one event ({@link Pair#oneEvent}, {@link Pair#twoAccounts}) that share a content word besides the figure (what
 * the sum is of: "boost", "economy"), neither with a condition left open.
 */
final class RateAgainstTotal implements PairSignal {

    /** The figure's digits and scale word, up to where the words after the sum begin. */
    private static final Pattern SUM = Pattern.compile("(?i)^.*?\\d(?:[\\d,.]*\\d)?(?:\\s*(?:hundred|thousand|million|billion|trillion"
            + "|bn|mn|mln|bln|trn|tn|m|k|b)\\b)?");
    /** A distributive phrase of time right after the sum (see the class comment). */
    private static final Pattern RATE = Pattern.compile("(?i)^[\\s-]*(?:(?:pounds|dollars|euros|sterling)\\s+)?(?:(?:a|an|per|each|every)\\s+"
            + "(?:year|annum|month|week|day)\\b|annually\\b|yearly\\b|monthly\\b|weekly\\b|daily\\b)");
    /** A time limit after the sum, within three words and no punctuation (see the class comment). */
    private static final Pattern TOTAL = Pattern.compile("(?i)^\\s*(?:[a-z’'-]+\\s+){0,3}?(?:(?:by|until|till|through)\\s+(?:the\\s+end\\s+of\\s+)?"
            + "(?:19|20)\\d\\d\\b|over\\s+(?:the\\s+)?(?:next\\s+|coming\\s+)?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twenty)"
            + "\\s+years\\b|in\\s+total\\b|in\\s+all\\b|altogether\\b|all\\s+told\\b)");

    /** As strong as a duration without a bound against a length ({@link UnboundedAgainstBoundedDuration#WEIGHT}). */
    private static final double WEIGHT = 0.4;

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        return !a.quantities.isEmpty() && !b.quantities.isEmpty();
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if (!pair.oneEvent() || !pair.twoAccounts(a) || pair.shared().isEmpty() || a.openCondition || b.openCondition) {
            return Optional.empty();
        }
        return conflict(a, b).or(() -> conflict(b, a));
    }

    private static Optional<Signal> conflict(ClaimFeatures rated, ClaimFeatures totalled) {
        for (Quantity r : rated.quantities) {
            String rate = marker(rated, r, RATE);
            if (!r.dimension().equals("money") || rate == null) {
                continue;
            }
            for (Quantity t : totalled.quantities) {
                String total = marker(totalled, t, TOTAL);
                if (total != null && t.measuresSameAs(r) && t.agreesWith(r) && marker(totalled, t, RATE) == null
                        && totalled.quantities.stream().noneMatch(x -> x.measuresSameAs(r) && marker(totalled, x, RATE) != null)) {
                    return Optional.of(new Signal("rate against total", ContradictionKind.NUMERIC, WEIGHT,
                            () -> "“" + figure(rated, r) + rate + "” in one account, “" + figure(totalled, t) + total
                                    + "” in the other: a sum every " + unit(rate) + " against the same sum in all.", "sum:rate-total"));
                }
            }
        }
        return Optional.empty();
    }

    /** The words after a figure that the pattern reads (a rate's or a total's), or null. */
    private static String marker(ClaimFeatures f, Quantity q, Pattern marker) {
        String rest = after(f, q);
        Matcher m = marker.matcher(rest);
        return m.find() ? m.group().replaceAll("\\s+", " ").stripTrailing() : null;
    }

    /** The text after the figure's digits and scale word. */
    private static String after(ClaimFeatures f, Quantity q) {
        String text = f.facts.text();
        String from = text.substring(Math.min(text.length(), q.start()));
        Matcher sum = SUM.matcher(from);
        return sum.find() ? from.substring(sum.end()) : "";
    }

    /** The figure as written, up to its scale word. */
    private static String figure(ClaimFeatures f, Quantity q) {
        String text = f.facts.text();
        String from = text.substring(Math.min(text.length(), q.start()));
        Matcher sum = SUM.matcher(from);
        return sum.find() ? sum.group() : q.words();
    }

    /** "year" for "a year", "annually", "per annum"; the unit otherwise. */
    private static String unit(String rate) {
        String r = rate.toLowerCase(java.util.Locale.ROOT);
        return r.contains("month") ? "month" : r.contains("week") ? "week" : r.contains("day") || r.contains("daily") ? "day"
                : "year";
    }
}
