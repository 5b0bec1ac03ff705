package org.claimbench.ui.article;

import java.util.Optional;

import org.claimbench.domain.TextSpan;

/**
 * A selection made a claim's span: blanks at its ends dropped, and a word cut at either end taken
 * whole (a drag rarely starts exactly on a word's first letter).
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
            while (start > 0 && Character.isLetterOrDigit(t.charAt(start)) && Character.isLetterOrDigit(t.charAt(start - 1))) {
                start--;
            }
            while (end < t.length() && Character.isLetterOrDigit(t.charAt(end - 1)) && Character.isLetterOrDigit(t.charAt(end))) {
                end++;
            }
        }
        return start < end ? Optional.of(new TextSpan(start, end)) : Optional.empty();
    }
}
