package org.claimbench.analysis.contradiction;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.domain.ContradictionKind;

/**
 * A state or arrangement said to last without a bound in one account and for a stated length in the other: "the licence is
 * permanent" against "the licence runs for two years". A reader sees the conflict by the duration's bound, not by two figures:
 * one side gives no end, the other an end. TimeML gives a duration either a value ("P2Y") or an unspecified one ("PXY"); the
 * words that say there is no end are these (each WordNet 3.1's sense of "having no limit in time", or a grammar's reading):
 * <ul>
 * <li>"indefinite", "indefinitely" (WordNet indefinite#1 "vague or not clearly defined", and the adverb's sense "for an indefinite
 * time"), "unlimited" (unlimited#1 "having no limits in range or scope"), "permanent", "permanently" (permanent#1 "continuing or
 * enduring without marked change"), "perpetual", "in perpetuity", "open-ended" (open-ended#1 "not rigorously fixed as to
 * length"), "with no time limit", "without a time limit", "no expiry date";</li>
 * <li>"for as long as …" and "as long as …" after a verb of remaining in force ("valid", "in force", "in effect", "remain",
 * "last", "stay", "continue"): a subordinator of duration, "for the whole time that" (Quirk et al. 1985, 15.25), which ties the
 * end to another state rather than to a length.</li>
 * </ul>
 * The other account states the length as a time ({@link Quantity}, dimension "time"), not a distance in time ("six months
 * after"). Both speak of one thing: they share a content word or a form of its root ({@link Lexicons#sameRoot}: "exemption" /
 * "exempt"), the marker is not denied ("not indefinite") and the unbounded account states no length of its own. Two accounts of
 * one event only ({@link Pair#oneEvent}, {@link Pair#twoAccounts}).
 */
final class UnboundedAgainstBoundedDuration implements PairSignal {

    /** The words that give a state no end in time (see the class comment for their sources). */
    static final Pattern UNBOUNDED = Pattern.compile("(?i)\\b(?:indefinite(?:ly)?|unlimited|permanent(?:ly)?|perpetual(?:ly)?"
            + "|in\\s+perpetuity|open[- ]ended|(?:with\\s+)?no\\s+time\\s+limits?|without\\s+(?:a\\s+|any\\s+)?time\\s+limits?"
            + "|no\\s+expiry(?:\\s+date)?|(?:valid|in\\s+force|in\\s+effect|remains?|remained|last(?:s|ed)?|stays?|continues?)"
            + "\\W+(?:\\w+\\W+)?(?:for\\s+)?as\\s+long\\s+as)\\b");
    /** An interrogative clause before the marker ("it is unclear whether … permanent"): its content is not asserted (Quirk et al. 1985, 15.5). */
    private static final Pattern QUESTIONED = Pattern.compile("(?i)\\b(?:whether|if)\\b");
    /** The figure and its unit, without the word read after it ("one year following" → "one year"), for the explanation. */
    private static final Pattern FIGURE = Pattern.compile("(?i)^.*?(?:second|minute|hour|day|week|month|year)s?\\b");
    /** A time that measures a distance from another time ("six months after", "a year ago"), not a length. */
    private static final Pattern DISTANCE = Pattern.compile("(?i)^\\W*(?:ago|after|before|later|earlier|since|from\\s+now|into|back)\\b");

