package org.claimbench.ui.article;

import java.util.Optional;

import org.claimbench.domain.TextSpan;

/**
 * A selection made a claim's span: blanks at its ends dropped, a word cut at either end taken
 * whole when the drag covers enough of it and left out when it barely reaches it (see {@link #partWords}), and a quotation mark that opens or closes a quotation
 * inside the span given its other half when that stands right outside it (after at most the quotation's closing
 * punctuation): a claim kept its opening quote and lost its closing one (newcomer33). A quotation mark left alone at either
 * end (its other half words away) and the clause's punctuation at the ends (comma, semicolon, colon, dash) are dropped:
 * they belong to the sentence around the claim, not to it, as does a bracket or quotation opened at the very end; a final full stop, question or exclamation mark stays, as the
 * samples' annotation keeps it (a fact-checker, stop 46, found claims ending in ", " and starting with a lone quote).
 */
final class WordSnap {

    private WordSnap() {
    }

    /** The snapped span of a selection of text; empty if nothing or only blanks are selected. */
    static Optional<TextSpan> snap(String t, TextSpan s) {
        if (s == null || s.isEmpty() || !s.fitsIn(t.length())) {
            return Optional.empty();
        }
        int start = s.start();
        int end = s.end();
        while (start < end && Character.isWhitespace(t.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(t.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            int[] words = partWords(t, start, end);
            start = words[0];
            end = words[1];
        }
        if (start >= end) {
            return Optional.empty();
        }
        end = closed(t, start, end);
        start = opened(t, start, end);
        int[] trimmed = trimmed(t, start, end);
        return trimmed[0] < trimmed[1] ? Optional.of(new TextSpan(trimmed[0], trimmed[1])) : Optional.empty();
    }

    /**
     * The span with a word cut at either end taken whole when the selection covers enough of its letters, and left out
     * otherwise: a drag that barely reaches the next word ("…conversation, t") meant to stop before it (walk62 got
     * "…conversation, the"), one that ends inside a word's larger part meant the word. At the start "enough" is at least
     * half, at the end more than half: the start is where the user aimed, and a two-letter "no" begun on its "o" is kept (a
     * dropped negation changes the claim). A word is joined over an apostrophe, a hyphen, or a number's point or comma, so
     * "14.25", "don’t" and "short-term" are cut or kept whole. A selection inside one word takes that word; in a script
     * written without spaces the cut run is taken whole, as a run there is a phrase, not a word. {start, end}.
     */
    private static int[] partWords(String t, int start, int end) {
        int wordStart = wordStart(t, start);
        int wordEnd = wordEnd(t, end);
        if (oneWord(t, start, end)) {
            return new int[] {wordStart, wordEnd};
        }
        if (wordStart < start) {
            int firstEnd = wordEnd(t, start);
            if (spaceless(t, start) || 2 * letters(t, start, firstEnd) >= letters(t, wordStart, firstEnd)) {
                start = wordStart;
            } else {
                start = firstEnd;
                // What follows the left-out word up to the next (". ", ", ", a closing quote) belongs to its sentence; a sign
                // or an opening mark ("$", "(", "‘") belongs to what comes next.
                while (start < end && (Character.isWhitespace(t.charAt(start)) || AFTER_A_WORD.indexOf(t.charAt(start)) >= 0)) {
                    start++;
                }
            }
        }
        if (wordEnd > end && start < end) {
            int lastStart = wordStart(t, end);
            if (spaceless(t, end - 1) || 2 * letters(t, lastStart, end) > letters(t, lastStart, wordEnd)) {
                end = wordEnd;
            } else {
                end = Math.max(start, lastStart);
            }
        }
        return new int[] {start, end};
    }

    /** Clause and sentence punctuation, full-width too, and closing marks: what ends a word's part of a sentence. */
    private static final String AFTER_A_WORD = ".,;:!?…\u2013\u2014\uFF0C\u3001\u3002\uFF1B\uFF1A)]\u2019\u201D\u00BB";

    /** Marks that join two words into one when a letter or digit stands on both sides: "skipper’s", "short-term". */
    private static final String WORD_JOINERS = "'\u2019-\u2010\u2011";
    /** Marks that join digits into one number: "14.25", "3,400". */
    private static final String NUMBER_JOINERS = ".,";

    /** Whether the selection lies inside one word: no break between any two of its characters. */
    private static boolean oneWord(String t, int start, int end) {
        if (!inWord(t, start)) {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            if (!linked(t, i)) {
                return false;
            }
        }
        return true;
    }

    /** The first letter of the word that a position is in (the position itself unless a word goes on through it). */
    private static int wordStart(String t, int at) {
        int i = at;
        while (linked(t, i)) {
            i--;
        }
        return i;
    }

    /** The end of the word that a position is in (the position itself unless a word goes on through it). */
    private static int wordEnd(String t, int at) {
        int i = at;
        while (linked(t, i)) {
            i++;
        }
        return i;
    }

    /** Whether the characters either side of a position belong to one word. */
    private static boolean linked(String t, int i) {
        return i > 0 && i < t.length() && inWord(t, i - 1) && inWord(t, i);
    }

    private static boolean inWord(String t, int k) {
        return wordChar(t, k) || joiner(t, k);
    }

    /** A letter, a digit or a combining mark (a Hindi vowel sign is part of its word), either half of a surrogate pair. */
    private static boolean wordChar(String t, int k) {
        int cp = codePointAround(t, k);
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean joiner(String t, int k) {
        if (k == 0 || k + 1 >= t.length()) {
            return false;
        }
        char c = t.charAt(k);
        if (WORD_JOINERS.indexOf(c) >= 0) {
            return wordChar(t, k - 1) && wordChar(t, k + 1);
        }
        return NUMBER_JOINERS.indexOf(c) >= 0 && Character.isDigit(codePointAround(t, k - 1)) && Character.isDigit(t.codePointAt(k + 1));
    }

    /** The code point a character belongs to: a pair's low half belongs to the pair's. */
    private static int codePointAround(String t, int k) {
        if (Character.isLowSurrogate(t.charAt(k)) && k > 0 && Character.isHighSurrogate(t.charAt(k - 1))) {
            return t.codePointAt(k - 1);
        }
        return t.codePointAt(k);
    }

    /** The letters, digits and marks between two positions, in code points (joiners not counted). */
    private static int letters(String t, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i += Character.charCount(t.codePointAt(i))) {
            n += wordChar(t, i) ? 1 : 0;
        }
        return n;
    }

    /**
     * Whether the character is of a script written without spaces between words: Han and Kana (line-break class ID) and
     * the South-East Asian scripts of line-break class SA (Unicode UAX #14): there a run of letters is a phrase.
     */
    private static boolean spaceless(String t, int k) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePointAround(t, k));
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR -> true;
            default -> false;
        };
    }

    /** Clause punctuation at the ends of a claim: it joins the claim to its sentence. */
    private static final String CLAUSE_MARKS = ",;:\u2013\u2014\uFF0C\u3001\uFF1B\uFF1A";

    /** The span without lone quotation marks, clause punctuation and the blanks they leave at its ends: {start, end}. */
    private static int[] trimmed(String t, int start, int end) {
        boolean moved = true;
        while (moved && start < end) {
            moved = false;
            char first = t.charAt(start);
            if (Character.isWhitespace(first) || CLAUSE_MARKS.indexOf(first) >= 0
                    || OPENERS.indexOf(first) >= 0 && lone(t, start, end, first)) {
                start++;
                moved = true;
            }
            if (start >= end) {
                break;
            }
            char last = t.charAt(end - 1);
            if (Character.isWhitespace(last) || CLAUSE_MARKS.indexOf(last) >= 0
                    || CLOSERS.indexOf(last) >= 0 && lone(t, start, end, last) || dangling(t, start, end, last)) {
                end--;
                moved = true;
            }
        }
        return new int[] {start, end};
    }

    /** Marks that open a bracket or quotation, and the mark each closes where a language writes it reversed (German ‚…‘). */
    private static final String DANGLING_OPENERS = "([{\u2018\u201C\u00AB\u201E\u201A";
    private static final String REVERSED_OPENERS = "\0\0\0\u201A\u201E\u00BB\0\0";

    /**
     * Whether the span's last mark opens a bracket or quotation it cannot close (nothing follows it): left before a word the
     * drag barely reached ("said (i"). A German or Danish closing mark that closes its opener inside the span stays.
     */
    private static boolean dangling(String t, int start, int end, char last) {
        int kind = DANGLING_OPENERS.indexOf(last);
        if (kind < 0) {
            return false;
        }
        char reversed = REVERSED_OPENERS.charAt(kind);
        return reversed == 0 || t.substring(start, end - 1).indexOf(reversed) < 0;
    }

    /** Whether the mark at one end of the span has no other half inside it. */
    private static boolean lone(String t, int start, int end, char mark) {
        int opener = OPENERS.indexOf(mark);
        int closer = CLOSERS.indexOf(mark);
        int others = 0;
        for (int i = start; i < end; i++) {
            char c = t.charAt(i);
            if (c == '"' && mark == '"') {
                others++;
            } else if (mark != '"' && (opener >= 0 && c == CLOSERS.charAt(opener) || closer >= 0 && c == OPENERS.charAt(closer))
                    && c != mark) {
                others++;
            }
        }
        return mark == '"' ? others == 1 : others == 0;
    }

    /** Opening marks and their closing ones (straight, English and German curly, guillemets). */
    private static final String OPENERS = "\"“„«";
    private static final String CLOSERS = "\"”“»";

    /** The end, moved past the closing mark of a quotation the span opens and does not close. */
    private static int closed(String t, int start, int end) {
        int kind = OPENERS.indexOf(t.charAt(start));
        if (kind < 0 || balanced(t, start, end, OPENERS.charAt(kind), CLOSERS.charAt(kind))) {
            return end;
        }
        int k = end;
        while (k < t.length() && k - end < 2 && ".,!?;:…".indexOf(t.charAt(k)) >= 0) {
            k++;
        }
        return k < t.length() && t.charAt(k) == CLOSERS.charAt(kind) ? k + 1 : end;
    }

    /** The start, moved before the opening mark of a quotation the span closes and does not open. */
    private static int opened(String t, int start, int end) {
        int kind = CLOSERS.indexOf(t.charAt(end - 1));
        if (kind < 0 || start == 0 || balanced(t, start, end, OPENERS.charAt(kind), CLOSERS.charAt(kind))) {
            return start;
        }
        return t.charAt(start - 1) == OPENERS.charAt(kind) ? start - 1 : start;
    }

    /** Whether the span's marks of one kind pair up (a straight mark both opens and closes: an even count). */
    private static boolean balanced(String t, int start, int end, char open, char close) {
        int opens = 0;
        int closes = 0;
        for (int i = start; i < end; i++) {
            char c = t.charAt(i);
            if (open == close) {
                opens += c == open ? 1 : 0;
            } else if (c == open) {
                opens++;
            } else if (c == close) {
                closes++;
            }
        }
        return open == close ? opens % 2 == 0 : opens == closes;
    }
}
