package org.claimbench.ui.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * An article as light read-only text, for the start-up's first frame: RichTextFX's area (about 800
 * classes, its CSS and its first layout) replaces it a frame or two later ({@link ArticlePaneView}).
 * It looks as the area does: the text's box carries the area's id and style classes
 * ("article-text": background, padding), each paragraph is a {@link LightParagraph} (the area's
 * font, size, colour and highlights) wrapped at the same width, and the vertical scroll bar sits
 * beside the box as in RichTextFX's {@code VirtualizedScrollPane}. It takes what a user does first:
 * a drag selects (TextFlow hit tests, the same insertion points as the area's), a click sets the
 * caret, the wheel and the bar scroll. It tells its pane through {@link Events}; the pane's key
 * filter takes the number keys. Offsets are UTF-16 units of the article's text.
 *
 * <p>Only the first {@link #MOST} units are laid out (cut at a paragraph's end): a first screen needs
 * a few thousand, and a TextFlow lays out all it holds; the scroll bar's range is estimated for the rest.
 */
final class LightArticleText extends Region {

    /** Most text laid out, in UTF-16 units. */
    static final int MOST = 20_000;

    /** What the user did, for the pane to pass on to its view model. */
    interface Events {
        /** The selection changed: [start, end), start == end for none. */
        void selected(int start, int end);

        /** The mouse button was released after a press on the text. */
        void released();
    }

    private final Page page = new Page();
    private final ScrollBar bar = new ScrollBar();
    private final Events events;
    private final List<LightParagraph> paragraphs = new ArrayList<>();
    private int[] starts = new int[0];
    private double[] tops = new double[1];
    private double contentHeight;
    /**
     * The text's height as RichTextFX's scroll bar has it: the average height of the paragraphs in view
     * times their number (Flowless's SizeTracker estimates from the cells it made), so the bar looks the same.
     */
    private double wholeHeight;
    private int wholeParagraphs;
    private int shownLength;
    private int wholeLength;
    private double scrollY;
    private int anchor;
    private int caret;
    private boolean pressed;
    private Runnable whenReleased;
    private boolean settingBar;
    private BiFunction<Integer, Integer, StyleSpans<String>> styles = (from, to) -> null;

    LightArticleText(int index, Events events) {
        this.events = events;
        page.setId("articleText-" + index);
        page.getStyleClass().add("article-text");
        page.setCursor(javafx.scene.Cursor.TEXT);
        bar.setOrientation(Orientation.VERTICAL);
        bar.valueProperty().addListener((o, was, now) -> {
            if (!settingBar) {
                double room = Math.max(0, wholeHeight - viewportHeight());
                double max = bar.getMax();
                scrollTo(max <= 0 ? 0 : now.doubleValue() / max * room);
            }
        });
        getChildren().addAll(page, bar);
        setFocusTraversable(true);
        setAccessibleText("Article text. Select text and press a number key to tag who said it.");
        page.addEventHandler(MouseEvent.MOUSE_PRESSED, this::press);
        page.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        page.addEventHandler(MouseEvent.MOUSE_RELEASED, this::release);
        addEventHandler(ScrollEvent.SCROLL, e -> {
            scrollTo(scrollY - e.getDeltaY());
            e.consume();
        });
    }

    /** How each paragraph's highlights are styled: (from, to) of the text to its inline styles. */
    void setStyles(BiFunction<Integer, Integer, StyleSpans<String>> styles) {
        this.styles = styles;
    }

    /** Shows a text (as the pane lays it out, long paragraphs in pieces: {@link ParagraphPieces}), at its top, nothing selected. */
    void show(String shown) {
        wholeLength = shown.length();
        wholeParagraphs = 1 + (int) shown.chars().filter(c -> c == '\n').count();
        int cut = shown.length();
        if (cut > MOST) {
            int nl = shown.lastIndexOf('\n', MOST);
            cut = nl > 0 ? nl : MOST;
        }
        shownLength = cut;
        paragraphs.clear();
        List<Integer> at = new ArrayList<>();
        int from = 0;
        while (from <= cut) {
            int nl = shown.indexOf('\n', from);
            int end = nl < 0 || nl > cut ? cut : nl;
            at.add(from);
            paragraphs.add(new LightParagraph(shown.substring(from, end)));
            from = end + 1;
        }
        starts = at.stream().mapToInt(Integer::intValue).toArray();
        tops = new double[paragraphs.size() + 1];
        page.column.getChildren().setAll(paragraphs);
        anchor = 0;
        caret = 0;
        scrollY = 0;
        restyle(0, cut);
        requestLayout();
    }

    /** Draws the highlights of [from, to) again (whole paragraphs). */
    void restyle(int from, int to) {
        for (int i = 0; i < paragraphs.size(); i++) {
            int start = starts[i];
            int end = start + paragraphs.get(i).length();
            if (end >= from && start <= to) {
                paragraphs.get(i).setStyles(end > start ? styles.apply(start, end) : null);
            }
        }
    }

    /** Selects [anchor, caret) or (caret, anchor], as the area's selectRange. */
    void select(int anchor, int caret) {
        this.anchor = clamp(anchor);
        this.caret = clamp(caret);
        for (int i = 0; i < paragraphs.size(); i++) {
            int from = Math.min(this.anchor, this.caret) - starts[i];
            int to = Math.max(this.anchor, this.caret) - starts[i];
            LightParagraph p = paragraphs.get(i);
            // A selection that goes on past this paragraph takes its line break too.
            int end = to > p.length() ? p.length() + 1 : to;
            p.select(Math.max(0, from), Math.max(Math.max(0, from), Math.min(end, p.length() + 1)));
        }
        events.selected(Math.min(this.anchor, this.caret), Math.max(this.anchor, this.caret));
    }

    int anchor() {
        return anchor;
    }

    int caret() {
        return caret;
    }

    /** Whether a mouse button pressed on the text is still down (a drag may be under way). */
    boolean pressed() {
        return pressed;
    }

    /** Runs work once the mouse button pressed on the text is released (after the pane is told). */
    void whenReleased(Runnable work) {
        whenReleased = work;
    }

    /** Where the top of the view is: the paragraph there and how far into it (pixels). */
    record Top(int paragraph, double offset) {
    }

    Top top() {
        int i = paragraphAtY(scrollY);
        return new Top(i, scrollY - tops[i]);
    }

    /** Scrolls to a pixel offset from the text's top (clamped). */
    void scrollTo(double y) {
        double max = Math.max(0, contentHeight - viewportHeight());
        scrollY = Math.max(0, Math.min(max, y));
        settingBar = true;
        double room = Math.max(0, wholeHeight - viewportHeight());
        bar.setValue(room <= 0 ? 0 : scrollY / room * bar.getMax());
        settingBar = false;
        page.requestLayout();
    }

    /** Scrolls so that the line holding an offset sits a third of the way down the view. */
    void scrollToOffset(int offset) {
        int i = paragraphOf(Math.min(offset, shownLength));
        if (i >= 0) {
            LightParagraph p = paragraphs.get(i);
            int at = Math.min(offset - starts[i], p.length());
            javafx.scene.shape.PathElement[] line = p.rangeShape(at, Math.min(at + 1, p.length()));
            double y = line.length > 0 && line[0] instanceof javafx.scene.shape.MoveTo m ? m.getY() : 0;
            scrollTo(tops[i] + y - viewportHeight() / 3);
        }
    }

    /** The screen bounds of [from, to) when laid out and in one paragraph shown. */
    Optional<Bounds> characterBoundsOnScreen(int from, int to) {
        int i = paragraphOf(from);
        if (i < 0 || to > starts[i] + paragraphs.get(i).length() || to <= from) {
            return Optional.empty();
        }
        LightParagraph p = paragraphs.get(i);
        javafx.scene.shape.Path shape = new javafx.scene.shape.Path(p.rangeShape(from - starts[i], to - starts[i]));
        Bounds b = shape.getBoundsInLocal();
        // As RichTextFX's: each line taller by its line spacing, half above, half below.
        double half = LightParagraph.LINE_SPACING / 2;
        return Optional.ofNullable(p.localToScreen(new javafx.geometry.BoundingBox(b.getMinX(), b.getMinY() - half,
                b.getWidth(), b.getHeight() + 2 * half)));
    }

    /** The screen bounds of the selection (of its first and last characters), if laid out. */
    Optional<Bounds> selectionBoundsOnScreen() {
        int from = Math.min(anchor, caret);
        int to = Math.max(anchor, caret);
        Optional<Bounds> a = characterBoundsOnScreen(from, from + 1);
        Optional<Bounds> b = characterBoundsOnScreen(to - 1, to);
        if (to <= from || a.isEmpty() || b.isEmpty()) {
            return a.or(() -> b);
        }
        Bounds first = a.get();
        Bounds last = b.get();
        double minX = Math.min(first.getMinX(), last.getMinX());
        return Optional.of(new javafx.geometry.BoundingBox(minX, first.getMinY(), Math.max(first.getMaxX(), last.getMaxX()) - minX,
                last.getMaxY() - first.getMinY()));
    }

    private void press(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        requestFocus();
        pressed = true;
        int at = hit(e.getX(), e.getY());
        select(at, at);
        e.consume();
    }

    private void drag(MouseEvent e) {
        if (pressed) {
            select(anchor, hit(e.getX(), e.getY()));
            e.consume();
        }
    }

    private void release(MouseEvent e) {
        if (!pressed || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressed = false;
        events.released();
        Runnable then = whenReleased;
        whenReleased = null;
        if (then != null) {
            then.run();
        }
    }

    /** The insertion point nearest a point of the page (its own coordinates). */
    private int hit(double x, double y) {
        if (paragraphs.isEmpty()) {
            return 0;
        }
        double inColumn = y - page.column.getLayoutY();
        if (inColumn < 0) {
            return 0;
        }
        if (inColumn >= contentHeight) {
            return shownLength;
        }
        int i = paragraphAtY(inColumn);
        LightParagraph p = paragraphs.get(i);
        Point2D local = p.parentToLocal(page.column.parentToLocal(x, y));
        return starts[i] + Math.min(p.length(), p.hitTest(local).getInsertionIndex());
    }

    private int paragraphAtY(double y) {
        int i = 0;
        while (i + 1 < paragraphs.size() && tops[i + 1] <= y) {
            i++;
        }
        return i;
    }

    private int paragraphOf(int offset) {
        for (int i = paragraphs.size() - 1; i >= 0; i--) {
            if (starts[i] <= offset) {
                return offset <= starts[i] + paragraphs.get(i).length() ? i : -1;
            }
        }
        return -1;
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(shownLength, offset));
    }

    private double viewportHeight() {
        Insets in = page.getInsets();
        return page.getHeight() - in.getTop() - in.getBottom();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        Insets in = page.getInsets();
        double textHeight = measure(w - in.getLeft() - in.getRight());
        boolean needsBar = textHeight + in.getTop() + in.getBottom() > h;
        if (needsBar && bar.getSkin() == null) {
            // Measured now, in this layout: its width is its skin's.
            bar.applyCss();
        }
        double barWidth = needsBar ? snapSizeX(bar.prefWidth(-1)) : 0;
        if (needsBar) {
            textHeight = measure(w - barWidth - in.getLeft() - in.getRight());
        }
        contentHeight = textHeight;
        wholeHeight = estimatedHeight(h - in.getTop() - in.getBottom());
        page.resizeRelocate(0, 0, w - barWidth, h);
        bar.setVisible(needsBar);
        if (needsBar) {
            bar.resizeRelocate(w - barWidth, 0, barWidth, h);
            settingBar = true;
            bar.setMin(0);
            // As RichTextFX's VirtualizedScrollPane: the text's height (no padding) against the box's.
            bar.setMax(wholeHeight);
            bar.setVisibleAmount(h);
            settingBar = false;
        }
        scrollTo(scrollY);
    }

    private double estimatedHeight(double viewport) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < paragraphs.size() && tops[i] < scrollY + viewport; i++) {
            if (tops[i + 1] > scrollY) {
                sum += tops[i + 1] - tops[i];
                n++;
            }
        }
        return n == 0 ? contentHeight : sum / n * wholeParagraphs;
    }

    /** Lays the paragraphs out one under the other at a width; their total height. */
    private double measure(double width) {
        double y = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            tops[i] = y;
            y += paragraphs.get(i).prefHeight(width);
        }
        tops[paragraphs.size()] = y;
        page.columnWidth = width;
        return y;
    }

    /** The text's box: padding as the area's, the paragraphs clipped to inside it and moved by the scroll. */
    private final class Page extends Region {
        /** The paragraphs, placed by the page (a Pane would size each to its unwrapped width). */
        final javafx.scene.layout.Pane column = new javafx.scene.layout.Pane() {
            @Override
            protected void layoutChildren() {
                for (int i = 0; i < paragraphs.size(); i++) {
                    paragraphs.get(i).resizeRelocate(0, tops[i], columnWidth, tops[i + 1] - tops[i]);
                }
            }
        };
        final Rectangle clip = new Rectangle();
        double columnWidth;

        Page() {
            getChildren().add(column);
            column.setClip(clip);
        }

        @Override
        protected void layoutChildren() {
            Insets in = getInsets();
            double innerHeight = getHeight() - in.getTop() - in.getBottom();
            column.resizeRelocate(in.getLeft(), in.getTop() - scrollY, columnWidth, contentHeight);
            column.requestLayout();
            clip.setX(0);
            clip.setY(scrollY);
            clip.setWidth(columnWidth);
            clip.setHeight(Math.max(0, innerHeight));
        }
    }
}
