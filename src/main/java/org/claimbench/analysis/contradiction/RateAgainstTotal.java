package org.claimbench.analysis.contradiction;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.domain.ContradictionKind;

/**
 * One sum given as a rate in one account and as a total in the other: "£4 billion a year" against "£4 billion in total". The
 * figures meet, so {@link QuantitySignal} sees no conflict, but a sum every year and the same sum in all are not one amount. A
 * rate is the sum with a distributive phrase of time right after it: "a year", "a month" (the indefinite article in the sense
 * of "per", "each", in expressions of rate: Quirk et al. 1985, ch. 5 on the articles, and the Oxford English Dictionary's entry
 * for "a"), "per year", "per annum", "each year", "every year", or the adverbs "annually", "yearly", "monthly", "weekly",
 * "daily" (the Oxford English Dictionary glosses "annually" "every year"). A total outright is the sum with, after at most
 * three words and no punctuation, "in total", "in all", "altogether", "all told" at the end of their phrase (RoundApproximations'
 * totals) or "over the next ten years". A sum "by" or "until" a year ("by" a time: "not later than", Oxford English Dictionary,
 * "by", prep.) is a total only in a claim of spending or paying ("spend", "invest", "pay", "cost", "fund", "cumulative"): in
 * economic news "boost the economy by £9 billion by 2040" most often names the year a yearly level is reached (review65a), so
 * there the reason asks which it is rather than saying it; this keeps corpus 12's gold pair (a yearly boost against a boost
 * by 2040) and will also be shown to users on two accounts that agree. A sum with a rate of its own ("£4 billion a year by
 * 2035": the yearly rate reached by then) is a rate, not a total.
 *
 * <p>Guards: money only (a sum, {@link Quantity} dimension "money"), the same currency and the same figure as written (an
 * open bound, "up to £9 billion", is no figure to match), the two claims two accounts of one event ({@link Pair#oneEvent},
 * {@link Pair#twoAccounts}) of two articles (one article that gives a sum both ways explains its own figure) that share a
 * content word besides the figure (what the sum is of: "boost", "economy"), neither with a condition left open.
 */
final class RateAgainstTotal implements PairSignal {

    /**
     * The figure's digits and scale word, or a number word's scale word ("nine billion"), up to where the words after the sum
     * begin; read inside the quantity's own words only, so a later year's digits are never taken for the figure.
     */
    private static final Pattern SUM = Pattern.compile("(?i)^.*?(?:\\d(?:[\\d,.]*\\d)?(?:\\s*(?:hundred|thousand|million|billion|trillion"
            + "|bn|mn|mln|bln|trn|tn|m|k|b)\\b)?|\\b(?:hundred|thousand|million|billion|trillion)\\b)");
    /** A distributive phrase of time right after the sum (see the class comment). */
    private static final Pattern RATE = Pattern.compile("(?i)^[\\s-]*(?:(?:pounds|dollars|euros|sterling)\\s+)?(?:(?:a|an|per|each|every)\\s+"
            + "(?:year|annum|month|week|day)\\b|annually\\b|yearly\\b|monthly\\b|weekly\\b|daily\\b)");
    /** A total outright after the sum, within three words and no punctuation (see the class comment). */
    private static final Pattern TOTAL = Pattern.compile("(?i)^\\s*(?:[a-z’'-]+\\s+){0,3}?(?:over\\s+(?:the\\s+)?(?:next\\s+|coming\\s+)?"
            + "(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twenty)\\s+years\\b|(?:in\\s+total|in\\s+all|altogether)"
            + "(?=\\s*(?:[,.;:)—–]|$))|all\\s+told\\b)");
    /** A time limit after the sum, within three words and no punctuation: "by 2035", "until the end of 2030". */
    private static final Pattern BY_YEAR = Pattern.compile("(?i)^\\s*(?:[a-z’'-]+\\s+){0,3}?(?:by|until|till|through)\\s+"
            + "(?:the\\s+end\\s+of\\s+)?(?:19|20)\\d\\d\\b");
    /** Words of spending, paying or a total, under which a sum by a year is one spent in all (see the class comment). */
    private static final Pattern SPENDING = Pattern.compile("(?i)\\b(?:spen(?:d|ds|t|ding)|invest\\w*|pa(?:y|ys|id|ying|yments?)"
            + "|costs?|costing|fund(?:s|ed|ing)?|cumulative\\w*|total)\\b");

