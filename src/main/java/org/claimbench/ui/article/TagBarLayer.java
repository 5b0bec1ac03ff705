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
 * above the selection, or below it when there is no room above, always whole inside the layer (the text's room: the
 * line under the pane never covers a row of it). Clicks pass through the layer to the text.
 */
final class TagBarLayer extends Pane {

    private final int index;
    private final ObservableList<Source> sources;
    private final Consumer<Source> onTag;
    private TagBar bar;

    TagBarLayer(int index, ObservableList<Source> sources, Consumer<Source> onTag) {
        this.index = index;
        this.sources = sources;
        this.onTag = onTag;
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
        Optional<TagBar.Shortfall> lacks = bar().showAt(local.getMinX(), local.getMinY(), local.getMaxY(), getWidth(), getHeight());
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

    void hide() {
        if (bar != null) {
            bar.hide();
        }
    }

    private TagBar bar() {
        if (bar == null) {
            bar = new TagBar(index, sources, onTag);
            getChildren().add(bar);
            // Styled now: it is measured at once to be placed by the selection.
            bar.applyCss();
        }
        return bar;
    }
}
