package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.List;
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
 * <p>Guards: the two claims are of two articles (one article that tells both qualifies its own limit); the words of passing are
 * not negated in the three words before them ("will not run beyond", "cannot exceed", "without going beyond"); the claim that
 * sets the limit does not pass it too; the two are two accounts of one event ({@link Pair#oneEvent}, {@link Pair#twoAccounts});
 * and what passes the limit is what had it: a content word (or one of its stem, "withdraw", "withdrawal") of the eight words
 * before "within" is among the eight before the words of passing ("the troops leave within", "the troops stay beyond"). The
 * claim that passes the limit may keep to it too ("to withdraw within 60 days, on the understanding that it may continue
 * beyond 60 days": a limit that may be passed, against a firm one in the other account); corpus 12's gold pair of the Lebanon
 * withdrawal is of this kind and fires only so (review65a), and the reason then says so.
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
     * determiner or a preposition of a span ("the past 60 days", "in past 30 days": a span up to now, Quirk et al. 1985, 9.60 on
     * adjuncts of a period up to now).
     */
    private static final Pattern OVERRUN = Pattern.compile("(?i)\\b(?<words>beyond|(?<!\\b(?:the|these|those|its|their|in|over|during|for)\\s)past|longer\\s+than|exceed(?:s|ed|ing)?)\\s+"
            + "(?:(?:a|an|the)\\s+)?(?:(?:initial|agreed|allotted|stipulated|set)\\s+)?" + NUMBER + "[- ]" + UNIT);
    /**
     * A negator in the three words before the overrun (Quirk et al. 1985, 10.54: "not", "never", "no", "n't", and "cannot"
     * written as one word; 10.58 on "without", "neither", "nor" as negators of their clause).
     */
    private static final Pattern NEGATED = Pattern.compile("(?i)(?:\\b(?:not|never|no|cannot|without|neither|nor)\\b|n['’]t\\b)"
            + "(?:\\W+\\w+){0,3}\\W*$");
    /**
     * Function words, not telling what runs (the closed classes of determiners, pronouns, auxiliaries and modals, prepositions
     * and conjunctions, Quirk et al. 1985, 2.36), and the verbs of reporting that frame a claim ("said").
     */
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("the", "a", "an", "this", "that", "these", "those",
            "its", "their", "his", "her", "our", "it", "they", "he", "she", "we", "is", "are", "was", "were", "be", "been", "being",
            "has", "have", "had", "will", "would", "shall", "should", "may", "might", "must", "can", "could", "to", "of", "in", "on",
            "at", "by", "for", "from", "with", "and", "or", "but", "as", "than", "then", "under", "after", "before", "said", "says",
            "say", "told", "not", "also", "only");

    /** As strong as a duration without a bound against a length ({@link UnboundedAgainstBoundedDuration#WEIGHT}). */
    private static final double WEIGHT = 0.4;
    /** The words {@link #mayFire} looks for before any pattern runs: "within" in one claim, a word of passing in the other. */
    private static final Pattern WITHIN_WORD = Pattern.compile("(?i)within");
    private static final Pattern PASSING_WORD = Pattern.compile("(?i)beyond|past|longer than|exceed");

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        // Asked of every candidate pair: found in place, not by two lower-cased copies of the texts per pair.
        String x = a.facts.text();
        String y = b.facts.text();
        return WITHIN_WORD.matcher(x).find() && PASSING_WORD.matcher(y).find()
                || WITHIN_WORD.matcher(y).find() && PASSING_WORD.matcher(x).find();
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
        if (!overruns(text).isEmpty()) {
            return Optional.empty();
        }
        String other = passed.facts.text();
        boolean keepsToo = LIMIT.matcher(other).find();
        for (Matcher over : overruns(other)) {
            double n = value(over.group("n"));
            String unit = over.group("unit").toLowerCase(Locale.ROOT);
            for (Matcher m = LIMIT.matcher(text); m.find(); ) {
                if (value(m.group("n")) == n && m.group("unit").toLowerCase(Locale.ROOT).equals(unit)
                        && sameSubject(before(text, m.start()), before(other, over.start()))) {
                    String limit = m.group();
                    String passing = over.group();
                    return Optional.of(new Signal("limit passed", ContradictionKind.TEMPORAL, WEIGHT, () -> "“" + limit
                            + "” in one account, “" + passing + "” in the other: " + (keepsToo
                                    ? "a firm limit, against the same limit that may be passed." : "a time limit, and what may run past it."),
                            "limit:within-beyond"));
                }
            }
        }
        return Optional.empty();
    }

    /** Every phrase of passing a limit the text asserts (not negated), in text order. */
    private static List<Matcher> overruns(String text) {
        List<Matcher> out = new ArrayList<>();
        Matcher m = OVERRUN.matcher(text);
        while (m.find()) {
            if (!Double.isNaN(value(m.group("n"))) && !NEGATED.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find()) {
                out.add(matchAt(text, m.start()));
            }
        }
        return out;
    }

    /** A matcher of its own for the phrase at a place (the loop's matcher moves on). */
    private static Matcher matchAt(String text, int start) {
        Matcher m = OVERRUN.matcher(text).region(start, text.length());
        m.lookingAt();
        return m;
    }

    /** The content words (lower case) of the eight words before a position. */
    private static List<String> before(String text, int end) {
        String[] words = text.substring(0, end).toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        List<String> out = new ArrayList<>();
        for (int i = Math.max(0, words.length - 8); i < words.length; i++) {
            if (words[i].length() > 2 && !FUNCTION_WORDS.contains(words[i])) {
                out.add(words[i]);
            }
        }
        return out;
    }

    /**
     * Whether two lists share a word, or two words of one stem: the shorter, of four letters or more, begins the longer
     * ("withdraw", "withdrawal"; "troop", "troops"), as an inflection or a derivation by suffix does (Quirk et al. 1985, App. I).
     */
    private static boolean sameSubject(List<String> a, List<String> b) {
        for (String x : a) {
            for (String y : b) {
                String shorter = x.length() <= y.length() ? x : y;
                if (x.equals(y) || shorter.length() >= 4 && (x.startsWith(shorter) && y.startsWith(shorter))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A number in digits or words, NaN when the word is none ("within a few days"). */
    private static double value(String n) {
        return Character.isDigit(n.charAt(0)) ? Double.parseDouble(n) : QuantityReader.numberWord(n);
    }
}
