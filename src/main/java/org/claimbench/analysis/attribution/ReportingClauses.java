package org.claimbench.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.English;
import org.claimbench.analysis.language.Token;

/**
 * The reporting clause after a quotation, read where the tagger misread it. In the news quotation frame a quotation
 * closed right after a comma, "?" or "!" is followed by its reporting clause, a subject and the reporting verb, which
 * closes the sentence or is set off by a comma ("“…,” Okafor notes.", "“…?” Berg asked, …"; the reporting clause in
 * final position, Quirk et al. 1985, 14.31; Huddleston and Pullum 2002, ch. 11, §10). The UD English model reads many
 * such verbs in -s as plural nouns and some in -ed as adjectives ("Okafor/ADJ notes/NOUN", "Trump/ADJ celebrated/ADJ"),
 * so no cue was found. There, a word that has a cue verb's reading (its lemma or one of its verb lemmas in the
 * {@link CueLexicon}) is the verb, and a capitalised subject word read as anything but a name, a noun or a pronoun is a
 * name. Read by the finder only ({@link AttributionFinder#find}); the cue model's training reading is left as it was.
 */
final class ReportingClauses {

    private ReportingClauses() {
    }

    /**
     * The sentence with its reporting clause after a quotation read as subject and verb; the sentence itself if it has none.
     *
     * @param text the whole text the sentence's offsets (UTF-16 units) point into: the quotation may close the sentence before
     *             ("“Is it safe?” Okafor asks." is split after the question mark)
     */
    static AnalysedSentence of(AnalysedSentence s, String text, CueLexicon cues, English english) {
        List<Token> t = s.tokens();
        List<Token> out = null;
        for (int i = 1; i < t.size(); i++) {
            Token x = t.get(i);
            if (x.is("VERB") || !closesClause(t, i)) {
                continue;
            }
            int subject = subjectStart(t, i, text);
            if (subject < 0) {
                continue;
            }
            String lemma = verbLemma(x, cues, english);
            if (lemma == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(t);
            }
            out.set(i, new Token(x.start(), x.end(), x.text(), "VERB", lemma));
            for (int k = subject; k < i; k++) {
                Token n = t.get(k);
                if (Character.isUpperCase(n.text().charAt(0)) && !n.is("PROPN") && !n.is("NOUN") && !n.is("PRON")) {
                    out.set(k, new Token(n.start(), n.end(), n.text(), "PROPN", Phrases.lower(n)));
                }
            }
        }
        return out == null ? s : new AnalysedSentence(s.start(), s.end(), s.paragraph(), s.text(), out);
    }

    /** Whether the word at i ends the sentence (only punctuation after it) or is set off by a comma after it. */
    private static boolean closesClause(List<Token> t, int i) {
        if (i + 1 >= t.size() || t.get(i + 1).text().equals(",")) {
            return true;
        }
        for (int k = i + 1; k < t.size(); k++) {
            if (!t.get(k).is("PUNCT")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first token of the reporting clause's subject before token i: one to three capitalised words, a subject pronoun, or
     * a determiner and a noun, right after a quotation mark that closes a quotation ending in a comma, "?" or "!"; -1 if none.
     */
    private static int subjectStart(List<Token> t, int i, String text) {
        // Counted up by the distance back, not down to a limit: a call starting at the limit traps the compiled code (docs/speed.md,
        // speed round 34).
        for (int d = 1; d <= 4 && d <= i; d++) {
            int j = i - d;
            Token w = t.get(j);
            if (QUOTES.contains(w.text())) {
                return j >= 1 && j < i - 1 && ENDS.contains(t.get(j - 1).text()) && subject(t, j + 1, i) ? j + 1 : -1;
            }
        }
        return i <= 3 && quotationEndsBefore(text, t.get(0).start()) && subject(t, 0, i) ? 0 : -1;
    }

    /** Whether a quotation closed after "?" or "!" ends right before the offset (spaces between): the sentence before it. */
    private static boolean quotationEndsBefore(String text, int offset) {
        int k = offset;
        while (k > 0 && text.charAt(k - 1) == ' ') {
            k--;
        }
        return k >= 2 && (text.charAt(k - 1) == '”' || text.charAt(k - 1) == '"') && (text.charAt(k - 2) == '?' || text.charAt(k - 2) == '!');
    }

    private static boolean subject(List<Token> t, int from, int to) {
        if (to - from == 1 && t.get(from).is("PRON")) {
            return Phrases.SUBJECT_PRONOUNS.contains(Phrases.lower(t.get(from)));
        }
        if (to - from == 2 && t.get(from).is("DET") && t.get(from + 1).is("NOUN")) {
            return true;
        }
        for (int k = from; k < to; k++) {
            String w = t.get(k).text();
            if (!Character.isUpperCase(w.charAt(0)) || !Character.isLetter(w.charAt(w.length() - 1)) && !w.endsWith(".")) {
                return false;
            }
        }
        return true;
    }

    /** The word's lemma if it is a cue verb's, else its first verb lemma that is one ({@link VerbTags#verbLemma}); null if none is. */
    private static String verbLemma(Token x, CueLexicon cues, English english) {
        if (!Character.isLowerCase(x.text().charAt(0))) {
            return null;
        }
        String lemma = VerbTags.verbLemma(x, cues, english);
        return cues.verb(lemma).isPresent() ? lemma : null;
    }

    /** The closing quotation marks the tokenizer gives. */
    private static final Set<String> QUOTES = Set.of("”", "\"", "''", "’’");

    /** What a quotation ends with before its reporting clause: a comma, or the question or exclamation it quotes. */
    private static final Set<String> ENDS = Set.of(",", "?", "!");
}
