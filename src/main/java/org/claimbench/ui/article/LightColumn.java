package org.claimbench.ui.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.layout.Pane;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * The paragraphs of the light first frame's text ({@link LightArticleText}), one under the other at
 * the width of the text, without gaps, as RichTextFX stacks its paragraph boxes. A node is made for a
 * paragraph only when the view comes near it (a TextFlow lays out all it holds), styled at once with
 * its highlights and the selection. Offsets are UTF-16 units of the text; y in pixels from its top.
 */
final class LightColumn extends Pane {

    private List<String> texts = List.of();
    private int[] starts = new int[0];
    private final List<LightParagraph> paragraphs = new ArrayList<>();
    private double[] tops = new double[1];
    private double width;
    private int selectedFrom;
    private int selectedTo;
    private BiFunction<Integer, Integer, StyleSpans<String>> styles = (from, to) -> null;

    void setStyles(BiFunction<Integer, Integer, StyleSpans<String>> styles) {
        this.styles = styles;
    }

    /** Holds these paragraphs (their texts and where each starts in the text), none made yet. */
    void hold(List<String> texts, int[] starts) {
        this.texts = texts;
        this.starts = starts;
        paragraphs.clear();
        getChildren().clear();
        tops = new double[texts.size() + 1];
        selectedFrom = 0;
        selectedTo = 0;
    }

    /** How many paragraphs have nodes (the first ones). */
    int made() {
        return paragraphs.size();
    }

    /** Whether every paragraph has its node. */
    boolean allMade() {
        return paragraphs.size() == texts.size();
    }

    /** Where the paragraphs made end in the text. */
    int madeEnd() {
        int last = paragraphs.size() - 1;
        return last < 0 ? 0 : starts[last] + paragraphs.get(last).length();
    }

    /** Where paragraph i starts in the text. */
    int start(int paragraph) {
        return starts[paragraph];
    }

    double top(int paragraph) {
        return tops[paragraph];
    }

    /** The height of the paragraphs made. */
    double height() {
        return tops[paragraphs.size()];
    }

    /**
     * Lays the paragraphs out at a width, making nodes for more of them while they end above
     * {@code until}; the height of those made.
     */
    double measure(double width, double until) {
        double y = 0;
        for (int i = 0; i < texts.size() && (i < paragraphs.size() || y < until); i++) {
            if (i == paragraphs.size()) {
                make(i);
            }
            tops[i] = y;
            y += paragraphs.get(i).prefHeight(width);
        }
        tops[paragraphs.size()] = y;
        this.width = width;
        return y;
    }

    /** The node of paragraph i (the next one), styled as the text around it: its highlights, the selection. */
    private void make(int i) {
        LightParagraph p = new LightParagraph(texts.get(i));
        paragraphs.add(p);
        getChildren().add(p);
        // Styled now, in this layout: it is measured at once in the stylesheet's font.
        p.applyCss();
        int end = starts[i] + p.length();
        p.setStyles(end > starts[i] ? styles.apply(starts[i], end) : null);
        selectIn(i);
    }

    /** Draws the highlights of [from, to) again (whole paragraphs made). */
    void restyle(int from, int to) {
        for (int i = 0; i < paragraphs.size(); i++) {
            int start = starts[i];
            int end = start + paragraphs.get(i).length();
            if (end >= from && start <= to) {
                paragraphs.get(i).setStyles(end > start ? styles.apply(start, end) : null);
            }
        }
    }

    /** Shows [from, to) selected. */
    void select(int from, int to) {
        selectedFrom = from;
        selectedTo = to;
        for (int i = 0; i < paragraphs.size(); i++) {
            selectIn(i);
        }
    }

    private void selectIn(int i) {
        int from = selectedFrom - starts[i];
        int to = selectedTo - starts[i];
        LightParagraph p = paragraphs.get(i);
        // A selection that goes on past this paragraph takes its line break too.
        int end = to > p.length() ? p.length() + 1 : to;
        p.select(Math.max(0, from), Math.max(Math.max(0, from), Math.min(end, p.length() + 1)));
    }

    /** The paragraph made at a height (the last one below them all). */
    int paragraphAtY(double y) {
        int i = 0;
        while (i + 1 < paragraphs.size() && tops[i + 1] <= y) {
            i++;
        }
        return i;
    }

