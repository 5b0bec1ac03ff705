package org.claimbench.analysis.attribution;

import java.util.List;
import java.util.Set;

import org.claimbench.analysis.language.Token;

/**
 * Where a source span ends: a noun phrase or relative clause set off after the source's name belongs to the source span
 * ("Tom Berg, the harbour master, said …"; "…, said Ana Ruiz, who has sailed the route for years."). Such a phrase is a
 * non-restrictive postmodifier of the source's noun phrase (an apposition, Quirk et al., A Comprehensive Grammar of the
 * English Language, 1985, 17.65-17.72; a non-restrictive relative clause, 17.22), and PolNeAR train annotates it inside the
 * Source span: of the matched pairs whose gold source is longer than the engine's at round 38's start, 945 are the engine's
 * span and such a phrase after a comma ("Jennifer Green, director of the … program,", "Rudy Giuliani, the former Republican
 * mayor of New York"), as PARC 3.0 takes the source's whole noun phrase with its modifiers (Pareti 2016). The speaker's name
 * is still read from the name alone; only the span grows. An aside that opens with an adverb, a preposition or a participle
 * ("Berg, however, said", "Berg, in a statement, said", "Berg, speaking on Monday, said") is no part of the phrase.
 */
final class SourceExtents {

    /** What a set-off postmodifier opens with (Universal Dependencies tags): a determiner, adjective, noun, name or number. */
    private static final Set<String> APPOSITION_OPENERS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM");

    /** The most tokens a set-off phrase may take. */
    private static final int MOST = 30;

    private SourceExtents() {
    }

    /**
     * The last token of the source span of {@code src}, whose cue starts at token {@code cue}: the source's own end, or the end of
     * a phrase set off after it (before the cue's clause when the source precedes the cue; up to the sentence's end, a
     * quotation or a participle clause when it follows an inverted cue).
     */
    static int end(Reading r, SourcePhrases.Source src, int cue) {
        List<Token> t = r.tokens();
        int k = src.end() + 1;
        if (src.borrowed() || k + 1 >= t.size() || !t.get(k).text().equals(",") || !opensPostmodifier(t, k + 1)) {
            return src.end();
        }
        if (!src.inverted()) {
            if (cue <= k) {
                return src.end();
            }
            // "Berg, the harbour master, also said": the comma closing the phrase, then the cue's verb group (adverbs, auxiliaries).
            int m = cue - 1;
            while (m > k && (t.get(m).is("ADV") || t.get(m).is("AUX"))) {
                m--;
            }
            if (m <= k + 1 || !t.get(m).text().equals(",") || m - k > MOST || quoted(r, t, k, m)) {
                return src.end();
            }
            return m - 1;
        }
        for (int m = k + 1; m < t.size() && m - k <= MOST; m++) {
            Token x = t.get(m);
            boolean last = m + 1 == t.size();
            if (r.quoteMark(x) || x.is("PUNCT") && !x.text().equals(",") && !Phrases.dash(r.text(), x) && !x.text().equals("(")
                    && !x.text().equals(")") || x.text().equals(",") && (last || clauseAfter(t, m + 1))) {
                return m - 1 > k ? m - 1 : src.end();
            }
            if (last) {
                return m;
            }
        }
        return src.end();
    }

    private static boolean opensPostmodifier(List<Token> t, int k) {
        Token x = t.get(k);
        return APPOSITION_OPENERS.contains(x.tag()) && !x.is("VERB") || SetOffPhrases.RELATIVES.contains(Phrases.lower(x)) || Phrases.possessive(x);
    }

    /** Whether a participle clause, a conjunction or a verb opens at token k: the set-off phrase has ended. */
    private static boolean clauseAfter(List<Token> t, int k) {
        return k < t.size() && (t.get(k).is("VERB") || t.get(k).is("CCONJ") || t.get(k).is("SCONJ") || t.get(k).is("ADV") || t.get(k).is("AUX"));
    }

    private static boolean quoted(Reading r, List<Token> t, int from, int to) {
        for (int m = from; m <= to; m++) {
            if (r.quoteMark(t.get(m))) {
                return true;
            }
        }
        return false;
    }
}
