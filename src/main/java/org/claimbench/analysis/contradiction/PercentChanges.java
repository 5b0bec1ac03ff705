package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A percentage that is a change, not a level: a figure right after a verb of rising or falling or the adverb "up" or "down"
 * ("shares rose 0.9%", "fell by 3 percent", "closed down 0.2%"; "up" and "down" as {@link #ADVERB} has them). The verbs are Levin's calibratable change-of-state verbs
 * (B. Levin, English Verb Classes and Alternations, 1993, 45.6: climb, decline, decrease, drop, fall, gain, grow, increase,
 * jump, plummet, plunge, rise, rocket, soar, surge, tumble …) whose direction is fixed, less those with none (differ, fluctuate,
 * vary); their extent is the bare percentage or a "by" phrase after them (Levin's "The price fell (by) 10%"). "rose to 19%"
 * gives the level reached, not the change, and stays a level. A change is read as {@link #CHANGE} with its sign (a fall is
 * negative): "up 0.2%" and "down 0.2%" are different changes, and a change is never compared with a level ("a 19% tariff").
 */
final class PercentChanges {

    /** The head of a percentage that is a change of a figure. */
    static final String CHANGE = "change";

    /**
     * "up" and "down" as adverbs of a figure's change: after a comma (a verbless supplement, "closed lower, down 0.2%") or after a
     * verb of being or of a market's session (is, was, closed, ended, opened, finished, traded); elsewhere they may be a particle
     * of a phrasal verb ("grants make up 3 percent of the budget": a part, no change; Quirk et al. 1985, 16.2 on particles).
     */
    private static final String ADVERB = "(?<=(?:,|\\b(?:is|are|was|were|be|been|closed|ended|finished|opened|traded|trading|stood|now))\\s{1,3})";
    /** The rising verbs of Levin 45.6 (all their forms), and "up" as {@link #ADVERB} has it. */
    private static final String RISE_VERBS = "ris(?:e|es|ing|en)|rose|climb(?:s|ed|ing)?|gain(?:s|ed|ing)?|grow(?:s|ing|n)?|grew"
            + "|increas(?:e|es|ed|ing)|jump(?:s|ed|ing)?|rocket(?:s|ed|ing)?|skyrocket(?:s|ed|ing)?|soar(?:s|ed|ing)?|surg(?:e|es|ed|ing)"
            + "|balloon(?:s|ed|ing)?|mushroom(?:s|ed|ing)?|appreciat(?:e|es|ed|ing)";
    private static final String RISE = ADVERB + "up|" + RISE_VERBS;
    /** The falling verbs of Levin 45.6 (all their forms), and "down" as {@link #ADVERB} has it. */
    private static final String FALL_VERBS = "fall(?:s|en|ing)?|fell|declin(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|drop(?:s|ped|ping)?"
            + "|plummet(?:s|ed|ing)?|plung(?:e|es|ed|ing)|tumbl(?:e|es|ed|ing)|diminish(?:es|ed|ing)?|depreciat(?:e|es|ed|ing)";
    private static final String FALL = ADVERB + "down|" + FALL_VERBS;
    /** A form of a rising or falling verb of Levin 45.6 alone ("rose", "declined"), or "lost" (a fall told as a loss). */
    private static final Pattern CHANGE_VERB = Pattern.compile("(?i)(?:" + RISE_VERBS + "|" + FALL_VERBS + "|lost)");
    /** The direction word just before a figure (its hedge included in the figure), with an optional "by". */
    private static final Pattern DIRECTION = Pattern.compile("(?i)\\b(?:(" + RISE + ")|(" + FALL + "))\\s+(?:by\\s+)?$");

    /**
     * The nouns of the verbs of {@link #RISE_VERBS} and {@link #FALL_VERBS} (their nominalisations, Quirk et al. 1985, 17.51:
     * "a rise of 5%", "a 5% rise"), in group 1 a rise and in group 2 a fall.
     */
    private static final String NOUNS = "(?:(rises?|increases?|gains?|jumps?|climbs?|surges?|growth)|(falls?|declines?|decreases?|drops?"
            + "|plunges?|tumbles?))";
    /**
     * What a noun of change is said of: "in" and a noun phrase after it ("a 5% rise in timber exports"), up to four words, and a
     * "to", "from" or "for" phrase that names a place or a party ("exports to Chile": the destination is part of what is
     * counted, as the verb's subject keeps it, "Exports to Chile fell"). "In line with" is a compound preposition (Quirk et al.
     * 1985, 9.10), no "in" of what changed.
     */
    private static final String IN_WHAT = "(?:\\s+in\\s+(?!line\\s+with\\b)(?:(?:the|its|their)\\s+)?[\\p{L}'’-]+(?:\\s+(?!(?:in|on|at|for|from|to|by|during"
            + "|after|before|since|over|than|and|but|as|this|last|that|which|while|compared)\\b)[\\p{L}'’-]+){0,3}"
            + "(?:\\s+(?:to|from|for)\\s+(?:the\\s+)?(?-i:\\p{Lu})[\\p{L}'’.-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}'’.-]*){0,2})?)?";
    /** A noun of change right after a figure ("5% rise in exports") or a comparative ("5% higher", "5% lower"). */
    private static final Pattern NOUN_AFTER = Pattern.compile("(?i)^(?:-|\\s+)(?:" + NOUNS + IN_WHAT + "|(higher)|(lower))\\b");
    /**
     * A determiner before a figure (after "a" or "an" at most one adjective: "a further 5%"): a count noun of change after the
     * figure needs one ("a 5% rise"; Quirk et al. 1985, 5.3 on singular count nouns), where a bare figure and "rise" may be a
     * plural subject and its verb ("the poorest 10% rise": "a" cannot start a plural subject, "the" and an adjective can).
     * "growth", a mass noun, needs none.
     */
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i)\\b(?:(?:a|an)\\s+(?:(?!(?:of|in|by)\\b)[\\p{L}-]+\\s+)?"
            + "|(?:the|its|their|his|her|our|this|that)\\s+)$");
    /**
     * "than" after a comparative and a time it compares with ("5% higher than a year earlier", "than last year", "than in 2019"):
     * then the comparative tells a change over time; with anything else ("5% higher than in the south", "than forecast") it
     * compares two things at one time, a level (Quirk et al. 1985, 15.63 on comparative clauses).
     */
    private static final Pattern THAN = Pattern.compile("(?i)^\\s+than\\b");
    private static final Pattern THAN_A_TIME = Pattern.compile("(?i)^\\s+than\\s+(?:(?:in|at|during|on)\\s+)?(?:(?:19|20)\\d\\d\\b"
            + "|(?:last|the\\s+previous|the\\s+same)\\s+\\w+|(?:a|an|one|two|three|four|five|six|\\d+|the)\\s+(?:[\\p{L}-]+\\s+)?"
            + "(?:years?|months?|weeks?|quarters?|days?|decades?|seasons?|springs?|summers?|autumns?|winters?)\\s+(?:earlier|ago|before|previously)\\b"
            + "|(?:before|previously|yesterday|ever)\\b)");
    /** A noun of change and "of" just before a figure ("an increase of 5%"), its "in" phrase after the figure. */
    private static final Pattern NOUN_BEFORE = Pattern.compile("(?i)\\b" + NOUNS + "\\s+of\\s+$");
    private static final Pattern IN_AFTER = Pattern.compile("(?i)^" + IN_WHAT);

    private PercentChanges() {
    }

    /** Whether a word is a form of a verb of change in amount ("rose", "fell", "increased"): it tells a change, not an act. */
    static boolean changeVerb(String word) {
        return CHANGE_VERB.matcher(word).matches();
    }

    /** The quantities read from text, each percentage that is a change given the head {@link #CHANGE} and its sign. */
    static List<Quantity> withChanges(List<Quantity> read, String text) {
        List<Quantity> out = null;
        for (int i = 0; i < read.size(); i++) {
            Quantity q = read.get(i);
            // A change is told in percent or in percentage points ("rose 2 percentage points": PercentagePoints).
            if (!(q.dimension().equals("percent") || q.dimension().equals("points")) || !q.head().isEmpty()) {
                continue;
            }
            int end = Math.min(text.length(), q.start() + q.words().length());
            // A percentage "of" a whole is a share of it, not a change ("gained 30% of the vote": Quirk et al. 1985, 5.9).
            if (QuantitySignal.ofAWhole(text, end)) {
                continue;
            }
            Quantity change = verbChange(q, text);
            change = change != null ? change : nounChange(q, text, end);
            if (change != null) {
                out = out == null ? new ArrayList<>(read) : out;
                out.set(i, change);
            }
        }
        return out == null ? read : out;
    }

    /** A percentage after a verb or an adverb of change, as a change, or null. */
    private static Quantity verbChange(Quantity q, String text) {
        int from = Math.max(0, q.start() - 30);
        Matcher m = DIRECTION.matcher(text.substring(from, q.start()));
        if (!m.find()) {
            return null;
        }
        // The words shown start at the direction ("down 0.2%"): the sign alone would not say which way.
        int start = from + m.start();
        return signed(q, m.group(2) != null, text.substring(start, q.start()) + q.words(), start);
    }

    /**
     * A percentage with a noun of change after it ("a 5% rise in exports", "5% lower") or before it with "of" ("an increase of
     * 5% in exports"), as a change whose words run to what changed, or null.
     */
    private static Quantity nounChange(Quantity q, String text, int end) {
        Matcher after = NOUN_AFTER.matcher(text.substring(end));
        if (after.find()) {
            boolean comparative = after.group(3) != null || after.group(4) != null;
            String rest = text.substring(end + after.end());
            if (comparative && THAN.matcher(rest).find() && !THAN_A_TIME.matcher(rest).find()) {
                return null;
            }
            boolean growth = after.group(1) != null && after.group(1).equalsIgnoreCase("growth");
            if (!comparative && !growth && !DETERMINER_BEFORE.matcher(text.substring(Math.max(0, q.start() - 40), q.start())).find()) {
                return null;
            }
            return signed(q, after.group(2) != null || after.group(4) != null, text.substring(q.start(), end + after.end()), q.start());
        }
        Matcher before = NOUN_BEFORE.matcher(text.substring(Math.max(0, q.start() - 30), q.start()));
        if (!before.find()) {
            return null;
        }
        int start = Math.max(0, q.start() - 30) + before.start();
        Matcher in = IN_AFTER.matcher(text.substring(end));
        return signed(q, before.group(2) != null, text.substring(start, end + (in.find() ? in.end() : 0)), start);
    }

    private static Quantity signed(Quantity q, boolean fall, String words, int start) {
        return new Quantity(q.dimension(), CHANGE, fall ? -q.high() : q.low(), fall ? -q.low() : q.high(), words, start);
    }

    /**
     * The words that say what a change written as a noun is of: its "in" phrase ("timber exports" of "5% rise in timber
     * exports"), or null for a change whose subject is its clause's ({@link ComparableChanges}).
     */
    static String changedThing(Quantity q) {
        // A verb of change in the present ("Exports rise 4%") is spelt as its noun: its change is of its clause's subject.
        if (VERB_FIRST.matcher(q.words()).find()) {
            return null;
        }
        Matcher m = NOUN_IN.matcher(q.words());
        return m.find() ? m.group(3) : NOUN_BEFORE_OR_AFTER.matcher(q.words()).find() ? "" : null;
    }

    /**
     * What a change is of, as {@link #changedThing(Quantity)}, and for a noun of change with "of" and no "in" phrase the word
     * premodifying it ("GDP" of "GDP growth of 5%"): a noun before a deverbal noun may be its verb's subject (Quirk et al.
     * 1985, Appendix I on compounds of subject and verb: "sunrise", "population growth").
     */
    static String changedThing(String text, Quantity q) {
        String thing = changedThing(q);
        if (thing == null || !thing.isEmpty() || !NOUN_FIRST.matcher(q.words()).find()) {
            return thing;
        }
        Matcher m = PREMODIFIER.matcher(text.substring(Math.max(0, q.start() - 40), Math.min(text.length(), q.start())));
        return m.find() ? m.group(1) : "";
    }

    /** A change's words that start at a noun of change ("growth of 5%"). */
    private static final Pattern NOUN_FIRST = Pattern.compile("(?i)^" + NOUNS + "\\s+of\\b");
    /** The word right before a noun of change, unless a determiner or a preposition (then the noun has no premodifier). */
    private static final Pattern PREMODIFIER = Pattern.compile("(?i)(?<![\\p{L}'’-])(?!(?:a|an|the|its|their|his|her|our|this|that|of|in"
            + "|by|and|or|to|for|with|annual|yearly|monthly|quarterly|further|sharp|steep|slight|modest|strong|weak)\\b)(\\p{L}[\\p{L}'’-]*)\\s+$");

    /** Whether a change's words hold a noun of change (then its subject is no clause subject before it). */
    private static final Pattern NOUN_BEFORE_OR_AFTER = Pattern.compile("(?i)\\b" + NOUNS + "\\b");
    /** A change's words that start at a verb or an adverb of change (then the figure, or "by"), not at a noun and "of". */
    private static final Pattern VERB_FIRST = Pattern.compile("(?i)^(?:" + RISE_VERBS + "|" + FALL_VERBS + "|up|down)\\s+(?!of\\b)");
    /** A noun of change and its "in" phrase in a change's words (group 3). */
    private static final Pattern NOUN_IN = Pattern.compile("(?i)\\b" + NOUNS + "\\b.*?\\sin\\s+(.+)$");
}