    /** How strongly it suggests a conflict: as a day or a time of day against another ({@link DaySignal}). */
    static final double WEIGHT = 0.4;

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        return bounded(a) != null && unbounded(b) != null || bounded(b) != null && unbounded(a) != null;
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if (!pair.oneEvent() || !pair.twoAccounts(a)) {
            return Optional.empty();
        }
        return conflict(a, b).or(() -> conflict(b, a));
    }

    private static Optional<Signal> conflict(ClaimFeatures open, ClaimFeatures closed) {
        String found = unbounded(open);
        String marker = found == null ? null : found.replaceAll("[“”\"]", "");
        Quantity length = bounded(closed);
        if (marker == null || length == null || bounded(open) != null || open.openCondition || closed.openCondition
                || !shareAThing(open, closed)) {
            return Optional.empty();
        }
        Matcher figure = FIGURE.matcher(length.words());
        String lengthWords = figure.find() ? figure.group() : length.words();
        return Optional.of(new Signal("unbounded duration", ContradictionKind.TEMPORAL, WEIGHT,
                () -> "“" + marker + "” in one account, “" + lengthWords + "” in the other: one gives no end in time, the other a "
                        + "length.", "duration:unbounded-bounded"));
    }

    /**
     * The claim's words that give a state no end, when it asserts them: outside a negation ("not permanent") and not after an
     * interrogative "whether" or "if" of the same sentence ("unclear whether permanent relief …"); null otherwise.
     */
    static String unbounded(ClaimFeatures f) {
        String text = f.facts.text();
        Matcher m = UNBOUNDED.matcher(text);
        if (!m.find() || QUESTIONED.matcher(text.substring(sentenceStart(text, m.start()), m.start())).find()) {
            return null;
        }
        String first = m.group().strip().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        return f.negated.contains(first) ? null : m.group().strip();
    }

    /** The first length of time the claim states (not a distance in time, not a span it is set in), or null. */
    static Quantity bounded(ClaimFeatures f) {
        String text = f.facts.text();
        for (Quantity q : f.quantities) {
            int end = Math.min(text.length(), q.start() + q.words().length());
            if (q.dimension().equals("time") && !DISTANCE.matcher(text.substring(end)).find()) {
                return q;
            }
        }
        return null;
    }

    /**
     * Whether the two claims speak of one thing: a noun of the unbounded claim's sentence that holds the marker (a claim may hold
     * several sentences, and "its potential is unlimited" says nothing of the other sentences' things) is a content word of the
     * other claim, or a form of its root ("exemption" / "exempt"), or the other way round for the bounded claim's nouns.
     */
    private static boolean shareAThing(ClaimFeatures open, ClaimFeatures closed) {
        List<String> modified = modifiedNouns(open);
        if (!modified.isEmpty()) {
            return modified.stream().anyMatch(n -> closed.words.stream().anyMatch(w -> same(n, w)));
        }
        String sentence = markerSentence(open.facts.text()).toLowerCase(java.util.Locale.ROOT);
        List<String> nouns = open.nouns.stream().filter(n -> sentence.contains(n)).toList();
        for (String n : nouns) {
            for (String w : closed.words) {
                if (same(n, w)) {
                    return true;
                }
            }
        }
        for (String n : closed.nouns) {
            for (String w : open.words) {
                if (sentence.contains(w) && same(n, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The nouns an attributive marker modifies ("a permanent member of the council": member; "an indefinite fishing licence":
     * fishing, licence), as lemmas of the claim's nouns: an adjective before a noun says the noun's referent has no end, not the
     * sentence's other things (Quirk et al. 1985, 7.3 attributive adjectives; "permanent member", "permanent secretary" are
     * titles, not durations of the other account's thing). Empty where the marker stands predicatively ("the licence is
     * permanent"), as an adverb ("indefinitely") or a phrase ("for as long as"): then the sentence's nouns count.
     */
    static List<String> modifiedNouns(ClaimFeatures open) {
        String text = open.facts.text();
        Matcher m = UNBOUNDED.matcher(text);
        if (!m.find() || !ATTRIBUTIVE.matcher(m.group().strip()).matches()) {
            return List.of();
        }
        Matcher following = FOLLOWING_WORDS.matcher(text.substring(m.end()));
        List<String> modified = new java.util.ArrayList<>(3);
        int before = 0;
        if (following.find()) {
            for (String word : following.group().strip().split("\\s+")) {
                String w = word.toLowerCase(java.util.Locale.ROOT);
                String noun = open.nouns.stream().filter(n -> n.equals(w) || w.startsWith(n) && w.length() - n.length() <= 2 || Lexicons.sameRoot(n, w))
                        .findFirst().orElse(null);
                if (noun != null) {
                    modified.add(noun);
                } else if (!modified.isEmpty() || ++before > 1) {
                    break; // the noun phrase ended, or two words that are no nouns: no noun the marker stands before
                }
            }
        }
        return modified;
    }

    /** The markers that are adjectives and may stand before their noun (the others are adverbs or phrases). */
    private static final Pattern ATTRIBUTIVE = Pattern.compile("(?i)indefinite|unlimited|permanent|perpetual|open[- ]ended");
    /**
     * Up to three words right after the marker, with no punctuation between: an attributive adjective's noun phrase, its nouns
     * after at most one other modifier ("a permanent new licence").
     */
    private static final Pattern FOLLOWING_WORDS = Pattern.compile("^(?:\\s+[A-Za-z][A-Za-z-]*){1,3}");

    private static boolean same(String a, String b) {
        return !ClaimFeatures.LIGHT.contains(a) && (a.equals(b) || Lexicons.sameRoot(a, b));
    }

    /** The sentence of the text that holds the marker: from the last sentence end before it to the first after it. */
    private static String markerSentence(String text) {
        Matcher m = UNBOUNDED.matcher(text);
        if (!m.find()) {
            return text;
        }
        Matcher ends = SENTENCE_END.matcher(text);
        return text.substring(sentenceStart(text, m.start()), ends.find(m.end()) ? ends.start() : text.length());
    }

    /** Where the sentence holding the offset starts (UTF-16 units): after the last sentence end before it, or 0. */
    private static int sentenceStart(String text, int offset) {
        Matcher ends = SENTENCE_END.matcher(text);
        int from = 0;
        while (ends.find() && ends.end() <= offset) {
            from = ends.end();
        }
        return from;
    }

    /** A sentence's end inside a claim: a full stop, question or exclamation mark before a space and a capital. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’]?\\s+(?=[\"“‘]?[A-Z])");
}
