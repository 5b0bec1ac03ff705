package org.claimbench.ui.article;

import java.util.Optional;
import java.util.function.Consumer;

import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.layout.Pane;
import org.claimbench.domain.Source;

/**
 * The layer over a pane's text that holds the tag bar ({@link TagBar}) by the selection: the bar is
 * made the first time a selection shows it (it is not in the start-up's first frame), and placed just
 * above the selection, or below it when there is no room above. Clicks pass through the layer to the text.
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

    /** Shows the bar by a selection's bounds on screen (nothing when there are none). */
    void showBy(Optional<Bounds> selectionOnScreen) {
        if (selectionOnScreen.isEmpty()) {
            return;
        }
        Bounds local = screenToLocal(selectionOnScreen.get());
        if (local == null) {
            return;
        }
        bar().showAt(local.getMinX(), local.getMinY(), local.getMaxY(), getWidth());
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
