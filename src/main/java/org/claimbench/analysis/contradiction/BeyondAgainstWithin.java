package org.claimbench.analysis.contradiction;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.domain.ContradictionKind;

/**
 * A time limit in one account and the same limit passed in the other: "the works are to be finished within 90 days" against "the
 * works may run beyond 90 days". "Within" a period is "before the end of" it, and "beyond" or "past" a time is "later than" it
 * (the Oxford English Dictionary, "within", prep., of time, and "beyond", prep., of time; The Cambridge Grammar of the English
 * Language, Huddleston and Pullum 2002, ch. 7 on temporal prepositions); "longer than" and "exceed" say the same of a length. The
 * two figures are one as written (the same number and unit: "a 60-day period" is 60 days), so {@link QuantitySignal}, which
 * reads "within" as the span a claim is set in, compares nothing.
 *
 * <p>Guards: the two claims are of two articles (one article that tells both qualifies its own limit); the claim that passes the
 * limit does not also keep to it, and its words of passing are not negated in the three words before them ("will not run
 * beyond"); the claim that sets the limit does not pass it too; the two are two accounts of one event ({@link Pair#oneEvent}, {@link Pair#twoAccounts}) that share a content word (what runs: "withdrawal", "works").
 */
final class BeyondAgainstWithin implements PairSignal {

    /** A number, in digits or as an English number word (the closed class {@link QuantityReader#numberWord} reads). */
    private static final String NUMBER = "(?<n>\\d{1,4}|[a-z]+(?:-[a-z]+)?)";
    /** A unit of time, singular (its plural or its hyphenated premodifier form after the number: "60 days", "60-day"). */
    private static final String UNIT = "(?<unit>hour|day|week|month|year)s?\\b";
    /** "within 60 days", "within a 60-day period", "within the next three months". */
    private static final Pattern LIMIT = Pattern.compile("(?i)\\bwithin\\s+(?:(?:a|an|the)\\s+)?(?:(?:next|first|coming)\\s+)?" + NUMBER
            + "[- ]" + UNIT + "(?:\\s+(?:period|window|deadline|timeframe)\\b)?");
    /**
     * "beyond 60 days", "past the 60-day mark", "longer than three months", "exceed 60 days"; not the adjective "past" after a
     * determiner ("the past 60 days": a span up to now, Quirk et al. 1985, 9.60 on adjuncts of a period up to now).
     */
    private static final Pattern OVERRUN = Pattern.compile("(?i)\\b(?<words>beyond|(?<!\\b(?:the|these|those|its|their)\\s)past|longer\\s+than|exceed(?:s|ed|ing)?)\\s+"
            + "(?:(?:a|an|the)\\s+)?(?:(?:initial|agreed|allotted|stipulated|set)\\s+)?" + NUMBER + "[- ]" + UNIT);
    /** A negator in the three words before the overrun (Quirk et al. 1985, 10.54: "not", "never", "no", "n't"). */
    private static final Pattern NEGATED = Pattern.compile("(?i)(?:\\b(?:not|never|no)\\b|n['’]t\\b)(?:\\W+\\w+){0,3}\\W*$");

    /** As strong as a duration without a bound against a length ({@link UnboundedAgainstBoundedDuration#WEIGHT}). */
    private static final double WEIGHT = 0.4;

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        String x = a.facts.text().toLowerCase(Locale.ROOT);
        String y = b.facts.text().toLowerCase(Locale.ROOT);
        return x.contains("within") && passes(y) || y.contains("within") && passes(x);
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        // One article that gives a limit and its passing both states how it reads the limit ("to be done within 90 days, on the
        // understanding that it may run beyond them"): a qualification of its own, not two accounts at odds.
        if (!pair.oneEvent() || !pair.twoAccounts(a) || pair.sameArticle() || pair.shared().isEmpty()) {
            return Optional.empty();
        }
        return conflict(a, b).or(() -> conflict(b, a));
    }

    private static Optional<Signal> conflict(ClaimFeatures limited, ClaimFeatures passed) {
        String text = limited.facts.text();
        if (overrun(text) != null) {
            return Optional.empty();
        }
        Matcher over = overrun(passed.facts.text());
        if (over == null) {
            return Optional.empty();
        }
        double n = value(over.group("n"));
        String unit = over.group("unit").toLowerCase(Locale.ROOT);
        for (Matcher m = LIMIT.matcher(text); m.find(); ) {
            if (value(m.group("n")) == n && m.group("unit").toLowerCase(Locale.ROOT).equals(unit)) {
                String limit = m.group();
                String passing = over.group();
                return Optional.of(new Signal("limit passed", ContradictionKind.TEMPORAL, WEIGHT,
                        () -> "“" + limit + "” in one account, “" + passing + "” in the other: a time limit, and the same limit passed.",
                        "limit:within-beyond"));
            }
        }
        return Optional.empty();
    }

    /** The first words of passing a limit the text asserts (not negated), or null. */
    private static Matcher overrun(String text) {
        for (Matcher m = OVERRUN.matcher(text); m.find(); ) {
            if (!Double.isNaN(value(m.group("n"))) && !NEGATED.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find()) {
                return m;
            }
        }
        return null;
    }

    private static boolean passes(String lower) {
        return lower.contains("beyond") || lower.contains("past") || lower.contains("longer than") || lower.contains("exceed");
    }

    /** A number in digits or words, NaN when the word is none ("within a few days"). */
    private static double value(String n) {
        return Character.isDigit(n.charAt(0)) ? Double.parseDouble(n) : QuantityReader.numberWord(n);
    }
}
