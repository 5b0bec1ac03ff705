package org.claimbench.analysis.attribution;

import java.util.List;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.Token;
import org.claimbench.domain.TextSpan;

/** One sentence being read for attributions, with the text and its quotations, and the offsets helpers the readers share. */
record Reading(String text, AnalysedSentence s, Quotations quotes) {

    List<Token> tokens() {
        return s.tokens();
    }

    /** The span from token {@code from} to token {@code to}, both included. */
    TextSpan span(int from, int to) {
        return new TextSpan(s.tokens().get(from).start(), s.tokens().get(to).end());
    }

    String text(TextSpan span) {
        return text.substring(span.start(), span.end());
    }

    /** The span without outer white space, quotation marks and end punctuation; null when nothing is left. */
    TextSpan trimmed(int start, int end) {
        return Spans.trimmed(text, start, end);
    }

    /** The quotation this token opens, or null. */
    TextSpan opens(Token x) {
        return x.is("PUNCT") ? quotes.openingAt(x.start()) : null;
    }

    /** The quotation this token closes, or null. */
    TextSpan closes(Token x) {
        return x.is("PUNCT") ? quotes.closingAt(x.end()) : null;
    }

    /** Whether the token is a quotation mark that opens or closes a quotation. */
    boolean quoteMark(Token x) {
        return opens(x) != null || closes(x) != null || x.is("PUNCT") && "\"“”«»".contains(x.text());
    }

    /** Mixed when the content holds a quotation mark, else indirect. */
    Attribution.Kind kindOf(TextSpan content) {
        String c = text.substring(content.start(), content.end());
        return c.indexOf('“') >= 0 || c.indexOf('"') >= 0 || c.indexOf('”') >= 0 || c.contains("''") ? Attribution.Kind.MIXED
                : Attribution.Kind.INDIRECT;
    }

    /** How many word tokens (not punctuation) lie in the span. */
    int words(TextSpan span) {
        int n = 0;
        for (Token x : s.tokens()) {
            if (x.start() >= span.start() && x.end() <= span.end() && !x.is("PUNCT")) {
                n++;
            }
        }
        // A span past the sentence (a quotation over several sentences) is long enough.
        return span.end() > s.end() || span.start() < s.start() ? Math.max(n, 3) : n;
    }

    /**
     * The span extended over the quotation that opens the next sentence of the same paragraph, when
     * that quotation is whole sentences ("“A,” she said. “B. C.”"): the speaker goes on.
     */
    TextSpan followedQuotation(TextSpan span) {
        TextSpan out = span;
        for (int hops = 0; hops < 10; hops++) {
            int i = Math.max(out.end(), s.end());
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            TextSpan next = i < text.length() ? quotes.openingAt(i) : null;
            if (next == null || !endsASentence(next)) {
                return out;
            }
            out = new TextSpan(out.start(), next.end());
        }
        return out;
    }

    /**
     * The paragraph after a colon that closes its line ("Ruiz added:" and a new paragraph): a colon introduces what follows
     * as an explanation or a quotation (Quirk et al. 1985, Appendix III.21-23, "colon"), and PolNeAR annotates the following
     * paragraph as the content of a cue that ends at the colon. A quotation opened there is taken whole, over the paragraphs
     * it spans; else the paragraph runs to the next line break. Null when the colon does not close its line or no paragraph
     * follows.
     *
     * @param colonEnd the offset right after the colon (UTF-16 units)
     */
    TextSpan paragraphAfter(int colonEnd) {
        int i = colonEnd;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            return null;
        }
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= text.length()) {
            return null;
        }
        TextSpan q = quotes.openingAt(i);
        int end = text.indexOf('\n', i);
        end = end < 0 ? text.length() : end;
        if (q != null && q.end() >= end) {
            end = q.end();
        }
        return trimmed(i, end);
    }

    /** Whether the quotation's words end with a full stop, a question or an exclamation mark (so no "he said" follows it). */
    private boolean endsASentence(TextSpan q) {
        int e = q.end() - 1;
        while (e > q.start() && "\"”»'".indexOf(text.charAt(e)) >= 0) {
            e--;
        }
        return ".?!".indexOf(text.charAt(e)) >= 0;
    }
}
