package org.claimbench.ui.article;

import java.util.Optional;

import javafx.geometry.Bounds;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyledDocument;

/**
 * A pane's article in RichTextFX's area, read-only, in its scroll pane: how it is set up, shown,
 * scrolled to a claim, and how it takes the place of the light first frame ({@link LightArticleText})
 * without a visible jump. The pane wires its events ({@link ArticlePaneView}). Offsets are UTF-16
 * units of the article's text (the area shows long paragraphs in pieces of the same length,
 * {@link ParagraphPieces}).
 */
final class RichArticleText implements ShownText {

    private final InlineCssTextArea area = new InlineCssTextArea();
    private final VirtualizedScrollPane<InlineCssTextArea> scroll;
    /** How many scrolls were asked of the pane (to an offset, a line at the top, by pixels): a restyle's put-back yields to them. */
    private int scrollsAsked;
    /** How many scrolls to an offset wait for a layout to place their line (two may be asked before one layout). */
    private int placing;

    RichArticleText(int index) {
        area.setId("articleText-" + index);
        area.getStyleClass().add("article-text");
        area.setEditable(false);
        // The text is never edited here (edits go through the workspace, with its own undo): without
        // this, the area's own undo history would keep every article shown and every restyle.
        area.setUndoManager(org.fxmisc.richtext.util.UndoUtils.noOpUndoManager());
        area.setWrapText(true);
        area.setUseInitialStyleForInsertion(true);
        area.setAccessibleText("Article text. Select text and press a number key to tag who said it.");
        scroll = new VirtualizedScrollPane<>(area);
    }

    InlineCssTextArea area() {
        return area;
    }

    /** The area in its scroll pane: what goes into the pane. */
    VirtualizedScrollPane<InlineCssTextArea> node() {
        return scroll;
    }

    /** Shows a text: its document prepared off the JavaFX thread if it is that text's, else the text plain (styled later). */
    void show(String text, Object prepared) {
        if (prepared instanceof StyledDocument<?, ?, ?> doc && doc.length() == text.length()) {
            @SuppressWarnings("unchecked")
            StyledDocument<String, String, String> styled = (StyledDocument<String, String, String>) doc;
            area.replace(0, area.getLength(), styled);
        } else {
            area.replaceText(ParagraphPieces.of(text));
        }
        area.moveTo(0);
        area.requestFollowCaret();
    }

    /**
     * Restyles the text from {@code from} (UTF-16 units) with {@code spans}, the view left where it was to the pixel. A
     * restyle re-makes the paragraphs it covers, and one of the whole text (the suggestions' underlines, drawn once they are
     * found a few seconds after start-up) put a paragraph the view was scrolled into back at its start: a pane restored
     * at its line after a restart came back at its paragraph's start in the real window, where the suggestions are found
     * after the area took over (round ui59; headless they came first). Where that happens, the paragraph goes back to the
     * top and the view down by the pixels it was into it; where the restyle moved nothing (a theme switch, most restyles)
     * nothing is scrolled: snapping to a line's start would move a view left between two lines (the review of stop 59).
     */
    void restyle(int from, StyleSpans<String> spans) {
        // A scroll asked but not yet placed counts as one asked after (the restyle of a confirmed pair can come just after it).
        int asked = placing > 0 ? -1 : scrollsAsked;
        boolean shown = area.getScene() != null && area.getHeight() > 0 && area.getLength() > 0;
        int top = shown ? topOffset() : 0;
        int paragraph = shown ? paragraphOf(top) : 0;
        int paragraphStart = shown ? area.getAbsolutePosition(paragraph, 0) : 0;
        double into = shown ? pixelsInto(paragraphStart) : Double.NaN;
        area.setStyleSpans(from, spans);
        if (top <= paragraphStart || top >= area.getLength() || Double.isNaN(into) || from > top || from + spans.length() < paragraphStart) {
            return;
        }
        int length = area.getLength();
        org.claimbench.ui.common.Pulses.whenLaidOut(area, () -> {
            // Not where a scroll was asked since (the next pair of a review, after A restyled its claims): the view moved
            // on purpose, and putting the old line back left the pair's claim out of sight (round ui60).
            if (area.getLength() == length && topOffset() != top && scrollsAsked == asked) {
                area.showParagraphAtTop(paragraph);
                scroll.layout();
                area.scrollYBy(into);
            }
        });
    }

