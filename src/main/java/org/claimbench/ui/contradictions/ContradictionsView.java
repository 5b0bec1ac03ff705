package org.claimbench.ui.contradictions;

import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.claimbench.domain.ContradictionStatus;
import org.claimbench.ui.common.ColourDot;
import org.claimbench.ui.common.ReviewCursor;
import org.kordamp.ikonli.javafx.FontIcon;

/** The list of contradictions: choosing one shows both claims side by side in the panes. */
public final class ContradictionsView extends VBox {

    private final ContradictionsViewModel vm;
    private final TableView<ContradictionRow> table = new TableView<>();
    private ReviewCursor<ContradictionRow> cursor;
    private final ContradictionDetail detail = new ContradictionDetail();
    /** Null until the columns are made. */
    private CompactList compactList;

    public ContradictionsView(ContradictionsViewModel vm) {
        this.vm = vm;
        setId("contradictionsView");
        build();
    }

    private void build() {
        table.setId("contradictionsTable");
        table.getStyleClass().add("dense");
        // Wrapped, as the Claims tab's is: beside the detail area at 1280 × 720 one line cut it before "Ctrl+L".
        Label empty = new Label("No contradictions yet. Click a claim in one pane, then a claim in another, and press Ctrl+L.");
        empty.setWrapText(true);
        empty.setPadding(new javafx.geometry.Insets(0, 12, 0, 12));
        table.setPlaceholder(empty);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ContradictionRow, String> kind = new TableColumn<>("Kind");
        kind.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().contradiction().kind().label()));
        kind.setPrefWidth(80);
        // Narrow windows shrink the quotes, not these words ("Fram…", "Confir…" at 1024 px).
        kind.setMinWidth(84);
        TableColumn<ContradictionRow, String> status = new TableColumn<>("Status");
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().contradiction().status().toString()));
        status.setPrefWidth(96);
        status.setMinWidth(96);
        TableColumn<ContradictionRow, ContradictionRow> a = quoteColumn("Claim A", true, this::compact);
        TableColumn<ContradictionRow, ContradictionRow> b = quoteColumn("Claim B", false, this::compact);
        TableColumn<ContradictionRow, String> note = new TableColumn<>("Note");
        note.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().contradiction().note()));
        note.setPrefWidth(200);
        // A note cut with "…" reads whole when pointed at (and in the area under the list).
        note.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isBlank() ? null : new Tooltip(text));
            }
        });
        table.getColumns().addAll(List.of(kind, status, a, b, note));
        compactList = new CompactList(table, kind, status, a, b, note);
        table.setItems(vm.rows());
        cursor = new ReviewCursor<>(table, r -> r.contradiction().id(), vm::show);
        cursor.setOnNothingLeft(vm::showNothing);
        // The chosen row in full, and again when its status or note changes (the list replaces the row).
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> detail.show(now));
        table.getItems().addListener((javafx.collections.ListChangeListener<ContradictionRow>) c ->
                detail.show(table.getSelectionModel().getSelectedItem()));
        // C, D and Del act on the chosen row and go on to the next: a held key acts once, not on each row after it.
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, org.claimbench.ui.common.HeldKeys.oncePerPress(table,
                org.claimbench.ui.common.HeldKeys::judging, e -> {
            ContradictionRow row = table.getSelectionModel().getSelectedItem();
            if (row == null || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (e.getCode() == KeyCode.C) {
                judge(ContradictionStatus.CONFIRMED);
            } else if (e.getCode() == KeyCode.D) {
                judge(ContradictionStatus.DISMISSED);
            } else if (e.getCode() == KeyCode.ENTER) {
                cursor.showAgain();
            } else if (e.getCode() == KeyCode.F2) {
                edit(row);
            } else if (e.getCode() == KeyCode.DELETE) {
                vm.delete(row);
            } else {
                return;
            }
            e.consume();
        }));
        MenuItem confirm = new MenuItem("Confirm  (C)");
        confirm.setOnAction(e -> judge(ContradictionStatus.CONFIRMED));
        MenuItem dismiss = new MenuItem("Dismiss  (D)");
        dismiss.setOnAction(e -> judge(ContradictionStatus.DISMISSED));
        MenuItem reopen = new MenuItem("Reopen");
        reopen.setOnAction(e -> selected(r -> vm.setStatus(r, ContradictionStatus.OPEN)));
        MenuItem edit = new MenuItem("Edit…  (F2)");
        edit.setOnAction(e -> selected(this::edit));
        MenuItem delete = new MenuItem("Delete  (Del)");
        delete.setOnAction(e -> selected(vm::delete));
        table.setContextMenu(new ContextMenu(confirm, dismiss, reopen, edit, delete));

        Button confirmButton = button("confirmContradiction", "mdi2c-check-circle-outline", "Confirm",
                "Confirm the selected contradiction and go on to the next open one (C)", () -> judge(ContradictionStatus.CONFIRMED),
                ContradictionStatus.CONFIRMED);
        Button dismissButton = button("dismissContradiction", "mdi2c-close-circle-outline", "Dismiss",
                "Dismiss the selected contradiction and go on to the next open one (D)", () -> judge(ContradictionStatus.DISMISSED),
                ContradictionStatus.DISMISSED);
        Button editButton = button("editContradiction", "mdi2p-pencil-outline", "Edit…", "Edit kind, status and note (F2)", () -> selected(this::edit), null);
        // Every key the list answers to (the filter above), as the user sees it: a key not named here does nothing. It takes
        // the bar's width left of the buttons and wraps onto a second line there (at 1280 × 720 one line cut it after "F2…");
        // two lines of its small type fit in the buttons' height (a third, at 1024 px, adds 11 px). A line breaks only between two
        // keys ("F2 / edit" read as two things).
        Label hint = new Label(keys("C confirm", "D dismiss, then on to the next open one", "↑↓ choose: both claims side by side",
                "Enter shows them again", "F2 edit", "Del delete"));
        hint.setId("contradictionsKeysHint");
        hint.getStyleClass().add("muted");
        hint.setMinWidth(0);
        hint.setWrapText(true);
        hint.setMaxWidth(Double.MAX_VALUE);
        hint.setPadding(new Insets(0, 0, 0, 6));
        HBox.setHgrow(hint, Priority.ALWAYS);
        hint.setTooltip(new Tooltip(hint.getText()));
        HBox bar = new HBox(6, confirmButton, dismissButton, editButton, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        // The list gives way when the tab is short, not the bar (it was pressed to two lines and cut the third at 1024 px).
        bar.setMinHeight(Region.USE_PREF_SIZE);
        // The chosen row in full without scrolling in a short tab: beside the list when the tab is wide, else under it with
        // the list giving way first (at 1024 × 700 three lines under the list cut the reason and the second claim).
        org.claimbench.ui.common.ListBesideDetail body = new org.claimbench.ui.common.ListBesideDetail(table, detail.area());
        body.setId("contradictionsBody");
        getChildren().addAll(bar, body);
        VBox.setVgrow(body, Priority.ALWAYS);
    }

    /** The keys' line: each key with what it does, joined by " · ", a key never parted from its words by a line break. */
    static String keys(String... each) {
        return String.join(" · ", java.util.Arrays.stream(each).map(k -> k.replace(' ', '\u00a0')).toList());
    }

    /** Gives the selected contradiction a status and goes on to the next open one, which the panes then show. */
    private void judge(ContradictionStatus status) {
        cursor.act(r -> vm.setStatus(r, status), r -> r.contradiction().status() == ContradictionStatus.OPEN);
    }

    /** A button of the bar; it is greyed while no row is chosen, or while the chosen one has the status it would give ({@code gives}). */
    private Button button(String id, String icon, String text, String tip, Runnable action, ContradictionStatus gives) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        // The buttons keep their words; the hint beside them wraps in a narrow window.
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            ContradictionRow r = table.getSelectionModel().getSelectedItem();
            return r == null || r.contradiction().status() == gives;
        }, table.getSelectionModel().selectedItemProperty(), table.getItems()));
        return b;
    }

    private void selected(java.util.function.Consumer<ContradictionRow> action) {
        ContradictionRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            action.accept(row);
        }
    }

    private void edit(ContradictionRow row) {
        var x = row.contradiction();
        ContradictionDialog.show(getScene().getWindow(), "Edit contradiction", row.sourceA(), row.quoteA(), row.sourceB(), row.quoteB(), x.kind(),
                x.status(), x.note())
                .ifPresent(r -> vm.update(row, r.kind(), r.status(), r.note()));
    }

    private boolean compact() {
        return compactList != null && compactList.compact();
    }

    /** A claim's column: its source's colour, name and quote; in a compact list ({@code compact}) the quote alone after the colour. */
    private static TableColumn<ContradictionRow, ContradictionRow> quoteColumn(String title, boolean first,
                                                                               java.util.function.BooleanSupplier compact) {
        TableColumn<ContradictionRow, ContradictionRow> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setPrefWidth(300);
        c.setSortable(false);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(ContradictionRow r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                } else {
                    String source = first ? r.sourceA() : r.sourceB();
                    String quote = first ? r.quoteA() : r.quoteB();
                    String gone = ContradictionRow.gone(first ? r.a() : r.b());
                    setText(compact.getAsBoolean() ? (gone.isEmpty() ? "" : "⚠ ") + org.claimbench.domain.QuoteMarks.quoted(quote)
                            : source + ": " + gone + org.claimbench.domain.QuoteMarks.quoted(quote));
                    setGraphic(ColourDot.of(first ? r.colourA() : r.colourB(), 5));
                    setTooltip(new Tooltip(source + ": " + quote));
                }
            }
        });
        return c;
    }

    /** Chooses a contradiction in the list (the panes then show it). */
    public void select(long contradictionId) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).contradiction().id() == contradictionId) {
                cursor.select(i);
                return;
            }
        }
    }

    /** The list came into sight (its tab chosen): the panes show its selected row. */
    public void cameIntoSight() {
        cursor.showAgain();
    }

    /**
     * Puts the keyboard in the list, on the first open contradiction if none is chosen or the one chosen is judged already:
     * Ctrl+2 is for reviewing (a newcomer came back to a confirmed one they had looked at, row 1, with open ones below it).
     */
    public void focusList() {
        table.requestFocus();
        ContradictionRow chosen = table.getSelectionModel().getSelectedItem();
        boolean anyOpen = table.getItems().stream().anyMatch(r -> r.contradiction().status() == ContradictionStatus.OPEN);
        if ((chosen == null || chosen.contradiction().status() != ContradictionStatus.OPEN && anyOpen) && !table.getItems().isEmpty()) {
            int open = 0;
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).contradiction().status() == ContradictionStatus.OPEN) {
                    open = i;
                    break;
                }
            }
            cursor.select(open);
        }
    }

    public TableView<ContradictionRow> table() {
        return table;
    }
}
