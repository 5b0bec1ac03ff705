package org.claimbench.ui.article;

/**
 * The text as a pane lays it out: a paragraph longer than {@link #MAX_PIECE} characters is shown in
 * pieces, each a paragraph of the text area. RichTextFX virtualizes by paragraph (it lays out and
 * keeps only the paragraphs in view), so a 600 KB paragraph would be laid out whole on every
 * change and scroll; in pieces it costs what the same text in lines costs.
 *
 * <p>A piece ends where the text has a space: that space is shown as a line break, so the shown
 * text has exactly the article's length and every offset (claims, selections, styles) is the same
 * in both. A piece ends after a sentence when one ends in its second half (the break then reads
 * as a paragraph's end), else at its last space; a stretch with no space at all (a script written
 * without spaces) stays whole.
 */
public final class ParagraphPieces {

    /** Longest piece, in UTF-16 units. */
    public static final int MAX_PIECE = 2000;

    private ParagraphPieces() {
    }

    /** The text with long paragraphs broken into pieces; the same object when none is too long. */
    public static String of(String text) {
        char[] shown = null;
        int pieceStart = 0;
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (ch == '\n') {
                pieceStart = i + 1;
            } else if (i - pieceStart >= MAX_PIECE) {
                int end = breakBetween(text, pieceStart + MAX_PIECE / 2, i);
                if (end < 0) {
                    // No space in the second half of the piece: try again a piece further on.
                    pieceStart = i;
                } else {
                    if (shown == null) {
                        shown = text.toCharArray();
                    }
                    shown[end] = '\n';
                    pieceStart = end + 1;
                }
            }
            i++;
        }
        return shown == null ? text : new String(shown);
    }

    /** The space to break at in [from, to): after a sentence's end if there is one, else the last space; -1 if none. */
    private static int breakBetween(String text, int from, int to) {
        int lastSpace = -1;
        for (int j = to - 1; j >= from; j--) {
            if (text.charAt(j) == ' ') {
                if (j > 0 && isSentenceEnd(text.charAt(j - 1)) && j + 1 < text.length() && !Character.isLowerCase(text.charAt(j + 1))) {
                    return j;
                }
                if (lastSpace < 0) {
                    lastSpace = j;
                }
            }
        }
        return lastSpace;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '\u201D' || c == '\u00BB';
    }
}