    /** How far (pixels) the view's top is below the first line of the paragraph starting at {@code start}; NaN if not drawn. */
    private double pixelsInto(int start) {
        Optional<Bounds> first = area.getCharacterBoundsOnScreen(start, start + 1);
        Bounds whole = area.localToScreen(area.getBoundsInLocal());
        if (first.isEmpty() || whole == null) {
            return Double.NaN;
        }
        double d = whole.getMinY() + area.getInsets().getTop() - first.get().getMinY();
        return d > 0 ? d : Double.NaN;
    }

    /** Moves the caret to an offset and scrolls its line a third of the way down the view, once laid out. */
    @Override
    public void scrollToOffset(int offset) {
        if (offset > area.getLength()) {
            return;
        }
        scrollsAsked++;
        area.moveTo(offset);
        area.requestFollowCaret();
        // Then, once laid out, the claim's first line a third of the way down the pane, with its context
        // around it (centring its paragraph would hide a claim deep inside a long one).
        placing++;
        Runnable place = () -> {
            placing--;
            placeLine(offset);
        };
        if (area.getScene() != null) {
            org.claimbench.ui.common.Pulses.afterNextLayout(area.getScene(), place);
        } else {
            javafx.application.Platform.runLater(place);
        }
    }

    @Override
    public boolean scrollBy(double pixels) {
        scrollsAsked++;
        area.scrollYBy(pixels);
        return true;
    }

    /** Scrolls so that the line holding the offset sits a third of the way down the visible text. */
    private void placeLine(int offset) {
        if (offset >= area.getLength()) {
            return;
        }
        Optional<Bounds> line = area.getCharacterBoundsOnScreen(offset, offset + 1);
        Bounds view = area.localToScreen(area.getBoundsInLocal());
        if (line.isPresent() && view != null) {
            area.scrollYBy(line.get().getMinY() - (view.getMinY() + view.getHeight() / 3));
        }
    }

    @Override
    public void select(int from, int to) {
        if (from >= 0 && to <= area.getLength()) {
            area.selectRange(from, to);
        }
    }

    @Override
    public void deselect() {
        area.deselect();
    }

    @Override
    public int caret() {
        return area.getCaretPosition();
    }

    @Override
    public void focus() {
        area.requestFocus();
    }

    @Override
    public Optional<Bounds> characterBoundsOnScreen(int from, int to) {
        return area.getCharacterBoundsOnScreen(from, to);
    }

    @Override
    public Optional<Bounds> selectionBoundsOnScreen() {
        return area.getSelectionBounds();
    }

    /**
     * The first character of the line at the view's top (the one cut by the top edge, if any): a line, not its paragraph's
     * start, so a pane left inside a long paragraph comes back there, not some lines above (audit r57).
     */
    @Override
    public int topOffset() {
        if (area.getParagraphs().isEmpty() || area.getLength() == 0) {
            return 0;
        }
        javafx.geometry.Insets in = area.getInsets();
        int hit = area.hit(in.getLeft() + 1, in.getTop() + 1).getInsertionIndex();
        int paragraphStart = area.getAbsolutePosition(area.firstVisibleParToAllParIndex(), 0);
        // Where the hit misses the text (a blank line between paragraphs at the top), the paragraph's start, as before.
        return hit >= paragraphStart && hit <= area.getLength() ? hit : paragraphStart;
    }

