package org.claimbench.ui.articles;

import java.text.BreakIterator;

import javafx.scene.control.IndexRange;
import org.fxmisc.richtext.InlineCssTextArea;

/**
 * The Edit text dialog's text area, whose double-click selects the word clicked and nothing around it. RichTextFX 0.11's
 * {@code selectWord} takes the blank before a word with it when the click lands at the word's first letter (its issue 197,
 * closed, still seen): two newcomers (stops 46 and 47) double-clicked a misspelt word, typed the right one and got it glued
 * to the word before ("inFebruary").
 */
final class WordSelectingTextArea extends InlineCssTextArea {

    WordSelectingTextArea(String text) {
        super(text);
    }

    @Override
    public void selectWord() {
        IndexRange word = wordAt(getText(), getCaretPosition());
        selectRange(word.getStart(), word.getEnd());
    }

    /**
     * The word a double-click at {@code position} (a caret position, in UTF-16 units) selects: the word holding the
     * character at it, or the word just before it when the click lands right after a word's end; else the one character
     * (a blank, a punctuation mark) at it. Word boundaries are {@link BreakIterator#getWordInstance()}'s, so "don't" and
     * "2.5" are one word each. An empty range at {@code position} for an empty text.
     */
    static IndexRange wordAt(String text, int position) {
        int at = Math.max(0, Math.min(position, text.length()));
        if (text.isEmpty()) {
            return new IndexRange(at, at);
        }
        BreakIterator words = BreakIterator.getWordInstance();
        words.setText(text);
        if (at < text.length() && isWordChar(text.charAt(at))) {
            return segment(words, at);
        }
        if (at > 0 && isWordChar(text.charAt(at - 1))) {
            return segment(words, at - 1);
        }
        int one = at < text.length() ? at : at - 1;
        return new IndexRange(one, one + 1);
    }

    /** The break iterator's segment holding the character at {@code index}. */
    private static IndexRange segment(BreakIterator words, int index) {
        int end = words.following(index);
        int start = words.previous();
        return new IndexRange(start, end == BreakIterator.DONE ? index + 1 : end);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
