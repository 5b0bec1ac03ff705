package org.claimbench.analysis.attribution;

import java.util.List;
import java.util.Set;

import org.claimbench.analysis.language.Token;
import org.claimbench.domain.TextSpan;

/**
 * Where a cue's complement opens when something stands between the cue and it, as {@link ContentSpans} asks: a
 * "that" after a long adverbial or a short quoted title, a noun phrase that is a verb of speaking's message, a phrase
 * that a quotation goes on with. Read from the parts of speech of one sentence.
 */
final class ComplementOpeners {

    private final Reading r;
    private final List<Token> t;

    ComplementOpeners(Reading r) {
        this.r = r;
        this.t = r.tokens();
    }

    /** The demonstrative determiners (a closed class). */
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");

    /**
     * The complementizer "that" after a longer adverbial of place, time and circumstance set between the cue and it ("said
     * Thursday during a visit to the harbour in Leeds, England, that …"): within twenty words, with no verb, quotation,
     * other subordinator or clause boundary before it. The index of "that", or -1.
     */
    int thatAfterAdverbials(int k) {
        for (int m = k; m < Math.min(t.size() - 1, k + 20); m++) {
            Token x = t.get(m);
            if (Phrases.lower(x).equals("that") && (x.is("SCONJ") || x.is("PRON") && !(t.get(m + 1).is("VERB") || t.get(m + 1).is("AUX")))) {
                // The tagger reads some complementizers as the pronoun; one before a noun phrase is the complementizer.
                return m > k ? m : -1;
            }
            if (x.is("CCONJ") && m > k && m + 1 < t.size() && Phrases.nominal(t.get(m - 1)) && nominalOpening(t.get(m + 1))) {
                // "with patience towards its rivals and partners, that …": "and" between two noun phrases inside the
                // adverbial joins them (Quirk et al. 1985, 13.60); it opens no clause.
                continue;
            }
            if (x.is("VERB") || x.is("AUX") || x.is("SCONJ") || x.is("CCONJ") || x.is("PRON") && !Phrases.possessive(x)
                    || r.opens(x) != null || x.text().equals(";") || x.text().equals(":") || x.text().equals(".")) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a noun phrase can open at the token: a noun, a name, an adjective, a number, a determiner or a possessive. */
    private static boolean nominalOpening(Token x) {
        return Phrases.nominal(x) || x.is("ADJ") || x.is("NUM") || x.is("DET") && !DEMONSTRATIVES.contains(Phrases.lower(x))
                || Phrases.possessive(x);
    }

    /**
     * Whether a noun phrase that is what was said opens at token k: a determiner other than a demonstrative, or a possessive,
     * and a noun ("the lawsuit", "a plan", "her support for …"), or "about" and a phrase; not a time ("said Monday", "said last week"),
     * not a pronoun ("said it", "said nothing"), not a number.
     */
    boolean speechTopic(int k) {
        Token first = t.get(k);
        String w = Phrases.lower(first);
        if (w.equals("about") && k + 1 < t.size()) {
            Token next = t.get(k + 1);
            return (next.is("DET") || next.is("NOUN") || next.is("PROPN") || Phrases.possessive(next) || next.is("ADJ")) && !Phrases.calendar(next);
        }
        if (!(first.is("DET") || Phrases.possessive(first)) || DEMONSTRATIVES.contains(w) || w.equals("no")) {
            // "repeated these themes": a demonstrative names what was spoken of before, not a message. A possessive opens one
            // ("reiterated her support for …": PolNeAR annotates it; stop 56, measured in docs/suggestions.md).
            return false;
        }
        int e = Phrases.endAfter(t, k);
        if (e < 0 || e + 1 < t.size() && Phrases.lower(t.get(e + 1)).equals("to")) {
            // "added a new title to her record": a thing moved to somewhere, not a message (the verb's other sense).
            return false;
        }
        for (int m = k; m <= e; m++) {
            if (Phrases.calendar(t.get(m)) || ClauseShapes.TIMES.contains(Phrases.lower(t.get(m)))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word opens a noun phrase that a quotation goes on with: an article, a possessive, an adjective. */
    static boolean opensPhrase(Token x) {
        return x.is("DET") || Phrases.possessive(x) || x.text().endsWith("’s") || x.text().endsWith("'s") || x.is("ADJ");
    }

    /**
     * The token index of a complementizer "that" within four words after a short quotation (six words or fewer) opened at
     * token m, or -1.
     */
    int thatAfter(TextSpan quote, int m) {
        int n = t.size();
        int close = m + 1;
        while (close < n && t.get(close).start() < quote.end()) {
            close++;
        }
        if (close - m > 8) {
            return -1;
        }
        for (int j = close; j < Math.min(n, close + 4); j++) {
            if (Phrases.lower(t.get(j)).equals("that") && t.get(j).is("SCONJ")) {
                return j;
            }
            if (t.get(j).is("VERB") || t.get(j).is("AUX")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Verbs of response and comment and the prepositions that open what they answer or comment on: VerbNet 3.4's frames
     * (say-37.7 "respond to", "reply to"; lecture-37.11 "comment on") and PolNeAR's annotation of them, the preposition in
     * the cue and its object the content (PolNeAR train: "responding to", "replied to" and the like 52 cues, "commented on"
     * 19, "responded with" 3, "responded by" and a gerund 1).
     */
    private static final java.util.Map<String, Set<String>> RESPONSE_PREPOSITIONS = java.util.Map.of(
            "respond", Set.of("to", "with", "by"), "reply", Set.of("to", "with", "by"), "comment", Set.of("on", "upon"));

    /**
     * Whether the preposition at token k opens what the verb responds to or comments on: a noun phrase (not a time: "replied
     * on Monday"), or after "by" a gerund that is no cue of its own ("responded by pointing to …"; "responded by saying …"
     * is the gerund's attribution).
     */
    boolean respondedTo(int k, String lemma, CueLexicon cues) {
        Set<String> prepositions = RESPONSE_PREPOSITIONS.get(lemma);
        if (prepositions == null || k + 1 >= t.size() || !prepositions.contains(Phrases.lower(t.get(k)))) {
            return false;
        }
        Token next = t.get(k + 1);
        if (Phrases.lower(t.get(k)).equals("by")) {
            return Phrases.lower(next).endsWith("ing") && cues.verb(next.lemma()).isEmpty();
        }
        return (next.is("DET") || next.is("NOUN") || next.is("PROPN") || next.is("ADJ") || Phrases.possessive(next))
                && !Phrases.calendar(next) && !ClauseShapes.TIMES.contains(Phrases.lower(next));
    }
}