    /** As strong as a duration without a bound against a length ({@link UnboundedAgainstBoundedDuration#WEIGHT}). */
    private static final double WEIGHT = 0.4;

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        return !a.quantities.isEmpty() && !b.quantities.isEmpty();
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        // One article that gives a sum both ways explains its own figure, as BeyondAgainstWithin's one article its own limit.
        if (!pair.oneEvent() || !pair.twoAccounts(a) || pair.sameArticle() || pair.shared().isEmpty() || a.openCondition
                || b.openCondition) {
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
                String byYear = total == null ? marker(totalled, t, BY_YEAR) : null;
                if ((total != null || byYear != null) && t.measuresSameAs(r) && sameFigure(t, r) && marker(totalled, t, RATE) == null
                        && totalled.quantities.stream().noneMatch(x -> x.measuresSameAs(r) && marker(totalled, x, RATE) != null)) {
                    String each = "“" + figure(rated, r) + rate + "” in one account, “" + figure(totalled, t);
                    boolean spent = byYear != null && SPENDING.matcher(totalled.facts.text()).find();
                    return Optional.of(new Signal("rate against total", ContradictionKind.NUMERIC, WEIGHT, () -> total != null || spent
                            ? each + (total != null ? total : byYear) + "” in the other: a sum every " + unit(rate) + " against the same sum in all."
                            : each + byYear + "” in the other: a rate, or a total reached by then?", "sum:rate-total"));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether two sums are one figure as written: both bounded (no "up to", "more than") and centred on the same value (an
     * approximator, "an estimated £9 billion", widens its figure both ways alike).
     */
    private static boolean sameFigure(Quantity a, Quantity b) {
        boolean bounded = a.low() > 0 && b.low() > 0 && Double.isFinite(a.high()) && Double.isFinite(b.high());
        double x = (a.low() + a.high()) / 2;
        double y = (b.low() + b.high()) / 2;
        return bounded && Math.abs(x - y) <= 1e-9 * Math.max(x, y);
    }

    /**
     * Whether one sum is given a rate ("£5 billion a year") and the other a total or a time limit ("£50 billion by 2035"): two
     * units, which {@link QuantitySignal} does not compare as figures.
     */
    static boolean rateAgainstTotal(ClaimFeatures a, Quantity qa, ClaimFeatures b, Quantity qb) {
        return rateOnly(a, qa) && totalled(b, qb) || rateOnly(b, qb) && totalled(a, qa);
    }

    private static boolean rateOnly(ClaimFeatures f, Quantity q) {
        return marker(f, q, RATE) != null;
    }

    private static boolean totalled(ClaimFeatures f, Quantity q) {
        return marker(f, q, RATE) == null && (marker(f, q, TOTAL) != null || marker(f, q, BY_YEAR) != null);
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
        int from = Math.min(text.length(), q.start());
        Matcher sum = SUM.matcher(text).region(from, Math.min(text.length(), from + q.words().length()));
        return sum.find() ? text.substring(sum.end()) : "";
    }

    /** The figure as written, up to its scale word. */
    private static String figure(ClaimFeatures f, Quantity q) {
        String text = f.facts.text();
        int from = Math.min(text.length(), q.start());
        Matcher sum = SUM.matcher(text).region(from, Math.min(text.length(), from + q.words().length()));
        return sum.find() ? sum.group() : q.words();
    }

    /** "year" for "a year", "annually", "per annum"; the unit otherwise. */
    private static String unit(String rate) {
        String r = rate.toLowerCase(java.util.Locale.ROOT);
        return r.contains("month") ? "month" : r.contains("week") ? "week" : r.contains("day") || r.contains("daily") ? "day"
                : "year";
    }
}
