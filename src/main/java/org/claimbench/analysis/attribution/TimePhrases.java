package org.claimbench.analysis.attribution;

import java.util.List;

import org.claimbench.analysis.language.Token;

/** Time phrases between a subject and its verb ("Berg on Friday said", "the council this week announced"), which are no source. */
final class TimePhrases {

    /** Prepositions before a time ("on Friday", "in March", "during the week"; closed class members). */
    private static final java.util.Set<String> TIME_PREPOSITIONS = java.util.Set.of("on", "in", "at", "during", "over", "earlier", "late", "later");

    private TimePhrases() {
    }

    /**
     * The token before a time phrase ending at token j ("on Friday", "this week", "Thursday night", "last month", "in 1990"), or j
     * when no time phrase ends there or nothing that could be a subject (or, if {@code orVerb}, a verb: "figures quoted last
     * week by …") stands before it. "May" after a name is a name.
     */
    static int beforeTime(List<Token> t, int j, boolean orVerb) {
        int k = start(t, j) - 1;
        if (k == j) {
            return j;
        }
        return k >= 0 && (Phrases.canEnd(t.get(k)) || Phrases.subjectPronoun(t.get(k)) || t.get(k).text().equals(")") || t.get(k).text().equals(",")
                || orVerb && t.get(k).is("VERB")) ? k : j;
    }

    /**
     * Where the subject's side ends before an adverbial ending at token j between the subject and its verb: before a time
     * phrase ({@link #beforeTime}), at the auxiliary before a prepositional phrase ({@link #auxiliaryBeforeAdverbial}), or
     * as {@link #beforeTimeInClause} finds; j when no such adverbial ends there.
     */
    static int subjectSide(List<Token> t, int j) {
        int k = beforeTime(t, j, false);
        if (k == j) {
            k = auxiliaryBeforeAdverbial(t, j);
        }
        return k == j ? beforeTimeInClause(t, j) : k;
    }

    /**
     * Where the subject's side ends before a time phrase ending at token j that no subject stands right before: the
     * auxiliary the phrase follows ("the police had last month charged", "the board has for weeks been weighing"), an
     * adverbial inside the verb phrase (Quirk et al. 1985, 8.20); or the noun before a past participle the phrase follows, a
     * reduced relative clause postmodifying the subject ("a report published Wednesday said", "a poll released in late
     * August found"; Quirk et al. 1985, 17.28); or the conjunction the phrase follows ("… and on Monday announced", a
     * predicate coordinated with the one before, Quirk et al. 1985, 13.46). j when none stands there.
     */
    static int beforeTimeInClause(List<Token> t, int j) {
        int k = start(t, j) - 1;
        if (k == j || k < 1) {
            return j;
        }
        Token x = t.get(k);
        if (x.is("CCONJ")) {
            // "… and on Monday announced": a verb coordinated with the one before, whose subject it shares.
            return k;
        }
        if (x.is("AUX")) {
            int a = k;
            while (a >= 1 && t.get(a - 1).is("AUX")) {
                a--;
            }
            return a >= 1 && (Phrases.canEnd(t.get(a - 1)) || Phrases.subjectPronoun(t.get(a - 1))) ? k : j;
        }
        String w = Phrases.lower(x);
        if (!x.is("VERB") || !(w.endsWith("ed") || w.endsWith("en")) || !Phrases.canEnd(t.get(k - 1))) {
            return j;
        }
        // Not a relative clause's subject and verb ("passengers that the ferry carried on Sunday said", "passengers the ferry
        // carried …"): the noun phrase before the participle follows no relative word and no other noun phrase.
        int st = Phrases.startBefore(t, k - 1);
        return st == 0 || st > 0 && !Phrases.canEnd(t.get(st - 1)) && !RELATIVES.contains(Phrases.lower(t.get(st - 1))) ? k - 1 : j;
    }

    /**
     * The first token of a time phrase ending at token j ("on Friday", "this week", "earlier in the day", "less than two
     * weeks ago" without its last adverb, "a month later" likewise, "in late August"), or j + 1 when none ends there. The
     * phrase holds words of time, numbers, articles, prepositions before a time and adverbs; a unit of time ("day", "weeks",
     * "time") heads one only with such a word before it. "May" after a name is a name.
     */
    private static int start(List<Token> t, int j) {
        if (j < 1 || Phrases.lower(t.get(j)).equals("may") && t.get(j - 1).is("PROPN")) {
            return j + 1;
        }
        boolean unit = UNITS.contains(t.get(j).text());
        if (!unit && !time(t.get(j))) {
            return j + 1;
        }
        int k = j - 1;
        while (k >= 0 && inTimePhrase(t, k)) {
            k--;
        }
        return unit && k == j - 1 ? j + 1 : k + 1;
    }

