package org.claimbench.analysis.contradiction;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.analysis.language.WordNet;

/**
 * What a claim says of when something happens, as ConditionSignal compares it: the words that say it starts at once
 * (Lexicons.IMMEDIATE) and the word that makes it wait on a condition (Lexicons.CONDITION_PHRASES and the one-word
 * conditions "if", "once", "unless", "until", "when"). Two readings of the grammar keep a time from passing for a condition
 * (Quirk et al. 1985, ch. 15, adverbial clauses of time and of condition; ch. 9, prepositions of time):
 * <ul>
 * <li>"until" before a time ("until 7 pm", "until Monday", "until midnight") is a preposition that ends a span, not a
 * subordinator that opens a condition ("no truce until the guns fall silent");</li>
 * <li>"when" opening a clause whose verb is in the past ("were killed when a shell hit the depot") places a past event in
 * time; it makes nothing wait. A claim with "would", "could" or "might" is left alone: reported speech shifts a condition
 * into the past ("said a truce would be possible when the talks ended").</li>
 * </ul>
 * It also tells whether a claim holds an open condition, whose matrix clause it does not assert (Quirk et al. 1985, 15.35).
 * Texts are read as UTF-16 strings; returned words are as the text writes them.
 */
final class Timing {

    private static final Pattern IMMEDIATE = Pattern.compile("(?i)\\b(" + Lexicons.IMMEDIATE + ")\\b");
    private static final Pattern CONDITION = Pattern.compile("(?i)\\b(" + Lexicons.CONDITION_PHRASES + ")\\b");
    /** The one-word conditions of Lexicons.CONDITIONS that open a clause ("when the votes are counted", "if the council …"). */
    private static final Pattern SINGLE_CONDITION = Pattern.compile("(?i)\\b(if|once|unless|until|when)\\b\\s+(?!asked\\b)");
    private static final Pattern UNTIL = Pattern.compile("(?i)\\buntil\\b");
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:.!?()]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern BACKSHIFT = Pattern.compile("(?i)\\b(would|could|might)\\b");
    /** The irregular past forms of the auxiliaries; other verbs are read by their regular "-ed". */
    private static final Set<String> PAST_AUXILIARIES = Set.of("was", "were", "had", "did");
    /** Before an "-ed" form these make a passive or a perfect of the present ("when agreements are reached"). */
    private static final Set<String> PRESENT_AUXILIARIES = Set.of("is", "are", "am", "be", "been", "being", "has", "have", "get", "gets");

    private Timing() {
    }

    /** The words of Lexicons.IMMEDIATE the claim holds first ("immediately", "at once"), or null. */
    static String immediacy(String text) {
        Matcher m = IMMEDIATE.matcher(text);
        return m.find() ? m.group().strip() : null;
    }

    /** The word or phrase that makes the claim wait on a condition ("provided that", "if", "when"), or null. */
    static String condition(String text, ClaimReading reading) {
        Matcher m = CONDITION.matcher(text);
        if (m.find()) {
            return m.group(1);
        }
        Matcher single = SINGLE_CONDITION.matcher(text);
        while (single.find()) {
            String word = single.group(1).toLowerCase(Locale.ROOT);
            String clause = clauseFrom(text, single.end());
            if (word.equals("until") && (namesATime(clause) || !untilOpensAClause(reading, untilsBefore(text, single.start())))
                    || word.equals("when") && pastEvent(text, clause, reading)) {
                continue;
            }
            return single.group(1);
        }
        return null;
    }

    private static String clauseFrom(String text, int from) {
        Matcher end = CLAUSE_END.matcher(text);
        return text.substring(from, end.find(from) ? end.start() : text.length());
    }

    /** Whether a clause opens with a time: a numeral ("7 pm", "2027") or a noun WordNet files first under noun.time. */
    private static boolean namesATime(String clause) {
        Matcher w = WORD.matcher(clause);
        if (!w.find()) {
            return false;
        }
        String first = w.group().toLowerCase(Locale.ROOT);
        return Character.isDigit(first.charAt(0)) || WordNet.shared().lexicographerFile(first, WordNet.Pos.NOUN).equals("noun.time");
    }

    /**
     * Whether the claim's nth "until" (from 0) opens a clause: a verb or an auxiliary the tagger read before the punctuation
     * that ends it. Before words with none it is a preposition before a noun phrase ("until the end of the month"; Quirk
     * et al. 1985, 9.35). True when the reading has no such "until".
     */
    private static int untilsBefore(String text, int end) {
        int n = 0;
        for (Matcher u = UNTIL.matcher(text.substring(0, end)); u.find(); n++) {
            // counted
        }
        return n;
    }

    private static boolean untilOpensAClause(ClaimReading r, int nth) {
        int seen = -1;
        for (int i = 0; i < r.size(); i++) {
            if (r.lemma(i).equalsIgnoreCase("until") && ++seen == nth) {
                for (int j = i + 1; j < r.size() && !(r.is(j, "PUNCT") && !Clauses.QUOTES.contains(r.lemma(j))); j++) {
                    if (r.is(j, "VERB") || r.is(j, "AUX")) {
                        return true;
                    }
                }
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a clause's verb is in the past ("was", "had", or a verb's "-ed" not after a present auxiliary) in a claim with no
     * backshift; an "-ed" word is a verb's when the tagger read a verb of that stem in the claim ("fired": fire).
     */
    private static boolean pastEvent(String text, String clause, ClaimReading reading) {
        if (BACKSHIFT.matcher(text).find()) {
            return false;
        }
        String previous = "";
        for (Matcher w = WORD.matcher(clause.toLowerCase(Locale.ROOT)); w.find(); previous = w.group()) {
            String word = w.group();
            if (PAST_AUXILIARIES.contains(word)) {
                return true;
            }
            if (word.length() > 4 && word.endsWith("ed") && !PRESENT_AUXILIARIES.contains(previous) && isVerbStem(word, reading)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an "-ed" form is the regular past of a verb the claim's reading holds: "fired" (fire), "talked", "stopped" (stop). */
    private static boolean isVerbStem(String word, ClaimReading reading) {
        String stem = word.substring(0, word.length() - 2);
        for (int i = 0; i < reading.size(); i++) {
            String l = reading.lemma(i);
            if (reading.is(i, "VERB") && (l.equals(stem) || l.equals(stem + "e")
                    || stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2) && l.equals(stem.substring(0, stem.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a claim holds an open condition: "if" or "unless" opening a clause, not the concessive "even if", the
     * comparison "as if", or the alternative "if not" ("to mend the bridge, if not rebuild it").
     */
    static boolean openCondition(ClaimReading r) {
        for (int i = 0; i < r.size(); i++) {
            String l = r.lemma(i);
            if ((l.equalsIgnoreCase("if") || l.equalsIgnoreCase("unless"))
                    && !(i > 0 && (r.lemma(i - 1).equalsIgnoreCase("even") || r.lemma(i - 1).equalsIgnoreCase("as")))
                    && !(i + 1 < r.size() && r.lemma(i + 1).equals("not"))) {
                return true;
            }
        }
        return false;
    }
}
