package org.claimbench.ui.claims;

import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.claimbench.domain.Article;
import org.claimbench.domain.Source;
import org.claimbench.ui.common.ColourDot;
import org.claimbench.ui.common.FullTextCell;
import org.claimbench.ui.common.WorkspaceModel;

/**
 * Every claim of the workspace in one table, with filters above it. Double-click (or Enter) jumps
 * to the claim in a pane; 1–9 retag the selected claims; Delete removes them; F2 edits one; S sets its speaker.
 */
public final class ClaimsTableView extends VBox {

    /** The claims' order in the text: by article, then where each starts, then by id (as the workspace reads them). */
    private static final java.util.Comparator<ClaimRow> TEXT_ORDER = java.util.Comparator.<ClaimRow>comparingLong(r -> r.claim().articleId())
            .thenComparingInt(r -> r.claim().span().start()).thenComparingLong(r -> r.claim().id());


    private final ClaimsTableViewModel vm;
    private final WorkspaceModel model;
    private final TopicsViewModel topics;
    private final TableView<ClaimRow> table = new TableView<>();
    private final ClaimsFilterBar filters;
    /** "Select similar claims" (M); made with the table. */
    private SimilarClaims similar;
    /** Topics suggested by meaning (G, Edit › Suggest Topics…); made with the table. */
    private TopicSuggestions topicSuggestions;

    public ClaimsTableView(ClaimsTableViewModel vm, WorkspaceModel model, TopicsViewModel topics) {
        this(vm, model, topics, false);
    }

    /**
     * @param tableLater true for part of the filters alone until {@link #showAllFilters()}, then all of them until
     *                   {@link #showTable()} (the start-up builds them and the table in three frames), false for all at once
     */
    public ClaimsTableView(ClaimsTableViewModel vm, WorkspaceModel model, TopicsViewModel topics, boolean tableLater) {
        this.vm = vm;
        this.model = model;
        this.topics = topics;
        setId("claimsView");
        getStyleClass().add("claims-view");
        filters = new ClaimsFilterBar(vm, model, topics::colourOfLabel, tableLater);
        getChildren().add(filters);
        if (!tableLater) {
            showTable();
        }
    }

    /** Puts the filters left out of the first step in place (the start-up's second step; at once otherwise). */
    public void showAllFilters() {
        filters.showAll();
    }

    /** Builds the table under the filters (all of them) if it is not there yet. */
    public void showTable() {
        filters.showAll();
        if (table.getParent() == null) {
            buildTable();
            SearchIntoTable.install((javafx.scene.control.TextField) filters.lookup("#claimsSearch"), table, vm,
                    () -> org.claimbench.ui.common.TagKeys.range(model.sources().size()));
            getChildren().add(table);
            VBox.setVgrow(table, Priority.ALWAYS);
        }
    }

