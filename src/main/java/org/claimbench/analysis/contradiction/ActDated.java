package org.claimbench.analysis.contradiction;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The act a date in a claim dates: the verb nearest the date within its clause (before it, else after it), taken only when it is
 * in the past ("introduced … last year", "introduced in April"; not "will tighten … in April", "to be introduced"). A date
 * modifies the verb of its own clause (an adjunct of time, Quirk et al. 1985, 8.49); "said in November that quotas were
 * introduced" dates the saying, not the introduction, and the clause ends at "that". Regular past forms end in "-ed"; the
 * irregular past forms are the common ones of the Oxford English Grammar's list of irregular verbs (Greenbaum 1996, 5.14).
 */
final class ActDated {

    private static final Set<String> IRREGULAR_PAST = Set.of("said", "told", "made", "took", "set", "began", "rose", "fell", "won",
            "lost", "met", "held", "put", "cut", "gave", "came", "went", "brought", "sold", "bought", "paid", "sent", "left", "led", "built",
            "struck", "hit", "spoke", "wrote", "chose", "froze", "drew", "fought", "sought", "taught", "shut");
    /** A word before the verb that makes it no past act: a modal, the infinitive's "to", a passive's "be". */
    private static final Set<String> NOT_PAST = Set.of("will", "would", "shall", "should", "may", "might", "could", "can", "must", "to", "be");
    /** A clause's boundary: a comma, a semicolon, a colon, a dash, "that", "and", "but", "while", "when". */
    private static final Pattern BOUNDARY = Pattern.compile("(?i)[,;:—–()]|\\b(?:that|and|but|while|when|which|who)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}'’-]+");

    private ActDated() {
    }

    /** The past verb dated by the date at [from, to) of text, in a form shared by its inflections ("introduc"), or "". */
    static String pastVerb(String text, int from, int to) {
        String before = text.substring(0, from);
        Matcher cut = BOUNDARY.matcher(before);
        int start = 0;
        while (cut.find()) {
            start = cut.end();
        }
        java.util.List<String> words = WORD.matcher(before.substring(start)).results().map(r -> r.group().toLowerCase(Locale.ROOT)).toList();
        for (int i = words.size() - 1; i >= 0; i--) {
            if (verb(words.get(i))) {
                return act(words, i);
            }
        }
        String after = text.substring(to);
        Matcher end = BOUNDARY.matcher(after);
        String clause = end.find() ? after.substring(0, end.start()) : after;
        java.util.List<String> next = WORD.matcher(clause).results().map(r -> r.group().toLowerCase(Locale.ROOT)).toList();
        for (int i = 0; i < next.size(); i++) {
            if (verb(next.get(i))) {
                return act(next, i);
            }
        }
        return "";
    }

    private static boolean verb(String w) {
        return IRREGULAR_PAST.contains(w) || w.length() > 4 && w.endsWith("ed") && !w.endsWith("eed");
    }

    /**
     * The act a verb dates, or "" for a verb of change in amount (Levin 1993, 45.6: "exports fell last year" / "fell in April"
     * are changes measured over two stretches, not one act given two dates; review63d).
     */
    private static String act(java.util.List<String> words, int i) {
        if (i > 0 && NOT_PAST.contains(words.get(i - 1)) || PercentChanges.changeVerb(words.get(i))) {
            return "";
        }
        return stem(words.get(i));
    }

    /** "introduced" → "introduc": the form "introduce", "introduced" and "introducing" share. */
    private static String stem(String w) {
        return w.endsWith("ed") && !IRREGULAR_PAST.contains(w) ? w.substring(0, w.length() - 2).replaceAll("e$", "") : w;
    }
}
