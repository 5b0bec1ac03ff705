package org.claimbench.ui.article;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Whether a stretch of an article's text fits in a pane's view, measured as the pane lays it out: the text box's
 * font (its stylesheet's), wrapped at the box's width less its padding. Used to show both claims of a contradiction
 * in one pane when they are close, rather than the same article twice side by side. Offsets are UTF-16 units.
 */
final class PaneFit {

    /**
     * The share of the view's height the stretch may fill: a review scrolls the first claim's line a third of the way
     * down the view ({@link RichArticleText#scrollTo}), which leaves two thirds, less a line's margin.
     */
    static final double SHARE = 0.6;
    /** Longer stretches (in UTF-16 units) never fit: no pane shows that much text at once, and measuring them costs. */
    static final int MOST = 3_000;

    private PaneFit() {
    }

    /**
     * Whether the text from the start of the line holding {@code from} to {@code to} fills at most {@link #SHARE} of
     * the view's height.
     *
     * @param view the region the text is seen through (its size is the view's)
     * @param box  the text's box, with the "article-text" style class (padding, and its ".text" nodes' font), or null
     * @return false when the view is not laid out yet or the offsets are outside the text
     */
    static boolean fits(Region view, Node box, String text, int from, int to) {
        if (from < 0 || to > text.length() || from > to || view.getHeight() <= 0) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', Math.max(0, from - 1)) + 1;
        if (from == 0) {
            lineStart = 0;
        }
        if (to - lineStart > MOST) {
            return false;
        }
        Insets pad = box instanceof Region r ? r.getPadding() : Insets.EMPTY;
        double width = view.getWidth() - pad.getLeft() - pad.getRight();
        double height = view.getHeight() - pad.getTop() - pad.getBottom();
        if (width <= 0 || height <= 0) {
            return false;
        }
        Text measure = new Text(text.substring(lineStart, to));
        measure.setFont(box == null ? Font.getDefault() : fontOf(box));
        measure.setWrappingWidth(width);
        return measure.getLayoutBounds().getHeight() <= height * SHARE;
    }

    /** The font the box draws its text in: that of a text node inside it, else the stylesheet's serif at its size. */
    private static Font fontOf(Node box) {
        return box.lookup(".text") instanceof Text t ? t.getFont() : Font.font("DejaVu Serif", 15);
    }
}
