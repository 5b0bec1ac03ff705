package org.claimbench.ui.suggestions;

import java.util.List;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Where the suggestions' detail area (the chosen row in full) and the suggested claims' filters go: beside the list, on the
 * right, at every size, the filters at the top and the detail under them as tall as the list. One place: they moved with
 * the view's height before (beside the list where it was short, on the bar and under the list where it was tall), so a
 * drag of the divider or a count's label widening sent the filters from beside the list to the bar, to a second line under
 * it with their open list left behind, and back (factcheck54). Beside the list, the bar keeps one line at 1024 × 700 and
 * the list its height, six rows or more with one chosen. A line above the list (the same-event hint) goes above the list
 * only, so the filters do not move down when it comes.
 */
final class SuggestionsLayout {

    /** The side's width: a third of the view's, from {@link #SIDE_MIN} to {@link #SIDE_MAX} px. */
    static final double SIDE_MIN = 240;
    /** See {@link #SIDE_MIN}. */
    static final double SIDE_MAX = 360;

    private final BorderPane body = new BorderPane();

    /**
     * @param view        the suggestions view, whose width decides the side's
     * @param filters     the suggested claims' filters, shown while {@code claimsShown}
     * @param claimsShown whether the suggested claims are the list shown
     * @param above       a line over the list (shown or not), beside the filters' column
     * @param tables      the lists
     * @param detail      the chosen row in full
     */
    SuggestionsLayout(Region view, List<Node> filters, ObservableBooleanValue claimsShown, Node above, Node tables, ScrollPane detail) {
        FlowPane sideFilters = new FlowPane(6, 4);
        sideFilters.setId("suggestionsFilters");
        sideFilters.visibleProperty().bind(claimsShown);
        sideFilters.managedProperty().bind(sideFilters.visibleProperty());
        sideFilters.getChildren().setAll(filters);
        VBox side = new VBox(6, sideFilters, detail);
        side.setId("suggestionsSide");
        side.setPadding(new Insets(0, 0, 0, 6));
        VBox.setVgrow(detail, Priority.ALWAYS);
        // As tall as the list (it scrolls past that).
        detail.setPrefViewportHeight(0);
        detail.setMinViewportHeight(0);
        VBox list = new VBox(above, tables);
        VBox.setVgrow(tables, Priority.ALWAYS);
        body.setCenter(list);
        body.setRight(side);
        VBox.setVgrow(body, Priority.ALWAYS);
        // About a third of the width: the detail reads a few words a line, the list keeps its columns readable.
        view.widthProperty().addListener((o, was, now) -> side.setPrefWidth(Math.max(SIDE_MIN, Math.min(SIDE_MAX, now.doubleValue() * 0.32))));
    }

    /** The lists with the filters and the detail beside them. */
    Region body() {
        return body;
    }
}
