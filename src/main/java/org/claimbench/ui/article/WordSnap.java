package org.claimbench.ui.article;

import java.util.Optional;

import org.claimbench.domain.TextSpan;

/**
 * A selection made a claim's span: blanks at its ends dropped, a word cut at either end taken
 * whole (a drag rarely starts exactly on a word's first letter), and a quotation mark that opens or closes a quotation
 * inside the span given its other half when that stands right outside it (after at most the quotation's closing
 * punctuation): a claim kept its opening quote and lost its closing one (newcomer33). A quotation mark left alone at either
 * end (its other half words away) and the clause's punctuation at the ends (comma, semicolon, colon, dash) are dropped:
 * they belong to the sentence around the claim, not to it; a final full stop, question or exclamation mark stays, as the
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
     * The span with a word cut at either end taken whole when the selection covers more than half its letters, and left
     * out otherwise: a drag that barely reaches the next word ("…conversation, t") meant to stop before it (walk62 got
     * "…conversation, the"), one that ends inside a word's larger part meant the word. A selection inside one word takes
     * that word. {start, end}.
     */
    private static int[] partWords(String t, int start, int end) {
        int wordStart = wordStart(t, start);
        int wordEnd = wordEnd(t, end);
        if (t.substring(start, end).chars().allMatch(Character::isLetterOrDigit)) {
            return new int[] {wordStart, wordEnd};
        }
        if (wordStart < start) {
            int firstEnd = wordEnd(t, start);
            if (2 * (firstEnd - start) > firstEnd - wordStart) {
                start = wordStart;
            } else {
                start = firstEnd;
                // What follows the left-out word up to the next word or quotation (". " or ", ") belongs to its sentence.
                while (start < end && !Character.isLetterOrDigit(t.charAt(start)) && OPENERS.indexOf(t.charAt(start)) < 0) {
                    start++;
                }
            }
        }
        if (wordEnd > end && start < end) {
            int lastStart = wordStart(t, end);
            if (2 * (end - lastStart) > wordEnd - lastStart) {
                end = wordEnd;
            } else {
                end = Math.max(start, lastStart);
            }
        }
        return new int[] {start, end};
    }

    /** The first letter of the word (run of letters and digits) that a position is in or right after. */
    private static int wordStart(String t, int at) {
        int i = at;
        while (i > 0 && i < t.length() && Character.isLetterOrDigit(t.charAt(i)) && Character.isLetterOrDigit(t.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The end of the word that a position is in or right before (the position itself unless a word goes on through it). */
    private static int wordEnd(String t, int at) {
        int i = at;
        while (i > 0 && i < t.length() && Character.isLetterOrDigit(t.charAt(i - 1)) && Character.isLetterOrDigit(t.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Clause punctuation at the ends of a claim: it joins the claim to its sentence. */
    private static final String CLAUSE_MARKS = ",;:\u2013\u2014";

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
                    || CLOSERS.indexOf(last) >= 0 && lone(t, start, end, last)) {
                end--;
                moved = true;
            }
        }
        return new int[] {start, end};
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
