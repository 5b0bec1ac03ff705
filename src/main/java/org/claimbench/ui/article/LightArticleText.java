package org.claimbench.ui.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
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
 * caret, a double click selects the word and a triple click the paragraph (as the area does:
 * {@link LightTextMouse}), the wheel and the bar scroll. It tells its pane through {@link Events}; the pane's key
 * filter takes the number keys. Offsets are UTF-16 units of the article's text.
 *
 * <p>Only the first {@link #MOST} units are laid out (cut at a paragraph's end): a first screen needs
 * a few thousand, and a TextFlow lays out all it holds; the scroll bar's range is estimated for the rest.
 * A selection or a scroll asked for past them (Find in All Articles, a suggestion chosen) is kept as
 * asked ({@link #anchor}, {@link #caret}, {@link #wantedOffset}) for the area to apply when it takes over.
 */
final class LightArticleText extends Region implements ShownText {

    /** Most text laid out, in UTF-16 units. */
    static final int MOST = 20_000;

    /** What the user did, for the pane to pass on to its view model. */
    interface Events {
        /** The selection changed: [start, end), start == end for none. */
        void selected(int start, int end);

        /** The mouse button was released after a press on the text. */
        void released();
    }

    /** Events told to two functions: the selection's (start, end), the release. */
    static Events events(java.util.function.BiConsumer<Integer, Integer> selected, Runnable released) {
        return new Events() {
            @Override
            public void selected(int start, int end) {
                selected.accept(start, end);
            }

            @Override
            public void released() {
                released.run();
            }
        };
    }

    private final LightColumn column = new LightColumn();
    private final Page page = new Page();
    private final ScrollBar bar = new ScrollBar();
    private final Events events;
    /** The text's height as RichTextFX's scroll bar has it ({@link LightColumn#estimatedHeight}), so the bar looks the same. */
    private double wholeHeight;
    private int wholeParagraphs;
    private int shownLength;
    private int wholeLength;
    /** An offset asked to be scrolled to past the text laid out, for the area; -1 for none. */
    private int wantedOffset = -1;
    /** An offset whose paragraph the next layout puts at the top (where the pane was left); -1 for none. */
    private int wantedTop = -1;
    /** The line asked for by {@link #showAtTop}, until the text is scrolled otherwise ({@link #restoredLine}); -1 for none. */
    private int restoredLine = -1;
    private double scrollY;
    private int anchor;
    private int caret;
    private final LightTextMouse mouse;
    private boolean settingBar;

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
        mouse = new LightTextMouse(page, this, column, events::released);
        addEventHandler(ScrollEvent.SCROLL, e -> {
            scrollTo(scrollY - e.getDeltaY());
            e.consume();
        });
    }

    /** How each paragraph's highlights are styled: (from, to) of the text to its inline styles. */
    void setStyles(BiFunction<Integer, Integer, StyleSpans<String>> styles) {
        column.setStyles(styles);
    }

    /** Shows a text (as the pane lays it out, long paragraphs in pieces: {@link ParagraphPieces}), at its top, nothing selected. */
    void show(String shown) {
        wholeParagraphs = 1 + (int) shown.chars().filter(c -> c == '\n').count();
        wholeLength = shown.length();
        wantedOffset = -1;
        wantedTop = -1;
        restoredLine = -1;
        int cut = shown.length();
        if (cut > MOST) {
            int nl = shown.lastIndexOf('\n', MOST);
            cut = nl > 0 ? nl : MOST;
        }
        shownLength = cut;
        List<Integer> at = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        int from = 0;
        while (from <= cut) {
            int nl = shown.indexOf('\n', from);
            int end = nl < 0 || nl > cut ? cut : nl;
            at.add(from);
            texts.add(shown.substring(from, end));
            from = end + 1;
        }
        column.hold(texts, at.stream().mapToInt(Integer::intValue).toArray());
        anchor = 0;
        caret = 0;
        scrollY = 0;
        requestLayout();
    }

    /** Draws the highlights of [from, to) again. */
    void restyle(int from, int to) {
        column.restyle(from, to);
    }

    /**
     * Selects [anchor, caret) or (caret, anchor], as the area's selectRange (within the text). What
     * lies past the text laid out is not drawn, but the selection is kept whole: the pane is told it
     * and the area takes it over.
     */
    @Override
    public void select(int anchor, int caret) {
        this.anchor = clamp(anchor);
        this.caret = clamp(caret);
        int from = Math.min(this.anchor, this.caret);
        int to = Math.max(this.anchor, this.caret);
        column.select(Math.min(from, shownLength), Math.min(to, shownLength));
        events.selected(from, to);
    }

    @Override
    public void deselect() {
        select(caret, caret);
    }

    @Override
    public void focus() {
        requestFocus();
    }

    /** The selection's anchor (UTF-16 units of the text; possibly past the text laid out). */
    int anchor() {
        return anchor;
    }

    @Override
    public int caret() {
        return caret;
    }

    /** An offset asked to be scrolled to that lies past the text laid out, still to be shown; -1 for none. */
    int wantedOffset() {
        return wantedOffset;
    }

    /** Whether a mouse button pressed on the text is still down (a drag may be under way). */
    boolean pressed() {
        return mouse.pressed();
    }

    /** Runs work once the mouse button pressed on the text is released (after the pane is told). */
    void whenReleased(Runnable work) {
        mouse.whenReleased(work);
    }

    /** Where the top of the view is: the paragraph there and how far into it (pixels). */
    record Top(int paragraph, double offset) {
    }

    Top top() {
        int i = column.paragraphAtY(scrollY);
        return new Top(i, scrollY - column.top(i));
    }

    @Override
    public int topOffset() {
        if (wantedTop >= 0 || column.made() == 0) {
            return Math.max(0, wantedTop);
        }
        // The first character of the line at the top (as the area's: a line, not its paragraph's start).
        int paragraphStart = column.start(top().paragraph());
        int hit = column.hit(new javafx.geometry.Point2D(0, scrollY + 1));
        return hit >= paragraphStart ? hit : paragraphStart;
    }

    @Override
    public void showAtTop(int offset) {
        wantedOffset = -1;
        wantedTop = clamp(offset);
        restoredLine = wantedTop;
        requestLayout();
    }

    /**
     * The offset (UTF-16 units) of the line {@link #showAtTop} was asked to put at the top, while nothing else has scrolled
     * the text since; -1 for none. The light text puts its paragraph at the top (its line put a pane at the article's end
     * after a restart, round ui57c); the area that takes over scrolls on to the line, after the first frame.
     */
    int restoredLine() {
        return restoredLine;
    }

    /** An offset whose paragraph is to be shown at the top that lies past the text laid out, for the area; -1 for none. */
    int wantedTop() {
        return wantedTop;
    }

    /** Scrolls to a pixel offset from the text's top (clamped); the user's scroll: nothing is wanted further down. */
    void scrollTo(double y) {
        wantedOffset = -1;
        wantedTop = -1;
        restoredLine = -1;
        // Within the text's estimated height: the layout makes the paragraphs down to there, then keeps it within them.
        scrollY = Math.max(0, Math.min(Math.max(0, Math.max(column.height(), wholeHeight) - viewportHeight()), y));
        requestLayout();
    }

    /** Keeps the scroll within the text laid out and sets the bar by it. */
    private void placeScroll() {
        double max = Math.max(0, column.height() - viewportHeight());
        scrollY = Math.max(0, Math.min(max, scrollY));
        settingBar = true;
        double room = Math.max(0, wholeHeight - viewportHeight());
        bar.setValue(room <= 0 ? 0 : scrollY / room * bar.getMax());
        settingBar = false;
        page.requestLayout();
    }

    /**
     * Scrolls so that the line holding an offset sits a third of the way down the view; an offset past
     * the text laid out is kept for the area ({@link #wantedOffset}).
     */
    @Override
    public void scrollToOffset(int offset) {
        if (offset > shownLength) {
            wantedOffset = Math.min(offset, wholeLength);
            return;
        }
        double y = column.lineTop(offset);
        if (y >= 0) {
            scrollTo(y - viewportHeight() / 3);
        }
    }

    @Override
    public Optional<Bounds> characterBoundsOnScreen(int from, int to) {
        return column.characterBoundsOnScreen(from, to);
    }

    @Override
    public Optional<Bounds> selectionBoundsOnScreen() {
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

    private int clamp(int offset) {
        return Math.max(0, Math.min(wholeLength, offset));
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
        if (bar.getSkin() == null) {
            // Measured now, in this layout: its width is its skin's.
            bar.applyCss();
        }
        // Paragraphs are made down to a screen below the view; measured first beside the bar, as most
        // articles need one, and again without it when the text turns out to fit.
        double barWidth = snapSizeX(bar.prefWidth(-1));
        if (wantedTop >= 0 && wantedTop <= shownLength && h > 0) {
            // Made down to the paragraph wanted at the top (the first screen's text at most: MOST units).
            double width = w - barWidth - in.getLeft() - in.getRight();
            for (double until = 2 * h; column.paragraphOf(wantedTop) < 0 && !column.allMade(); until *= 2) {
                column.measure(width, until);
            }
            // Its paragraph at the top. The line holding it (column.lineTop) put a pane at its article's end after a restart in
            // the real window (round ui57c): the start-up's light text keeps the paragraph, as before; the area keeps the line.
            scrollY = column.paragraphOf(wantedTop) < 0 ? scrollY : column.top(column.paragraphOf(wantedTop));
            wantedTop = -1;
        }
        double until = scrollY + 2 * h;
        double textHeight = column.measure(w - barWidth - in.getLeft() - in.getRight(), until);
        boolean needsBar = textHeight + in.getTop() + in.getBottom() > h;
        if (!needsBar) {
            barWidth = 0;
            textHeight = column.measure(w - in.getLeft() - in.getRight(), until);
        }
        wholeHeight = column.estimatedHeight(scrollY, h - in.getTop() - in.getBottom(), wholeParagraphs);
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
        placeScroll();
    }

    /** The text's box: padding as the area's, the paragraphs clipped to inside it and moved by the scroll. */
    private final class Page extends Region {
        private final Rectangle clip = new Rectangle();

        Page() {
            getChildren().add(column);
            column.setClip(clip);
        }

        @Override
        protected void layoutChildren() {
            Insets in = getInsets();
            double inner = getWidth() - in.getLeft() - in.getRight();
            column.resizeRelocate(in.getLeft(), in.getTop() - scrollY, inner, column.height());
            column.requestLayout();
            clip.setX(0);
            clip.setY(scrollY);
            clip.setWidth(inner);
            clip.setHeight(Math.max(0, getHeight() - in.getTop() - in.getBottom()));
        }
    }
}
