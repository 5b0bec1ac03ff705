package org.claimbench.ui.article;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.DoublePredicate;
import java.util.function.Supplier;

import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.layout.Pane;
import org.claimbench.domain.Source;
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
    /** Where the selection the bar is by lies on screen now; null while no selection has the bar. */
    private Supplier<Optional<Bounds>> following;
    /** Whether a placement after the next layout is asked for already. */
    private boolean placing;

    TagBarLayer(int index, ObservableList<Source> sources, Consumer<Source> onTag, Runnable onNewSource) {
        this.index = index;
        this.sources = sources;
        this.onTag = onTag;
        this.onNewSource = onNewSource;
        setPickOnBounds(false);
        // A narrower or shorter pane lays the selection's lines out elsewhere: the bar goes with them.
        widthProperty().addListener((o, was, now) -> follow());
        heightProperty().addListener((o, was, now) -> follow());
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
        Optional<TagBar.Shortfall> lacks = place(selectionOnScreen);
        if (lacks.isEmpty() || lacks.get().below() <= 0 || getScene() == null) {
            return;
        }
        if (scroll.test(lacks.get().below())) {
            Pulses.afterNextLayout(getScene(), () -> {
                if (following == selectionOnScreen && bar.isVisible()) {
                    place(selectionOnScreen);
                }
            });
        }
    }

    /**
     * The text scrolled (by the user, or to show a claim): the bar is placed by the selection again once the text is laid
     * out, without scrolling it (the user's scroll stands); away while the selection is out of view, back when it comes in.
     * Before, the bar stayed where it was drawn and lay over other lines while the selection scrolled away from it.
     */
    void follow() {
        if (following == null || placing || getScene() == null) {
            return;
        }
        placing = true;
        Pulses.afterNextLayout(getScene(), () -> {
            placing = false;
            if (following != null) {
                place(following);
            }
        });
    }

    /** Places the bar by the selection as laid out now (hidden where it is out of view); what it lacks below, if anything. */
    private Optional<TagBar.Shortfall> place(Supplier<Optional<Bounds>> selectionOnScreen) {
        Bounds local = selectionOnScreen.get().map(this::screenToLocal).orElse(null);
        if (local == null || local.getMaxY() < 0 || local.getMinY() > getHeight()) {
            if (bar != null) {
                bar.hide();
            }
            return Optional.empty();
        }
        return bar().showAt(local.getMinX(), local.getMinY(), local.getMaxY(), getWidth(), roomTop(), getHeight());
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