    /**
     * The word at an insertion point, as [start, end): the piece between two of the word break
     * iterator's boundaries (RichTextFX's selectWord) that holds the character after it, or the one
     * before it at a word's end or the paragraph's end.
     */
    int[] wordAround(int at) {
        int[] paragraph = paragraphAround(at);
        if (paragraph == null || paragraph[1] == paragraph[0]) {
            return null;
        }
        String text = paragraphText(paragraph[0]);
        int i = at - paragraph[0];
        if (i == text.length() || (i > 0 && !Character.isLetterOrDigit(text.charAt(i)) && Character.isLetterOrDigit(text.charAt(i - 1)))) {
            i--;
        }
        java.text.BreakIterator words = java.text.BreakIterator.getWordInstance();
        words.setText(text);
        int end = words.following(i);
        int start = words.preceding(end);
        return new int[] {paragraph[0] + start, paragraph[0] + end};
    }

    /** The paragraph made that holds an offset (its end included), or -1. */
    int paragraphOf(int offset) {
        for (int i = paragraphs.size() - 1; i >= 0; i--) {
            if (starts[i] <= offset) {
                return offset <= starts[i] + paragraphs.get(i).length() ? i : -1;
            }
        }
        return -1;
    }

    /** The insertion point nearest a point of this column (its own coordinates), within the paragraphs made. */
    int hit(Point2D point) {
        if (paragraphs.isEmpty() || point.getY() < 0) {
            return 0;
        }
        if (point.getY() >= height()) {
            return madeEnd();
        }
        int i = paragraphAtY(point.getY());
        LightParagraph p = paragraphs.get(i);
        javafx.scene.text.HitInfo hit = p.hitTest(p.parentToLocal(point));
        int at = Math.min(p.length(), hit.getInsertionIndex());
        String text = texts.get(i);
        if (at > 0 && at < text.length() && Character.isSurrogatePair(text.charAt(at - 1), text.charAt(at))) {
            // Never between the two halves of a surrogate pair: before it or after it, by the side hit.
            at += hit.isLeading() ? -1 : 1;
        }
        return starts[i] + at;
    }

    /**
     * The paragraph (as laid out: a piece of a long one, {@link ParagraphPieces}) that holds an
     * offset, as [start, end) of the text without its line break; null when it is not held.
     */
    int[] paragraphAround(int offset) {
        for (int i = texts.size() - 1; i >= 0; i--) {
            if (starts[i] <= offset) {
                int end = starts[i] + texts.get(i).length();
                return offset <= end ? new int[] {starts[i], end} : null;
            }
        }
        return null;
    }

    /** The text of the paragraph that starts at an offset ({@link #paragraphAround}). */
    String paragraphText(int start) {
        for (int i = 0; i < texts.size(); i++) {
            if (starts[i] == start) {
                return texts.get(i);
            }
        }
        return "";
    }

    /** The top of the line that holds an offset, from the column's top; -1 when its paragraph is not made. */
    double lineTop(int offset) {
        int i = paragraphOf(offset);
        if (i < 0) {
            return -1;
        }
        LightParagraph p = paragraphs.get(i);
        int at = Math.min(offset - starts[i], p.length());
        PathElement[] line = p.rangeShape(at, Math.min(at + 1, p.length()));
        return tops[i] + (line.length > 0 && line[0] instanceof MoveTo m ? m.getY() : 0);
    }

    /** The screen bounds of [from, to) when in one paragraph made, each line taller by the line spacing as RichTextFX's. */
    Optional<Bounds> characterBoundsOnScreen(int from, int to) {
        int i = paragraphOf(from);
        if (i < 0 || to > starts[i] + paragraphs.get(i).length() || to <= from) {
            return Optional.empty();
        }
        LightParagraph p = paragraphs.get(i);
        Bounds b = new Path(p.rangeShape(from - starts[i], to - starts[i])).getBoundsInLocal();
        double half = LightParagraph.LINE_SPACING / 2;
        return Optional.ofNullable(p.localToScreen(new BoundingBox(b.getMinX(), b.getMinY() - half, b.getWidth(), b.getHeight() + 2 * half)));
    }

    /**
     * The text's height as RichTextFX's scroll bar has it: the average height of the paragraphs in a
     * view (from {@code scrollY}, {@code viewport} high) times their number (Flowless's SizeTracker
     * estimates from the cells it made).
     */
    double estimatedHeight(double scrollY, double viewport, int wholeParagraphs) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < paragraphs.size() && tops[i] < scrollY + viewport; i++) {
            if (tops[i + 1] > scrollY) {
                sum += tops[i + 1] - tops[i];
                n++;
            }
        }
        return n == 0 ? height() : sum / n * wholeParagraphs;
    }

    @Override
    protected void layoutChildren() {
        // Placed here, not by Pane: a Pane would size each paragraph to its unwrapped width.
        for (int i = 0; i < paragraphs.size(); i++) {
            paragraphs.get(i).resizeRelocate(0, tops[i], width, tops[i + 1] - tops[i]);
        }
    }
}
