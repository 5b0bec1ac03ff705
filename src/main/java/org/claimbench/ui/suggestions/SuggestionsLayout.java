package org.claimbench.ui.suggestions;

import java.util.List;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Where the suggestions' detail area (the chosen row in full) and the suggested claims' filters go. Where the lists have
 * room, the filters are on the bar and the detail under the list. In a short one (a window of 1024 × 700 or 1280 × 720
 * gives the suggestions about 245 px, where the bar on two lines and the detail under the list left 2–3 rows) both go
 * beside the list, on the right: the bar keeps one line and the list its height, six rows or more with one chosen, and
 * the detail grows as tall as the list.
 */
final class SuggestionsLayout {

    /** Below this height (px) of the suggestions view the detail and the filters go beside the list. */
    static final double SHORT = 320;
    /** Narrower than this (px), the list would have no width left beside them: they stay under it and on the bar. */
    private static final double NARROW = 640;

    private final Region view;
    private final List<Node> filters;
    private final ScrollPane detail;
    private final HBox barFilters = new HBox(6);
    private final FlowPane sideFilters = new FlowPane(6, 4);
    private final VBox side = new VBox(6);
    private final BorderPane body = new BorderPane();
    private Runnable onChange = () -> { };
    private boolean beside;

    /**
     * @param view        the suggestions view, whose size decides
     * @param bar         the list's bar: the filters go before its last child (the busy indicator) while not beside
     * @param filters     the suggested claims' filters, shown while {@code claimsShown}
     * @param claimsShown whether the suggested claims are the list shown
     * @param tables      the lists
     * @param detail      the chosen row in full
     */
    SuggestionsLayout(Region view, FlowPane bar, List<Node> filters, ObservableBooleanValue claimsShown, Node tables, ScrollPane detail) {
        this.view = view;
        this.filters = filters;
        this.detail = detail;
        for (Pane p : List.of(barFilters, sideFilters)) {
            p.visibleProperty().bind(claimsShown);
            p.managedProperty().bind(p.visibleProperty());
        }
        barFilters.setAlignment(Pos.CENTER_LEFT);
        barFilters.setMinWidth(Region.USE_PREF_SIZE);
        barFilters.getChildren().setAll(filters);
        bar.getChildren().add(bar.getChildren().size() - 1, barFilters);
        side.setId("suggestionsSide");
        side.setPadding(new Insets(0, 0, 0, 6));
        VBox.setVgrow(detail, Priority.ALWAYS);
        body.setCenter(tables);
        body.setBottom(detail);
        VBox.setVgrow(body, Priority.ALWAYS);
        view.heightProperty().addListener((o, was, now) -> arrange());
        view.widthProperty().addListener((o, was, now) -> arrange());
    }

    /** The lists with the detail under them or beside them. */
    Region body() {
        return body;
    }

    /** Whether the detail and the filters are beside the list (a short view). */
    boolean beside() {
        return beside;
    }

    /** Told when they move (the detail's height is then worked out again). */
    void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    private void arrange() {
        // About a third of the width: the detail reads a few words a line, the list keeps its columns readable.
        side.setPrefWidth(Math.max(240, Math.min(360, view.getWidth() * 0.32)));
        boolean shortView = view.getHeight() > 0 && view.getHeight() < SHORT && view.getWidth() >= NARROW;
        if (shortView == beside) {
            return;
        }
        beside = shortView;
        if (beside) {
            body.setBottom(null);
            sideFilters.getChildren().setAll(filters);
            side.getChildren().setAll(sideFilters, detail);
            body.setRight(side);
        } else {
            body.setRight(null);
            side.getChildren().clear();
            barFilters.getChildren().setAll(filters);
            body.setBottom(detail);
        }
        onChange.run();
    }
}
