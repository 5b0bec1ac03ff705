package org.claimbench.ui.suggestions;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.claimbench.domain.Article;
import org.claimbench.domain.Source;
import org.claimbench.ui.common.FilterBoxes;
import org.controlsfx.control.CheckComboBox;

/**
 * Suggestions to confirm or dismiss: likely claims and likely contradictions, each with its
 * reason. Keyboard driven: ↑/↓ move, A accepts, D dismisses, Enter shows it in the panes.
 */
public final class SuggestionsView extends VBox {

    private final SuggestionsViewModel vm;
    private final TableView<ClaimSuggestionRow> claimTable = new TableView<>();
    private final TableView<ContradictionSuggestionRow> contradictionTable = new TableView<>();
    private final ToggleButton showClaims = new ToggleButton();
    private final ToggleButton showContradictions = new ToggleButton();

    public SuggestionsView(SuggestionsViewModel vm) {
        this.vm = vm;
        setId("suggestionsView");
        buildClaimTable();
        buildContradictionTable();
        ToggleGroup group = new ToggleGroup();
        showClaims.setToggleGroup(group);
        showContradictions.setToggleGroup(group);
        showClaims.setId("showClaimSuggestions");
        showContradictions.setId("showContradictionSuggestions");
        ClaimSuggestionFilter filter = vm.filter();
        showClaims.textProperty().bind(Bindings.createStringBinding(() -> "Claims (" + (filter.active()
                ? filter.shown().size() + " of " + vm.claims().size() : vm.claims().size()) + ")", filter.shown(), vm.claims()));
        showContradictions.textProperty().bind(Bindings.createStringBinding(() -> "Contradictions (" + vm.contradictions().size() + ")",
                vm.contradictions()));
        showClaims.setSelected(true);
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            }
        });
        claimTable.visibleProperty().bind(showClaims.selectedProperty());
        contradictionTable.visibleProperty().bind(showContradictions.selectedProperty());

        Button accept = new Button("Accept");
        accept.setId("acceptSuggestion");
        accept.setTooltip(new Tooltip("Accept the selected suggestion (A); Ctrl+Z undoes it"));
        accept.setOnAction(e -> acceptSelected());
        Button dismiss = new Button("Dismiss");
        dismiss.setId("dismissSuggestion");
        dismiss.setTooltip(new Tooltip("Dismiss the selected suggestion (D); it is not suggested again"));
        dismiss.setOnAction(e -> dismissSelected());
        Button assign = new Button("Assign…");
        assign.setId("assignSpeaker");
        assign.setTooltip(new Tooltip("Choose whom the selected suggestion's speaker speaks for; the speaker table remembers, "
                + "and the speaker's other suggestions follow"));
        assign.visibleProperty().bind(showClaims.selectedProperty());
        assign.managedProperty().bind(assign.visibleProperty());
        assign.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            ClaimSuggestionRow r = claimTable.getSelectionModel().getSelectedItem();
            return r == null || r.suggestion().byOutlet();
        }, claimTable.getSelectionModel().selectedItemProperty()));
        assign.setOnAction(e -> {
            ClaimSuggestionRow r = claimTable.getSelectionModel().getSelectedItem();
            if (r != null) {
                SpeakerAssignDialog.show(getScene() == null ? null : getScene().getWindow(), vm, r);
            }
        });
        Button acceptAll = new Button("Accept all claims shown");
        acceptAll.setId("acceptAllClaimSuggestions");
        acceptAll.setTooltip(new Tooltip("Mark every suggested claim in the list, in one step that one Ctrl+Z takes back"));
        acceptAll.visibleProperty().bind(showClaims.selectedProperty());
        acceptAll.managedProperty().bind(acceptAll.visibleProperty());
        acceptAll.setOnAction(e -> vm.acceptAll(List.copyOf(filter.shown())));
        CheckComboBox<Source> sources = FilterBoxes.sources(vm.sources(), filter.checkedSources(), "claimSuggestionsSourceFilter",
                "Show only suggested claims of the checked sources");
        ComboBox<Article> article = FilterBoxes.article(vm.articles(), filter.article(), "claimSuggestionsArticleFilter",
                "Show only suggested claims of one article");
        Button clear = FilterBoxes.clearButton("claimSuggestionsClearFilters", filter::clear);
        HBox filters = new HBox(6, sources, article, clear);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.visibleProperty().bind(showClaims.selectedProperty());
        filters.managedProperty().bind(filters.visibleProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.workingProperty());
        Label hint = new Label("↑↓ choose · A accept · D dismiss · Enter show");
        hint.getStyleClass().add("muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        article.setPrefWidth(170);
        // The buttons keep their words; the hint gives way first when the window is narrow.
        for (Region r : List.of(showClaims, showContradictions, accept, dismiss, assign, acceptAll, sources, article)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        hint.setMinWidth(0);
        HBox bar = new HBox(6, showClaims, showContradictions, accept, dismiss, assign, acceptAll, filters, busy, spacer, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        StackPane tables = new StackPane(claimTable, contradictionTable);
        VBox.setVgrow(tables, Priority.ALWAYS);
        getChildren().addAll(bar, tables);
    }

    private void buildClaimTable() {
        claimTable.setId("claimSuggestionsTable");
        Label none = new Label();
        none.textProperty().bind(Bindings.createStringBinding(() -> vm.filter().active() && !vm.claims().isEmpty()
                ? "No claim suggestions of the chosen sources and article." : "No claim suggestions: every attributed statement is marked, or dismissed.",
                vm.filter().shown(), vm.claims()));
        claimTable.setPlaceholder(none);
        claimTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ClaimSuggestionRow, String> quote = text("Suggested claim", r -> r.quote(), 340);
        TableColumn<ClaimSuggestionRow, ClaimSuggestionRow> source = new TableColumn<>("Source");
        source.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        source.setPrefWidth(140);
        source.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ClaimSuggestionRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.source());
                setGraphic(empty || r == null ? null : new Circle(5, Color.web(r.colour())));
                // A speaker with no source yet reads as such: muted, in italics.
                setStyle(r != null && !empty && SuggestionsViewModel.unassigned(r) ? "-fx-font-style: italic; -fx-opacity: 0.75;" : null);
            }
        });
        TableColumn<ClaimSuggestionRow, String> speaker = text("Speaker", r -> r.suggestion().speaker(), 120);
        TableColumn<ClaimSuggestionRow, String> reason = text("Why", r -> r.suggestion().reason(), 300);
        TableColumn<ClaimSuggestionRow, String> article = text("Article", ClaimSuggestionRow::article, 160);
        claimTable.getColumns().addAll(List.of(quote, source, speaker, reason, article));
        claimTable.setItems(vm.filter().shown());
        claimTable.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> vm.show(r));
        claimTable.setOnKeyPressed(e -> {
            if (keys(e.getCode())) {
                e.consume();
            }
        });
    }

    private void buildContradictionTable() {
        contradictionTable.setId("contradictionSuggestionsTable");
        contradictionTable.setPlaceholder(new Label("No contradiction suggestions yet: mark claims from two sides of the same story."));
        contradictionTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ContradictionSuggestionRow, String> score = text("Score", r -> String.format(java.util.Locale.ROOT, "%.2f", r.suggestion().score()), 55);
        TableColumn<ContradictionSuggestionRow, String> kind = text("Kind", r -> r.suggestion().signals().get(0).kind().label(), 80);
        TableColumn<ContradictionSuggestionRow, String> a = text("Claim A", r -> r.sourceA() + ": “" + r.a().exact().replace('\n', ' ') + "”", 250);
        TableColumn<ContradictionSuggestionRow, String> b = text("Claim B", r -> r.sourceB() + ": “" + r.b().exact().replace('\n', ' ') + "”", 250);
        TableColumn<ContradictionSuggestionRow, String> why = text("Why", r -> r.suggestion().explanation(), 320);
        contradictionTable.getColumns().addAll(List.of(score, kind, a, b, why));
        contradictionTable.setItems(vm.contradictions());
        contradictionTable.getSelectionModel().selectedItemProperty().addListener((o, x, r) -> vm.show(r));
        contradictionTable.setOnKeyPressed(e -> {
            if (keys(e.getCode())) {
                e.consume();
            }
        });
    }

    private boolean keys(KeyCode code) {
        switch (code) {
            case A -> acceptSelected();
            case D -> dismissSelected();
            case ENTER -> {
                if (showClaims.isSelected()) {
                    vm.show(claimTable.getSelectionModel().getSelectedItem());
                } else {
                    vm.show(contradictionTable.getSelectionModel().getSelectedItem());
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Acts on the selected row and keeps the selection at the same place, so the next one is ready. */
    private void acceptSelected() {
        if (showClaims.isSelected()) {
            int i = claimTable.getSelectionModel().getSelectedIndex();
            ClaimSuggestionRow r = claimTable.getSelectionModel().getSelectedItem();
            if (r != null) {
                vm.accept(r);
                reselect(claimTable, i);
            }
        } else {
            int i = contradictionTable.getSelectionModel().getSelectedIndex();
            ContradictionSuggestionRow r = contradictionTable.getSelectionModel().getSelectedItem();
            if (r != null) {
                vm.accept(r);
                reselect(contradictionTable, i);
            }
        }
    }

    private void dismissSelected() {
        if (showClaims.isSelected()) {
            int i = claimTable.getSelectionModel().getSelectedIndex();
            ClaimSuggestionRow r = claimTable.getSelectionModel().getSelectedItem();
            if (r != null) {
                vm.dismiss(r);
                reselect(claimTable, i);
            }
        } else {
            int i = contradictionTable.getSelectionModel().getSelectedIndex();
            ContradictionSuggestionRow r = contradictionTable.getSelectionModel().getSelectedItem();
            if (r != null) {
                vm.dismiss(r);
                reselect(contradictionTable, i);
            }
        }
    }

    private static void reselect(TableView<?> table, int index) {
        if (!table.getItems().isEmpty()) {
            table.getSelectionModel().select(Math.min(index, table.getItems().size() - 1));
        }
    }

    public TableView<ClaimSuggestionRow> claimTable() {
        return claimTable;
    }

    public TableView<ContradictionSuggestionRow> contradictionTable() {
        return contradictionTable;
    }

    private static <R, T> TableColumn<R, T> text(String title, java.util.function.Function<R, T> value, double width) {
        TableColumn<R, T> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
