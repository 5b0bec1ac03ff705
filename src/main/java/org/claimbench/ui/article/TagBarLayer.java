package org.claimbench.ui.article;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.DoublePredicate;
import java.util.function.Supplier;

import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.layout.Pane;
import org.claimbench.domain.Source;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.common.Pulses;

/**
 * The layer over a pane's text that holds the tag bar ({@link TagBar}) by the selection: the bar is
 * made the first time a selection shows it (it is not in the start-up's first frame), and placed just
 * below the selection (over lines not read yet), or above it when there is no room below and the text cannot be
 * scrolled to make some, never over the selection, always whole inside the pane (the line under the text never
 * covers a row of it). As the text scrolls or the pane is resized the bar follows the selection, and is away while the
 * selection is out of view. Clicks pass through the layer to the text.
 */
final class TagBarLayer extends Pane {

    private final int index;
    private final ObservableList<Source> sources;
    private final Consumer<Source> onTag;
    private final Runnable onNewSource;
    private TagBar bar;
    /** What is selected now (UTF-16 units of the text; null: nothing). */
    private final ObservableValue<TextSpan> selected;
    /** Where the selection the bar is by lies on screen now; null while no selection has the bar. */
    private Supplier<Optional<Bounds>> following;
    /** The selection the bar was shown for ({@link #showBy}): the only one it follows. */
    private TextSpan shownFor;
    /** Whether a placement after the next layout is asked for already, and whether it is to label the bar anew. */
    private boolean placing;
    private boolean relabel;

    /** {@code selected}: what is selected in the text now, by the user or by the program. */
    TagBarLayer(int index, ObservableList<Source> sources, ObservableValue<TextSpan> selected, Consumer<Source> onTag, Runnable onNewSource) {
        this.index = index;
        this.sources = sources;
        this.selected = selected;
        this.onTag = onTag;
        this.onNewSource = onNewSource;
        setPickOnBounds(false);
        // A narrower pane wraps the selection's lines and has another room for the names: the bar is labelled anew. A
        // shorter one only moves the selection's lines: the bar goes with them as it is.
        widthProperty().addListener((o, was, now) -> follow(true));
        heightProperty().addListener((o, was, now) -> follow(false));
        // Another selection than the bar's (the program's, of a claim chosen in a list, scrolled to or already in view): the
        // bar, which would tag it, goes; the user's own new selection brings it back (PaneTagging).
        selected.addListener((o, was, now) -> {
            if (following != null && !Objects.equals(now, shownFor)) {
                hide();
            }
        });
    }

    /**
     * Shows the bar by the selection (nothing when it is not in view). Where the bar has no room below the selection, the
     * text is scrolled up once to give it that room, and the bar placed again once the text is laid out there; where it
     * cannot scroll (the text's end), the bar goes above the selection, or stays whole inside the layer.
     *
     * @param selectionOnScreen the selection's bounds on screen as laid out now
     * @param scroll            scrolls the text by pixels (positive: the text up); false where it cannot
     */
    void showBy(Supplier<Optional<Bounds>> selectionOnScreen, DoublePredicate scroll) {
        following = selectionOnScreen;
        shownFor = selected.getValue();
        Optional<TagBar.Shortfall> lacks = place(selectionOnScreen, true);
        if (lacks.isEmpty() || lacks.get().below() <= 0 || getScene() == null) {
            return;
        }
        if (scroll.test(lacks.get().below())) {
            Pulses.afterNextLayout(getScene(), () -> {
                if (following == selectionOnScreen && bar.isVisible()) {
                    place(selectionOnScreen, false);
                }
            });
        }
    }

    /**
     * The text scrolled (by the user, or to show a claim): the bar is moved by the selection again once the text is laid
     * out, as it is labelled, without scrolling the text (the user's scroll stands); away while the selection is out of view,
     * back when it comes in. Before, the bar stayed where it was drawn and lay over other lines while the selection scrolled
     * away from it.
     *
     * <p>Where the selection is no longer the one the bar was shown for (the program selected a claim chosen in a list), the
     * bar goes: it came for words the user chose, and followed the program's selection to sit by words they never chose
     * (review of round ui62).
     */
    void follow() {
        follow(false);
    }

    private void follow(boolean anew) {
        if (following == null || getScene() == null) {
            return;
        }
        if (!Objects.equals(selected.getValue(), shownFor)) {
            hide();
            return;
        }
        relabel |= anew;
        if (placing) {
            return;
        }
        placing = true;
        Pulses.afterNextLayout(getScene(), () -> {
            placing = false;
            boolean labelled = relabel;
            relabel = false;
            if (following != null) {
                place(following, labelled);
            }
        });
    }

    /**
     * Places the bar by the selection as laid out now (hidden where it is out of view), labelled anew ({@code anew}: its
     * names chosen for the room) or only moved; what it lacks below, if anything.
     */
    private Optional<TagBar.Shortfall> place(Supplier<Optional<Bounds>> selectionOnScreen, boolean anew) {
        Bounds local = selectionOnScreen.get().map(this::screenToLocal).orElse(null);
        if (local == null || local.getMaxY() < 0 || local.getMinY() > getHeight()) {
            if (bar != null) {
                bar.hide();
            }
            return Optional.empty();
        }
        if (anew || bar().getWidth() <= 0) {
            return bar().showAt(local.getMinX(), local.getMinY(), local.getMaxY(), getWidth(), roomTop(), getHeight());
        }
        bar.moveTo(local.getMinX(), local.getMinY(), local.getMaxY(), getWidth(), roomTop(), getHeight());
        return Optional.empty();
    }

    /**
     * The top of the bar's room, in the layer: the pane's own top, so that the header over the text (the article's title and
     * byline, no text the user reads on) is room above a selection on the text's first lines. Before, the bar went below such
     * a selection, over the lines the user was about to read (seen at 1280 × 720, round ui44: a selection on the second
     * line put the bar over the third and fourth). The layer is drawn after the header, so the bar lies on it.
     */
    private double roomTop() {
        for (javafx.scene.Node n = getParent(); n != null; n = n.getParent()) {
            if (n instanceof ArticlePaneView pane) {
                return Math.min(0, sceneToLocal(pane.localToScene(0, 0)).getY());
            }
        }
        return 0;
    }

    void hide() {
        following = null;
        shownFor = null;
        if (bar != null) {
            bar.hide();
        }
    }

    private TagBar bar() {
        if (bar == null) {
            bar = new TagBar(index, sources, onTag, onNewSource);
            getChildren().add(bar);
            // Styled now: it is measured at once to be placed by the selection.
            bar.applyCss();
        }
        return bar;
    }
}
