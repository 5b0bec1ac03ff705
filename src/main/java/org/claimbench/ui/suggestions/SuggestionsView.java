package org.claimbench.ui.suggestions;

import java.util.List;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.claimbench.domain.Article;
import org.claimbench.domain.Source;
import org.claimbench.ui.common.FilterBoxes;
import org.claimbench.ui.common.ReviewCursor;
import org.controlsfx.control.CheckComboBox;

/**
 * Suggestions to confirm or dismiss: likely claims and likely contradictions, each with its
 * reason. Keyboard driven: ↑/↓ move (the panes follow the selected row), A accepts (a suggested
 * contradiction is then confirmed), Shift+A accepts it as open, D dismisses, Enter shows the row
 * again, N goes to the suggested contradictions that came after the rows under review ({@link NewSuggestionsLine}). The area beside the list gives the selected row in full: both claims and the reason.
 */
public final class SuggestionsView extends VBox {

    private final SuggestionsViewModel vm;
    private final TableView<ClaimSuggestionRow> claimTable = new TableView<>();
    private final TableView<ContradictionSuggestionRow> contradictionTable = new TableView<>();
    private final ToggleButton showClaims = new ToggleButton();
    private final ToggleButton showContradictions = new ToggleButton();
    private final Label detail = new Label();
    private final ReviewCursor<ClaimSuggestionRow> claimCursor;
    private final ClickedSuggestion clicked = new ClickedSuggestion(SuggestionsView::key);
    private final ReviewCursor<ContradictionSuggestionRow> contradictionCursor;
    private final SpeakerQuestion speakerQuestion;
    /** "N new suggestions came below …": pairs listed after the rows under review, until the reviewer goes to them. */
    private NewSuggestionsLine newLine;