    private void buildTable() {
        table.setId("claimsTable");
        table.getStyleClass().add("dense");
        org.claimbench.ui.common.TablePaging.installWheel(table);
        // The placeholder says why the table is empty (no claim at all, or filters that hide them all) and clears the filters.
        javafx.scene.Node empty = EmptyClaimsTable.of(vm, model, table);
        table.setPlaceholder(empty);
        // The keys are told over the headers: a tooltip of the whole table hid each cell's own (the whole of a cut quote or topic).
        Tooltip keys = new Tooltip("Enter shows a claim in its article · F2 edits · 1–9 retag · S sets the speaker · T sets the topic of the selected claims · "
                + "V gives a verdict · M adds the claims nearest in meaning · Del deletes\n"
                + "Select two claims (Shift+↓ or Ctrl+click), then Ctrl+L links them as a contradiction");
        table.skinProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(() -> {
            javafx.scene.Node headers = table.lookup(".column-header-background");
            if (headers != null) {
                Tooltip.install(headers, keys);
            }
        }));
        Tooltip.install(empty, keys);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        SelectionKeeper.install(table, vm);
        vm.setRowChooser(id -> {
            boolean shown = select(id);
            if (!shown) {
                table.getSelectionModel().clearSelection();
            }
            return shown;
        });
        HandSelection hand = HandSelection.watch(table);
        table.getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<ClaimRow>) c ->
                vm.selected(List.copyOf(table.getSelectionModel().getSelectedItems()), hand.now()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<ClaimRow, ClaimRow> quote = new TableColumn<>("Quote");
        quote.setPrefWidth(380);
        quote.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        quote.setComparator(java.util.Comparator.comparing(ClaimRow::quote));
        // A claim the search found by its speaker or source, or kept from an earlier search, says so before its quote, whose
        // words do not hold what was searched for ("speaker: Dmitry Peskov").
        quote.setCellFactory(c -> new FullTextCell<>() {
            @Override
            protected String text(ClaimRow r) {
                return r.quote();
            }

            @Override
            protected String tip(ClaimRow r) {
                String why = vm.gathering().whyListed(r);
                return why.isEmpty() ? r.quote() : "Why it is listed: " + why + "\n" + r.quote();
            }

            @Override
            protected javafx.scene.Node graphic(ClaimRow r) {
                String why = vm.gathering().whyListed(r);
                if (why.isEmpty()) {
                    return null;
                }
                javafx.scene.control.Label l = new javafx.scene.control.Label(why + " ·");
                l.getStyleClass().addAll("muted", "claim-why");
                return l;
            }
        });
        // Which rows say why they are listed changes with the search, not with the rows.
        vm.filtersProperty().addListener(o -> table.refresh());
        TableColumn<ClaimRow, ClaimRow> source = new TableColumn<>("Source");
        source.setPrefWidth(150);
        source.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        source.setComparator(java.util.Comparator.comparing(ClaimRow::source));
        // Every cell cut with "…" where its column is narrow says its whole text in a tooltip (FullTextCell).
        source.setCellFactory(c -> new FullTextCell<>() {
            @Override
            protected String text(ClaimRow r) {
                return r.source();
            }

            @Override
            protected javafx.scene.Node graphic(ClaimRow r) {
                return ColourDot.of(r.colour(), 5);
            }
        });
        TableColumn<ClaimRow, ClaimRow> speaker = column("Speaker", r -> r, 120);
        speaker.setComparator(java.util.Comparator.comparing(ClaimRow::speaker));
        // No speaker where one is expected: the cell says how to give one, in grey, rather than stay blank (the row, not
        // its speaker, is the cell's item, so that retagging a claim to or from Press redraws it).
        speaker.setCellFactory(c -> new FullTextCell<>() {
            @Override
            protected String text(ClaimRow r) {
                return r.speaker().isEmpty() && r.speakerExpected() ? "S sets it" : r.speaker();
            }

            @Override
            protected void updateItem(ClaimRow r, boolean empty) {
                super.updateItem(r, empty);
                boolean none = !empty && r != null && r.speaker().isEmpty() && r.speakerExpected();
                getStyleClass().remove("no-speaker");
                if (none) {
                    getStyleClass().add("no-speaker");
                }
            }
        });
        TableColumn<ClaimRow, String> article = column("Article", ClaimRow::article, 200);
        TableColumn<ClaimRow, ClaimRow> topic = new TableColumn<>("Topic");
        topic.setPrefWidth(140);
        topic.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        topic.setComparator(java.util.Comparator.comparing(ClaimRow::topic));
        // The topic in its colour, as a source is shown in its own.
        topic.setCellFactory(c -> new FullTextCell<>() {
            @Override
            protected String text(ClaimRow r) {
                return r.topic();
            }

            @Override
            protected javafx.scene.Node graphic(ClaimRow r) {
                return r.topic().isEmpty() ? null : topics.colourOf(r.claim().topicId()).map(col -> ColourDot.of(col, 4)).orElse(null);
            }
        });
        // The topics read whole up to 220 px (cut after a few letters at 1024 px, where the columns share 790).
        Runnable topicRoom = () -> org.claimbench.ui.common.ColumnRoom.fitValues(table, topic,
                () -> topics.rows().stream().map(TopicRow::label).toList(), 30, 220);
        topics.rows().addListener((javafx.collections.ListChangeListener<TopicRow>) ch -> {
            table.refresh();
            topicRoom.run();
        });
        table.skinProperty().addListener((o, was, now) -> topicRoom.run());
        TableColumn<ClaimRow, String> verdictColumn = column("Verdict", ClaimRow::verdict, 100);
        TableColumn<ClaimRow, Integer> contradictions = new TableColumn<>("⚡");
        contradictions.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().contradictions()));
        contradictions.setPrefWidth(44);
        // The last column is the one the flexible policy squeezes first: with a scroll bar it was left at about 10 px with
        // an empty header, and how many contradictions a claim has could no longer be read.
        contradictions.setMinWidth(40);
        contradictions.setStyle("-fx-alignment: CENTER;");
        table.getColumns().addAll(List.of(quote, source, speaker, article, topic, verdictColumn, contradictions));
        org.claimbench.ui.common.ColumnRoom.wholeHeaders(table);

        SortedList<ClaimRow> sorted = new SortedList<>(vm.rows());
        // Rows that tie under the user's sort keep the text's order (article, place, id: the order the claims are read in).
        // SortedList re-inserts an edited row among its ties wherever its search lands, so without the tie-break the tied
        // rows swapped places on an edit and the user's next click hit another claim (newcomer, stop 35).
        table.setSortPolicy(t -> {
            java.util.Comparator<ClaimRow> c = t.getComparator();
            sorted.setComparator(c == null ? null : c.thenComparing(TEXT_ORDER));
            return true;
        });
        table.setItems(sorted);

        table.setRowFactory(t -> {
            TableRow<ClaimRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.jumpTo(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            List<ClaimRow> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
            if (e.getCode() == KeyCode.ENTER) {
                vm.jumpTo(SelectionKeeper.current(table));
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                vm.commands().delete(selected);
            } else if (e.getCode() == KeyCode.F2) {
                edit();
            } else if (e.getCode() == KeyCode.T && !e.isShortcutDown() && !e.isAltDown()) {
                // After the key's own typed "t" has gone to the table: opened from here, the dialog's wait held that event
                // back until it closed, and it then replaced the query in the search the keyboard went back to (seen in the
                // real window, round ui48).
                javafx.application.Platform.runLater(() -> setTopic(null));
            } else if (e.getCode() == KeyCode.V && !e.isShortcutDown() && !e.isAltDown()) {
                verdict();
            } else if (e.getCode() == KeyCode.M && !e.isShortcutDown() && !e.isAltDown()) {
                similar.selectSimilar();
            } else if (e.getCode() == KeyCode.S && !e.isShortcutDown() && !e.isAltDown()) {
                setSpeaker();
            } else if (e.getCode().isDigitKey() && !e.isShortcutDown()) {
                int n = e.getCode().getName().charAt(e.getCode().getName().length() - 1) - '0';
                if (n >= 1 && n <= model.sources().size()) {
                    vm.commands().retag(selected, model.sources().get(n - 1));
                }
            } else {
                return;
            }
            e.consume();
        });
        similar = new SimilarClaims(table, vm, model);
        table.setContextMenu(ClaimsContextMenu.of(vm, model, topics, table, this::edit, () -> setTopic(null), this::verdict, this::setSpeaker,
                similar::selectSimilar));
        topicSuggestions = new TopicSuggestions(table, vm, model, topics);
    }

    /** Groups the claims of no topic (or the selected ones) by meaning and shows the groups to name (Edit › Suggest Topics…, G). */
    public void suggestTopics() {
        if (topicSuggestions != null) {
            topicSuggestions.suggest();
        }
    }

    /** Asks for a topic and gives it to every selected claim at once (note: a line the dialog adds, or null). */
    public void setTopic(String note) {
        List<ClaimRow> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (selected.isEmpty()) {
            topics.setTopic(List.of(), "");
            return;
        }
        // Where the keyboard was (the table, as a rule) it goes back, the rows still chosen (factcheck49 chose rows in the
        // table, and the search, which took the keyboard after every dialog, got the next T). Rows just chosen by the
        // search's Enter are a student's searches: the keyboard goes back to the search, its query selected, so that the
        // next words replace it (factcheck47 clicked the box and pressed Ctrl+A after every topic).
        javafx.scene.Node before = getScene().getFocusOwner();
        boolean searching = before == table && vm.gathering().chosenBySearch();
        if (TopicDialogs.askAndSet(getScene().getWindow(), topics, selected.stream().map(ClaimRow::id).toList(),
                selected.stream().map(ClaimRow::topic).toList(), note)) {
            // The claims gathered by several searches have their topic: the next search lists what it finds alone.
            vm.gathering().end();
        }
        if (searching && lookup("#claimsSearch") instanceof javafx.scene.control.TextInputControl search && search.isVisible()
                && !search.getText().isBlank()) {
            search.requestFocus();
            search.selectAll();
        } else if (before != null && before.getScene() == getScene() && before.isVisible()) {
            before.requestFocus();
        }
    }

    /** Gives the claim selected (of several, the one with the focus) a verdict on the workspace's rating scale. */
    public void verdict() {
        ClaimRow row = SelectionKeeper.current(table);
        if (row == null) {
            vm.commands().nothingSelected("give it a verdict");
            return;
        }
        var current = vm.commands().verdictOf(row);
        VerdictDialog.show(getScene().getWindow(), row, vm.commands().ratingScale(), current.orElse(null), vm.commands().lastReviewer())
                .ifPresent(r -> vm.commands().setVerdict(row, r.rating(), r.explanation(), r.reviewer()));
    }

    /** Asks who said the claim selected (of several, the one with the focus) and gives it that speaker. */
    public void setSpeaker() {
        ClaimRow row = SelectionKeeper.current(table);
        if (row == null) {
            vm.commands().nothingSelected("give it a speaker");
            return;
        }
        SpeakerDialog.ask(getScene().getWindow(), row.claim(), vm.commands().knownSpeakers()).ifPresent(who -> vm.commands().setSpeaker(row.id(), who));
    }

    /** Selects one claim's row (and scrolls to it), if the filters show it; whether it is shown. */
    public boolean select(long claimId) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id() == claimId) {
                table.getSelectionModel().clearAndSelect(i);
                org.claimbench.ui.common.VisibleRows.scrollIntoView(table, i);
                return true;
            }
        }
        return false;
    }

    private void edit() {
        ClaimRow row = SelectionKeeper.current(table);
        if (row == null) {
            return;
        }
        if (table.getSelectionModel().getSelectedItems().size() > 1) {
            // F2 edits one claim; with several selected, what they share is set for all: their topic.
            setTopic("F2 edits one claim at a time; the topic is set on all " + table.getSelectionModel().getSelectedItems().size()
                    + " (" + org.claimbench.ui.common.TagKeys.range(model.sources().size()) + " retag them all).");
            return;
        }
        Source current = model.source(row.claim().sourceId()).orElse(null);
        var verdict = vm.commands().verdictOf(row);
        ClaimEditDialog.show(getScene().getWindow(), row, model.sources(), current, vm.commands().topicLabels(), vm.commands().ratingScale(), verdict.orElse(null))
                .ifPresent(r -> {
                    vm.commands().update(row, r.source(), r.speaker(), r.topic(), r.note());
                    boolean changed = !r.rating().equals(verdict.map(v -> v.rating()).orElse(""))
                            || !r.explanation().equals(verdict.map(v -> v.explanation()).orElse(""))
                            || !r.reviewer().equals(verdict.map(v -> v.reviewer()).orElse(""));
                    if (changed) {
                        vm.commands().setVerdict(row, r.rating(), r.explanation(), r.reviewer());
                    }
                });
    }

    /**
     * Ctrl+F with the keyboard in this tab ({@code focus}, the scene's focus owner): its search, the query selected so that
     * typing replaces it. A student grouping claims by searches (stop 47) clicked the search and pressed Ctrl+A after every
     * topic set. False, nothing done, when the focus is elsewhere (Ctrl+F then finds in the article).
     */
    public boolean findHere(javafx.scene.Node focus) {
        boolean within = false;
        for (javafx.scene.Node n = focus; n != null && !within; n = n.getParent()) {
            within = n == this;
        }
        return within && goToSearch();
    }

    /** Puts the keyboard in the claims' search, its query selected so that typing replaces it; false where it is not shown. */
    public boolean goToSearch() {
        if (!(lookup("#claimsSearch") instanceof javafx.scene.control.TextInputControl search) || !search.isVisible()) {
            return false;
        }
        search.requestFocus();
        search.selectAll();
        return true;
    }

    public TableView<ClaimRow> table() {
        return table;
    }

    private static <T> TableColumn<ClaimRow, T> column(String title, java.util.function.Function<ClaimRow, T> value, double width) {
        TableColumn<ClaimRow, T> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setCellFactory(col -> new FullTextCell<>());
        c.setPrefWidth(width);
        return c;
    }
}
