package org.claimbench.analysis.attribution;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.Token;
import org.claimbench.domain.TextSpan;

/**
 * The claims of one content span. For PARC 3.0 and PolNeAR an attribution is one relation whose content span is all its
 * source is said to have said, a statement quoted whole over several sentences included; for a fact-checker a claim is one
 * checkable statement, and a contradiction pairs one statement with another. So a content span of several sentences holds
 * one claim per sentence that asserts something, each carrying the attribution's source span and cue (the attribution
 * itself is unchanged). A sentence asserts something when it is declarative and finite: it does not end in a question mark
 * (an interrogative asks, it does not assert: Quirk et al. 1985, 11.1-11.3), and it holds a finite verb, an auxiliary or a
 * verb neither in -ing nor after "to" (a verbless or non-finite fragment, "A tactic to gain time.", states nothing on its
 * own: Quirk et al. 1985, 14.2-14.6), read from the tagger's Universal Dependencies tags ({@code AUX}, {@code VERB}).
 * Thread-safe (no state).
 */
public final class ContentSentences {

    private ContentSentences() {
    }

    /**
     * The claims of a content span: the span itself when it lies in one sentence, or when fewer than two of its sentences
     * assert something; else each of its sentences that asserts something, cut to the span and trimmed of spaces and
     * quotation marks, in text order (UTF-16 offsets into the text).
     *
     * @param text      the whole text
     * @param span      the claim span an attribution gives (its content span, or a denial's clause)
     * @param sentences the text's sentences with their tokens (offsets into the whole text)
     */
    public static List<TextSpan> claims(String text, TextSpan span, List<AnalysedSentence> sentences) {
        List<TextSpan> out = new ArrayList<>();
        int pieces = 0;
        for (AnalysedSentence s : sentences) {
            int start = Math.max(span.start(), s.start());
            int end = Math.min(span.end(), s.end());
            if (start >= end) {
                continue;
            }
            TextSpan piece = trimmed(text, start, end);
            if (piece.isEmpty()) {
                continue;
            }
            pieces++;
            if (asserts(text, piece, s.tokens())) {
                out.add(piece);
            }
        }
        return pieces < 2 || out.size() < 2 ? List.of(span) : out;
    }

    /** Whether the piece of a sentence is declarative and holds a finite verb (the class comment's rule). */
    static boolean asserts(String text, TextSpan piece, List<Token> tokens) {
        if (text.charAt(piece.end() - 1) == '?') {
            return false;
        }
        Token before = null;
        for (Token x : tokens) {
            if (x.start() < piece.start() || x.end() > piece.end()) {
                continue;
            }
            boolean afterTo = before != null && before.text().equalsIgnoreCase("to");
            if (x.is("AUX") || x.is("VERB") && !x.text().toLowerCase(java.util.Locale.ROOT).endsWith("ing") && !afterTo) {
                return true;
            }
            before = x;
        }
        return false;
    }

    /** Whether a character is a space or a quotation mark, cut from the ends of a claim. */
    private static boolean trimmable(char c) {
        return Character.isWhitespace(c) || c == '"' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '\'';
    }

    private static TextSpan trimmed(String text, int start, int end) {
        while (start < end && trimmable(text.charAt(start))) {
            start++;
        }
        while (end > start && trimmable(text.charAt(end - 1))) {
            end--;
        }
        return new TextSpan(start, end);
    }
}
