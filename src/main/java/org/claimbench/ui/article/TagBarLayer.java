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
 * above the selection (over the lines read already, or over the pane's header for the text's first lines), or below it
 * when there is no room above, never over the selection, always whole inside the pane (the line under the text never
 * covers a row of it). Clicks pass through the layer to the text.
 */
final class TagBarLayer extends Pane {

    private final int index;
    private final ObservableList<Source> sources;
    private final Consumer<Source> onTag;
    private final Runnable onNewSource;
    private TagBar bar;

    TagBarLayer(int index, ObservableList<Source> sources, Consumer<Source> onTag, Runnable onNewSource) {
        this.index = index;
        this.sources = sources;
        this.onTag = onTag;
        this.onNewSource = onNewSource;
        setPickOnBounds(false);
    }

    /**
     * Shows the bar by the selection (nothing when it is not in view). Where a short pane has no room for the bar above
     * or below the selection, the text is scrolled (once each way at most) to give it that room, and the bar placed
     * again once the text is laid out there; where it cannot scroll, the bar stays whole inside the layer.
     *
     * @param selectionOnScreen the selection's bounds on screen as laid out now
     * @param scroll            scrolls the text by pixels (positive: the text up); false where it cannot
     */
    void showBy(Supplier<Optional<Bounds>> selectionOnScreen, DoublePredicate scroll) {
        showBy(selectionOnScreen, scroll, Double.NaN);
    }

    /** @param scrolled the pixels the text was scrolled by to make room (NaN: not yet; 0: both ways tried) */
    private void showBy(Supplier<Optional<Bounds>> selectionOnScreen, DoublePredicate scroll, double scrolled) {
        Bounds local = selectionOnScreen.get().map(this::screenToLocal).orElse(null);
        if (local == null) {
            return;
        }
        Optional<TagBar.Shortfall> lacks = bar().showAt(local.getMinX(), local.getMinY(), local.getMaxY(), getWidth(), roomTop(), getHeight());
        if (lacks.isEmpty() || getScene() == null) {
            return;
        }
        // The shorter way first; if the text could not go that way (scrolled to its top or end), the other way once.
        double by = Double.isNaN(scrolled) ? (lacks.get().above() <= lacks.get().below() ? -lacks.get().above() : lacks.get().below())
                : scrolled < 0 ? lacks.get().below() : -lacks.get().above();
        boolean again = Double.isNaN(scrolled) || scrolled != 0 && Math.signum(by) != Math.signum(scrolled);
        if (again && scroll.test(by)) {
            Pulses.afterNextLayout(getScene(), () -> {
                if (bar.isVisible()) {
                    showBy(selectionOnScreen, scroll, Double.isNaN(scrolled) ? by : 0);
                }
            });
        }
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