    /** Also once laid out: the caret's follow-up that {@link #show} asked for would scroll back to the top. */
    @Override
    public void showAtTop(int offset) {
        if (offset >= 0 && offset <= area.getLength()) {
            scrollsAsked++;
            int paragraph = paragraphOf(offset);
            area.showParagraphAtTop(paragraph);
            int length = area.getLength();
            Runnable again = () -> {
                if (area.getLength() == length) {
                    area.showParagraphAtTop(paragraph);
                    scroll.layout();
                    lineToTop(offset);
                }
            };
            org.claimbench.ui.common.Pulses.whenLaidOut(area, again);
        }
    }

    /**
     * With the paragraph holding the offset shown at the top (and laid out), scrolls on to the line that holds it: by the
     * distance from the paragraph's first line to that line.
     */
    private void lineToTop(int offset) {
        int start = area.getAbsolutePosition(paragraphOf(offset), 0);
        if (offset <= start || offset >= area.getLength()) {
            return;
        }
        Optional<Bounds> line = area.getCharacterBoundsOnScreen(offset, offset + 1);
        Optional<Bounds> first = area.getCharacterBoundsOnScreen(start, start + 1);
        if (line.isPresent() && first.isPresent() && line.get().getMinY() > first.get().getMinY()) {
            area.scrollYBy(line.get().getMinY() - first.get().getMinY());
        }
    }

    private int paragraphOf(int offset) {
        return area.offsetToPosition(offset, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
    }

    /**
     * Takes the light text's place in the pane's body (its first child): the document given (the same
     * text and highlights), scrolled to the same line (or to the line asked for past the light text's
     * part, {@link LightArticleText#wantedOffset}, a third of the way down), the same selection, the
     * keyboard if it had it. Styled and laid out at once, before the next frame is drawn: RichTextFX's
     * scroll pane takes two passes to place its bar (its first draws the bar at the left, over the text).
     */
    void takeOver(LightArticleText light, StackPane body, StyledDocument<String, String, String> doc) {
        LightArticleText.Top top = light.top();
        int wanted = light.wantedOffset();
        int wantedTop = light.wantedTop();
        // Asked before the light text leaves the scene (the scene then gives its focus to another node).
        boolean hadKeyboard = light.isFocused() || light.getScene() != null && light.getScene().getFocusOwner() == light;
        if (doc.length() > 0) {
            area.replace(0, 0, doc);
        }
        body.getChildren().set(0, scroll);
        boolean toWanted = wanted >= 0 && wanted < area.getLength();
        boolean toTop = wantedTop >= 0 && wantedTop <= area.getLength();
        area.showParagraphAtTop(toWanted ? paragraphOf(wanted) : toTop ? paragraphOf(wantedTop) : top.paragraph());
        body.applyCss();
        body.layout();
        if (toWanted) {
            placeLine(wanted);
        } else if (!toTop) {
            area.scrollYBy(top.offset());
        }
        body.layout();
        body.layout();
        // A pane put back at start-up showed its paragraph in the light text: the area goes on to the line left at the top
        // (a pane left inside a long paragraph came back some lines above it after a restart, audit r57), unless the user
        // scrolled meanwhile. Done here, after the first frame, so start-up waits for nothing more.
        int line = light.restoredLine();
        int shownParagraph = toTop ? paragraphOf(wantedTop) : top.paragraph();
        if (!toWanted && line >= 0 && line <= area.getLength() && (toTop || top.offset() < 1) && paragraphOf(line) == shownParagraph) {
            lineToTop(line);
            body.layout();
        }
        if (light.anchor() != light.caret()) {
            area.selectRange(light.anchor(), light.caret());
        } else {
            area.moveTo(light.caret());
        }
        // The scene's focus owner, not isFocused(): that is false while the window itself has no focus (just shown, or
        // behind another), and the keyboard given to the light text (the pane worked in, put back at start-up) would
        // then go to whatever the scene chose next once the light text left it.
        if (hadKeyboard) {
            area.requestFocus();
        }
    }
}
