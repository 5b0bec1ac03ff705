package org.claimbench.ui.article;

import java.util.Optional;

import javafx.geometry.Bounds;

/**
 * The text a pane shows, whichever it is: the light first frame ({@link LightArticleText}) or RichTextFX's
 * area ({@link RichArticleText}), so the pane asks either the same way. Offsets are UTF-16 units of the
 * article's text (both show long paragraphs in pieces of the same length, {@link ParagraphPieces}).
 */
interface ShownText {

    /** Scrolls so that the line holding the offset is in view (a third of the way down). */
    void scrollToOffset(int offset);

    /** Selects [from, to) (ignored where it lies outside the text). */
    void select(int from, int to);

    /** Takes the selection away, the caret where it is. */
    void deselect();

    /** The caret. */
    int caret();

    /** Gives the text the keyboard. */
    void focus();

    /** The screen bounds of [from, to) in one paragraph, as laid out now; empty where it is not. */
    Optional<Bounds> characterBoundsOnScreen(int from, int to);

    /** The screen bounds of the selection as laid out now; empty with none in view. */
    Optional<Bounds> selectionBoundsOnScreen();

    /**
     * Where the view is scrolled to: the offset (UTF-16 units) of the first character of the line at its top (of the
     * paragraph's start where no line is hit there); 0 with no text. {@link #showAtTop} puts it back.
     */
    int topOffset();

    /** Shows the line holding the offset (UTF-16 units) at the top of the view, once laid out (the light first frame: its paragraph). */
    void showAtTop(int offset);

    /**
     * Scrolls the view by some pixels (positive: the text moves up, as the wheel turned towards the reader does), as far
     * as the text goes; false where this text cannot (the light first frame, which the area soon replaces).
     */
    default boolean scrollBy(double pixels) {
        return false;
    }
}
