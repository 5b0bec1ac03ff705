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
        if (j < 1 || !time(t.get(j)) || Phrases.lower(t.get(j)).equals("may") && t.get(j - 1).is("PROPN")) {
            return j;
        }
        int k = j - 1;
        while (k >= 0 && (time(t.get(k)) || t.get(k).is("NUM"))) {
            k--;
        }
        if (k >= 0 && (t.get(k).is("ADP") || t.get(k).is("ADV") || t.get(k).is("ADJ")) && TIME_PREPOSITIONS.contains(Phrases.lower(t.get(k)))) {
            // "on Friday", "earlier Tuesday", "later Monday".
            k--;
        }
        int phraseStart = k + 1;
        while (k >= 0 && t.get(k).is("ADV") && phraseStart <= j) {
            // "just this month", "only last week": an adverb before the time belongs to it.
            k--;
        }
        return k >= 0 && (Phrases.canEnd(t.get(k)) || Phrases.subjectPronoun(t.get(k)) || t.get(k).text().equals(")") || t.get(k).text().equals(",")
                || orVerb && t.get(k).is("VERB")) ? k : j;
    }

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
        return x.is("NUM") && x.text().matches("1[89]\\d\\d|20\\d\\d") || (x.is("NOUN") || x.is("PROPN") || x.is("ADJ") || x.is("DET") || x.is("ADV")) && (Phrases.calendar(x)
                || ClauseShapes.TIMES.contains(Phrases.lower(x)) || Phrases.lower(x).equals("past"));
    }
}