    /**
     * Whether a time phrase opens at token i and a verb or an auxiliary follows it ("on Tuesday dismissed", "at the time
     * said", "earlier Tuesday backed"): the phrase stands between a subject and its verb.
     */
    static boolean beforeVerb(List<Token> t, int i) {
        int m = i;
        boolean time = false;
        while (m < t.size() && m < i + ADVERBIAL && (inTimePhrase(t, m) || UNITS.contains(t.get(m).text()))) {
            time |= time(t.get(m)) || UNITS.contains(t.get(m).text());
            m++;
        }
        return time && m < t.size() && (t.get(m).is("VERB") || t.get(m).is("AUX"));
    }

    private static boolean inTimePhrase(List<Token> t, int k) {
        Token x = t.get(k);
        if (x.is("ADV") || x.is("NUM") || time(x) || prepositionBeforeTime(x)) {
            return true;
        }
        String w = x.text();
        return ARTICLES.contains(w) || w.equals("than") && k >= 1 && COMPARATIVES.contains(Phrases.lower(t.get(k - 1)));
    }

    /** The relative words that open a relative clause on a noun (Quirk et al. 1985, 17.9-17.15). */
    private static final java.util.Set<String> RELATIVES = java.util.Set.of("that", "which", "who", "whom", "whose");

    /** Units of time that head a time phrase with a word of time, a number or an article before them (in small letters). */
    private static final java.util.Set<String> UNITS = java.util.Set.of("day", "days", "weeks", "months", "years", "hour", "hours", "time",
            "decade", "decades");

    /** Articles and the distributive determiners before a unit of time ("a month later", "the day before", "each week"). */
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("a", "an", "the", "A", "An", "The", "each", "every");

    /** The comparatives before "than" in an approximate time ("less than two weeks ago", "more than a year ago"). */
    private static final java.util.Set<String> COMPARATIVES = java.util.Set.of("less", "more", "fewer");

    /**
     * The auxiliary before a prepositional phrase ending at token j that stands between it and its verb ("have in the past
     * said", "has on Monday announced", "have at the hearing argued"): an adverbial inside the verb phrase (Quirk et al. 1985,
     * 8.20), never its subject; j when no such phrase ends there. The phrase holds a preposition other than "of" and up to
     * {@value #ADVERBIAL} words of a noun phrase after it.
     */
    static int auxiliaryBeforeAdverbial(List<Token> t, int j) {
        for (int k = j; k >= 1 && k > j - ADVERBIAL; k--) {
            Token x = t.get(k);
            if ((x.is("ADP") || ADVERBIAL_PREPOSITIONS.contains(Phrases.lower(x))) && k < j) {
                return t.get(k - 1).is("AUX") && !Phrases.lower(x).equals("of") ? k - 1 : j;
            }
            if (!(x.is("DET") || x.is("ADJ") || x.is("NOUN") || x.is("PROPN") || x.is("NUM") || x.is("ADV"))) {
                return j;
            }
        }
        return j;
    }

    /**
     * Prepositions of time and place, which the tagger may read as a determiner or an adverb right after an auxiliary ("has
     * on/DET Monday", "has in/ADV recent weeks"; closed class members, Quirk et al. 1985, 9.7).
     */
    private static final java.util.Set<String> ADVERBIAL_PREPOSITIONS = java.util.Set.of("in", "on", "at", "during", "over", "for", "since",
            "throughout", "within", "after", "before");

    /** How many words a prepositional phrase between an auxiliary and its verb may hold after its preposition. */
    private static final int ADVERBIAL = 6;

    /** Whether the word is a preposition or adverb that comes before a time ("on", "late", "earlier"). */
    static boolean prepositionBeforeTime(Token x) {
        return (x.is("ADP") || x.is("ADV") || x.is("ADJ")) && TIME_PREPOSITIONS.contains(Phrases.lower(x));
    }

    /** Whether the word is a word of time: a year, a day, a month, a part of the day or a word before one ("last"). */
    static boolean time(Token x) {
        return x.is("NUM") && year(x.text()) || (x.is("NOUN") || x.is("PROPN") || x.is("ADJ") || x.is("DET") || x.is("ADV")) && (Phrases.calendar(x)
                || ClauseShapes.TIMES.contains(Phrases.lower(x)) || Phrases.lower(x).equals("past"));
    }

    /** Whether the word is a unit of time that heads a time phrase ("day", "weeks", "years"). */
    static boolean unit(Token x) {
        return UNITS.contains(x.text());
    }

    /** Whether the word is a year from 1800 to 2099, written in four digits. */
    private static boolean year(String w) {
        if (w.length() != 4 || !(w.startsWith("18") || w.startsWith("19") || w.startsWith("20"))) {
            return false;
        }
        return Character.isDigit(w.charAt(2)) && Character.isDigit(w.charAt(3));
    }
}