    public SuggestionsView(SuggestionsViewModel vm) {
        this.vm = vm;
        setId("suggestionsView");
        buildClaimTable();
        buildContradictionTable();
        claimCursor = new ReviewCursor<>(claimTable, SuggestionsView::key, vm::show);
        contradictionCursor = new ReviewCursor<>(contradictionTable, SuggestionsView::key, vm::show);
        claimCursor.setOnNothingLeft(vm::showNothing);
        // Page Up/Down move the row chosen a page and scroll with it; a wheel's notch scrolls three rows (TablePaging).
        org.claimbench.ui.common.TablePaging.install(claimTable, claimCursor::select);
        org.claimbench.ui.common.TablePaging.install(contradictionTable, contradictionCursor::select);
        speakerQuestion = new SpeakerQuestion(claimTable, claimCursor, vm, () -> getScene() == null ? null : getScene().getWindow(),
                SuggestionsView::key, this::updateDetail);
        vm.setOnChoose(clicked::remember);
        contradictionCursor.setOnNothingLeft(vm::showNothing);
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
            updateDetail();
            Platform.runLater(this::cameIntoSight);
        });
        claimTable.visibleProperty().bind(showClaims.selectedProperty());
        contradictionTable.visibleProperty().bind(showContradictions.selectedProperty());

        Button accept = new Button("Accept");
        accept.setId("acceptSuggestion");
        accept.setTooltip(new Tooltip("Accept the selected suggestion (A): a claim is marked, a contradiction confirmed; Ctrl+Z undoes it"));
        accept.setOnAction(e -> acceptSelected(true));
        Button acceptOpen = new Button("Accept as open");
        acceptOpen.setId("acceptSuggestionAsOpen");
        acceptOpen.setTooltip(new Tooltip("Link the selected contradiction without judging it yet (Shift+A); it waits in the Contradictions tab"));
        acceptOpen.setOnAction(e -> acceptSelected(false));
        acceptOpen.visibleProperty().bind(showContradictions.selectedProperty());
        acceptOpen.managedProperty().bind(acceptOpen.visibleProperty());
        Button dismiss = new Button("Dismiss");
        dismiss.setId("dismissSuggestion");
        dismiss.setTooltip(new Tooltip("Dismiss the selected suggestion (D); it is not suggested again"));
        dismiss.setOnAction(e -> dismissSelected());
        Button assign = new Button("Assign…");
        assign.setId("assignSpeaker");
        assign.setTooltip(new Tooltip("Choose whom the selected suggestion's speaker speaks for; the speaker table remembers, "
                + "and the speaker's other suggestions follow (a speaker that is no name, such as “they”, for this suggestion only)"));
        assign.visibleProperty().bind(showClaims.selectedProperty());
        assign.managedProperty().bind(assign.visibleProperty());
        assign.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            ClaimSuggestionRow r = claimTable.getSelectionModel().getSelectedItem();
            return r == null || r.suggestion().outletsClaim();
        }, claimTable.getSelectionModel().selectedItemProperty()));
        assign.setOnAction(e -> assignSelected());
        accept.addEventHandler(javafx.event.ActionEvent.ACTION, e -> backToList());
        acceptOpen.addEventHandler(javafx.event.ActionEvent.ACTION, e -> backToList());
        dismiss.addEventHandler(javafx.event.ActionEvent.ACTION, e -> backToList());
        Button acceptAll = new Button("Accept all shown");
        acceptAll.setId("acceptAllClaimSuggestions");
        acceptAll.setTooltip(new Tooltip("Mark every suggested claim in the list, in one step that one Ctrl+Z takes back"));
        acceptAll.visibleProperty().bind(showClaims.selectedProperty());
        acceptAll.managedProperty().bind(acceptAll.visibleProperty());
        acceptAll.setOnAction(e -> {
            vm.acceptAll(List.copyOf(filter.shown()));
            backToList();
        });
        // Greyed out while its claims are written, with the pointer busy over the window: a press then does nothing twice.
        acceptAll.disableProperty().bind(vm.acceptingAllProperty());
        vm.acceptingAllProperty().addListener((o, was, now) -> {
            if (getScene() != null) {
                getScene().setCursor(now ? javafx.scene.Cursor.WAIT : null);
            }
        });
        CheckComboBox<Source> sources = FilterBoxes.sources(vm.sources(), filter.checkedSources(), "claimSuggestionsSourceFilter",
                "Show only suggested claims of the checked sources");
        ComboBox<Article> article = FilterBoxes.article(vm.articles(), filter.article(), "claimSuggestionsArticleFilter",
                "Show only suggested claims of one article (with all, the list holds every article's, article by article)");
        AllArticlesCount.follow(article, vm.claims());
        SourceFilterCounts.follow(sources, vm.claims(), filter.article());
        Button clear = FilterBoxes.clearButton("claimSuggestionsClearFilters", filter::clear);
        // An article chosen hands the keyboard back to the list, so A, D and 1–5 act at once (newcomer44).
        article.setOnHidden(e -> {
            if (isVisible() && showClaims.isSelected()) {
                focusList(false);
            }
        });
        // Narrow enough that the whole bar, clear button included, keeps one line in a window of 1280 × 720.
        article.setPrefWidth(150);
        sources.setPrefWidth(150);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.workingProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        for (Region r : List.of(showContradictions, accept, acceptOpen, dismiss, assign, acceptAll, sources, article, clear)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        // The count's button is as wide as its filtered form ("Claims (48 of 130)") with no filter on too: a filter checked
        // widened it, and the controls after it moved, the filters to a second line under the pointer (factcheck54).
        org.claimbench.ui.common.LabelRoom.reserve(showClaims, () -> "Claims (" + vm.claims().size() + " of " + vm.claims().size() + ")",
                vm.claims());
        // A bar that wraps: in a narrow window every control stays on screen, on a second line if need be. The keys are told
        // in the detail area (see updateDetail); the filters and the detail are beside the list (SuggestionsLayout).
        FlowPane bar = new FlowPane(6, 4, showClaims, showContradictions, accept, acceptOpen, dismiss, assign, acceptAll, busy);
        bar.setId("suggestionsBar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        StackPane tables = new StackPane(claimTable, contradictionTable);
        tables.setMinHeight(60);

        detail.setId("suggestionDetail");
        detail.setWrapText(true);
        detail.getStyleClass().add("review-detail");
        ScrollPane detailScroll = new ScrollPane(detail);
        detailScroll.setId("suggestionDetailScroll");
        detailScroll.setFitToWidth(true);
        detailScroll.getStyleClass().add("review-detail-scroll");
        claimTable.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> updateDetail());
        contradictionTable.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> updateDetail());
        updateDetail();
        SameEventHint hint = vm.sameEventHint(showClaims.selectedProperty(), a -> {
            filter.article().set(a);
            focusList(false);
        });
        // Before the line's watch: its ranking is no news (ReviewOrder).
        showContradictions.selectedProperty().addListener((o, was, now) -> vm.contradictionReview().toggled(now));
        contradictionTable.getSelectionModel().selectedItemProperty().addListener((o, was, r) -> {
            if (r != null && showContradictions.isSelected()) {
                vm.contradictionReview().rowChosen();
            }
        });
        newLine = new NewSuggestionsLine(contradictionTable, showContradictions.selectedProperty(), contradictionCursor::select);
        // In the bar, after its buttons, not over the list: above the list it took two of the four rows a 1024 × 700 screen
        // shows (student59).
        bar.getChildren().add(newLine);
        SuggestionsLayout layout = new SuggestionsLayout(this, List.of(sources, article, clear), showClaims.selectedProperty(),
                new VBox(hint), tables,
                detailScroll);
        getChildren().addAll(bar, layout.body());
    }

    private static Object key(ClaimSuggestionRow r) {
        return List.of(r.suggestion().articleId(), r.suggestion().span());
    }

    private static Object key(ContradictionSuggestionRow r) {
        return List.of(r.suggestion().claimA(), r.suggestion().claimB());
    }

    /** The selected row in full, beside the list: the reason, then the quote or both claims. */
    private void updateDetail() {
        String asks = showClaims.isSelected() && speakerQuestion != null ? speakerQuestion.says() : "";
        detail.setText((asks.isEmpty() ? "" : asks + "\n") + (showClaims.isSelected()
                ? SuggestionDetail.of(claimTable.getSelectionModel().getSelectedItem(), vm.sources().size())
                : SuggestionDetail.of(contradictionTable.getSelectionModel().getSelectedItem())));
    }

    private void buildClaimTable() {
        claimTable.setId("claimSuggestionsTable");
        claimTable.getStyleClass().add("dense");
        Label none = SuggestionPlaceholders.claims(vm);
        claimTable.setPlaceholder(none);
        SuggestionColumns widths = new SuggestionColumns(claimTable, vm.sources(), vm.columnWidths());
        TableColumn<ClaimSuggestionRow, ClaimSuggestionRow> source = widths.sourceColumn();
        TableColumn<ClaimSuggestionRow, String> speaker = SuggestionColumns.column("Speaker", ClaimSuggestionRow::speakerShown, 120, Function.identity(), null);
        List<TableColumn<ClaimSuggestionRow, ?>> columns = List.of(
                SuggestionColumns.column("Claim", ClaimSuggestionRow::quote, 340, Function.identity(), null),
                source,
                speaker,
                SuggestionColumns.column("Why", r -> r.suggestion().reason(), 300, Function.identity(), null),
                SuggestionColumns.column("Article", ClaimSuggestionRow::article, 160, Function.identity(), null));
        claimTable.getColumns().addAll(columns);
        claimTable.setItems(vm.filter().shown());
        // Who said it reads whole, the quote and the reason share the rest, the article where there is room (SuggestionColumns).
        widths.follow(columns);
        // A held key judges one row, not each row after it (HeldKeys).
        claimTable.addEventFilter(KeyEvent.KEY_PRESSED, org.claimbench.ui.common.HeldKeys.oncePerPress(claimTable, org.claimbench.ui.common.HeldKeys::judging, this::keys));
    }

    private void buildContradictionTable() {
        contradictionTable.setId("contradictionSuggestionsTable");
        contradictionTable.getStyleClass().add("dense");
        Label none = SuggestionPlaceholders.contradictions(vm);
        contradictionTable.setPlaceholder(none);
        contradictionTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ContradictionSuggestionRow, String> score = SuggestionColumns.column("Score", r -> String.format(java.util.Locale.ROOT, "%.2f", r.suggestion().score()), 58,
                Function.identity(), null);
        TableColumn<ContradictionSuggestionRow, String> kind = SuggestionColumns.column("Kind", r -> r.suggestion().signals().get(0).kind().label(), 84, Function.identity(), null);
        // Short values read whole at any width (at 1024 the flexible policy squeezed them to "…"); the quotes give way.
        score.setMinWidth(58);
        kind.setMinWidth(84);
        contradictionTable.getColumns().addAll(List.of(score, kind,
                SuggestionColumns.column("Claim A", r -> r, 250, r -> r.sourceA() + ": " + org.claimbench.domain.QuoteMarks.quoted(SuggestionDetail.oneLine(r.a().exact())), r -> r.colourA()),
                SuggestionColumns.column("Claim B", r -> r, 250, r -> r.sourceB() + ": " + org.claimbench.domain.QuoteMarks.quoted(SuggestionDetail.oneLine(r.b().exact())), r -> r.colourB()),
                SuggestionColumns.column("Why", r -> r.suggestion().explanation(), 320, Function.identity(), null)));
        contradictionTable.setItems(vm.contradictions());
        ReviewOrder.explainOn(score);
        // Widths the user drags are kept with the workspace's layout; the last column gives and takes the rest.
        org.claimbench.ui.common.RememberedColumns.follow(contradictionTable, vm.columnWidths(), () -> { });
        contradictionTable.addEventFilter(KeyEvent.KEY_PRESSED, org.claimbench.ui.common.HeldKeys.oncePerPress(contradictionTable, org.claimbench.ui.common.HeldKeys::judging, this::keys));
    }

    private void keys(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        KeyCode code = e.getCode();
        if (showClaims.isSelected() && !e.isShiftDown() && speakerQuestion.key(code)) {
            // answered in place
        } else if (code == KeyCode.N && !showClaims.isSelected() && newLine.show()) {
            // taken to the new suggestions
        } else if (code == KeyCode.A) {
            acceptSelected(!e.isShiftDown());
        } else if (code.isDigitKey() && showClaims.isSelected() && acceptAsSource(org.claimbench.ui.common.SourceKeys.number(code))) {
            // handled
        } else if (code == KeyCode.D) {
            dismissSelected();
        } else if (code == KeyCode.ENTER) {
            if (showClaims.isSelected()) {
                claimCursor.showAgain();
            } else {
                contradictionCursor.showAgain();
            }
        } else {
            return;
        }
        e.consume();
    }

    /** Asks whom the selected suggested claim's speaker speaks for (the speaker table remembers). */
    private void assignSelected() {
        ClaimSuggestionRow r = claimTable.getSelectionModel().getSelectedItem();
        if (r != null && !r.suggestion().outletsClaim()) {
            SpeakerAssignDialog.show(getScene() == null ? null : getScene().getWindow(), vm, r);
        }
        backToList();
    }

    /**
     * The keyboard goes back to the list shown after a button of the bar acted (or its dialog closed), so A and D act on
     * the next row as the hints say; it stayed on the button, or on "Accept all shown" once Assign… greyed out, where Space
     * would have accepted every suggestion shown (newcomer33).
     */
    private void backToList() {
        (showClaims.isSelected() ? claimTable : contradictionTable).requestFocus();
    }

    /** Acts on the selected row and goes on to the next one, which the panes then show. */
    private void acceptSelected(boolean judged) {
        if (showClaims.isSelected()) {
            ClaimSuggestionRow selected = claimTable.getSelectionModel().getSelectedItem();
            if (selected != null && SuggestionsViewModel.unassigned(selected)) {
                // A speaker with no source yet: A asks whom they speak for in place (SpeakerQuestion), not in a modal
                // dialog that swallowed the next A presses (student-run51); answered by a number, the row is accepted.
                speakerQuestion.accept(selected);
                return;
            }
            claimCursor.act(vm::accept, r -> true);
        } else {
            contradictionCursor.act(r -> vm.accept(r, judged), r -> true);
        }
    }

    /**
     * A number on a suggested claim accepts it as that source, as a number tags words in a pane (newcomer33 pressed 1 on a
     * suggestion that named the wrong side): for this suggestion only, the speaker table is not told. False if there is no
     * such source or no row.
     */
    private boolean acceptAsSource(int n) {
        ClaimSuggestionRow selected = claimTable.getSelectionModel().getSelectedItem();
        if (selected == null || n < 1 || n > vm.sources().size()) {
            return false;
        }
        org.claimbench.domain.Source source = vm.sources().get(n - 1);
        claimCursor.act(r -> vm.assign(r, source, null, true, false), r -> true);
        return true;
    }

    private void dismissSelected() {
        if (showClaims.isSelected()) {
            claimCursor.act(vm::dismiss, r -> true);
        } else {
            contradictionCursor.act(vm::dismiss, r -> true);
        }
    }

    /**
     * Shows the suggested claims (or contradictions) and puts the keyboard in that list, on its
     * first row if none is chosen, so that A and D work at once.
     */
    public void focusList(boolean contradictionsList) {
        if (!contradictionsList) {
            clicked.selectIn(vm, claimTable, claimCursor);
        }
        (contradictionsList ? showContradictions : showClaims).setSelected(true);
        if (contradictionsList) {
            // The toggle may have been on already (Ctrl+4 from another tab): then it fired nothing.
            vm.contradictionReview().cameIntoSight();
        }
        TableView<?> table = contradictionsList ? contradictionTable : claimTable;
        table.requestFocus();
        if (table.getSelectionModel().getSelectedItem() == null && !table.getItems().isEmpty()) {
            if (contradictionsList) {
                contradictionCursor.select(0);
            } else {
                claimCursor.select(0);
            }
        }
    }

    /** The list shown came into sight (its tab chosen, or the other list's toggle): the panes show its selected row. */
    public void cameIntoSight() {
        if (showClaims.isSelected()) {
            claimCursor.showAgain();
        } else {
            vm.contradictionReview().cameIntoSight();
            contradictionCursor.showAgain();
        }
    }

    /** The Suggestions tab left: the suggested contradictions are out of sight, whatever the toggle says. */
    public void leftSight() {
        vm.contradictionReview().leftSight();
    }

    /** Whether the suggested contradictions are the list shown. */
    public boolean showsContradictions() {
        return showContradictions.isSelected();
    }

    public TableView<ClaimSuggestionRow> claimTable() {
        return claimTable;
    }

    public TableView<ContradictionSuggestionRow> contradictionTable() {
        return contradictionTable;
    }
}
