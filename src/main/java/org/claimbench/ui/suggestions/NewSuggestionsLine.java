package org.claimbench.ui.suggestions;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A short line in the suggestions' bar while pairs have come after the rows listed and the reviewer has not been to them:
 * "3 new below — Show (N)" (the whole sentence in its tooltip; above the list it took two of the four rows a
 * 1024 × 700 screen shows, student59). New pairs (a claim marked or changed, a top-up, a
 * decision taken back) come after the rows listed so that the rows under review keep their places ({@link ContradictionRows});
 * in a long list they came out of sight and unannounced (round ui56's "Left"). The button, or N in the list, chooses the
 * first of them (the panes show it) with the list scrolled to it; then they count as seen and the line goes. A new row
 * chosen otherwise (↓, a click) is seen too. A list ranked afresh (the suggestions computed again) has no new rows, and rows
 * that come before the reviewer first looks at the list are none either. The rows in sight are not watched: a new row in
 * sight at the list's end still counts until chosen, since a reviewer reading from the top does not see it arrive.
 * JavaFX thread.
 */
final class NewSuggestionsLine extends HBox {

    /** The new rows not yet seen, by their pair's key ({@link org.claimbench.domain.Contradiction#pairKey}). */
    private final Set<String> unseen = new HashSet<>();
    /** Watches whichever list the table holds (moved when the table is given another). */
    private final ListChangeListener<ContradictionSuggestionRow> watcher = this::changed;
    private final TableView<ContradictionSuggestionRow> table;
    private final IntConsumer choose;
    private final ObservableBooleanValue inSight;
    private final Label says = new Label();
    /** What the line says in full, in its tooltip. */
    private final javafx.beans.property.StringProperty whole = new javafx.beans.property.SimpleStringProperty("");
    /**
     * Whether the reviewer has had the list in sight since it was last listed afresh: pairs that come before are no news to
     * someone who has not looked yet (accepting a side's claims before the first look brings dozens).
     */
    private boolean looked;

    /**
     * @param table   the suggested contradictions' list, whose rows are watched
     * @param inSight whether that list is the one shown (the line shows only then)
     * @param choose  chooses a row by index, as the review's keys do (the panes show it)
     */
    NewSuggestionsLine(TableView<ContradictionSuggestionRow> table, ObservableBooleanValue inSight, IntConsumer choose) {
        this.table = table;
        this.choose = choose;
        this.inSight = inSight;
        SameEventHint.dress(this, "newSuggestionsLine", says, "newSuggestionsText");
        says.setWrapText(false);
        org.claimbench.ui.common.Tooltips.bind(says, whole);
        says.setMinWidth(Region.USE_PREF_SIZE);
        // As tall as the bar's buttons (the hint's rule under it made the bar, and so the list, 2 px taller).
        setPadding(new javafx.geometry.Insets(0, 0, 0, 8));
        setStyle("-fx-border-width: 0; -fx-background-radius: 4;");
        HBox.setHgrow(says, Priority.ALWAYS);
        Button show = new Button("Show (N)");
        show.setId("newSuggestionsShow");
        show.setMinWidth(Region.USE_PREF_SIZE);
        org.claimbench.ui.common.Tooltips.set(show, "Choose the first new suggestion, the list scrolled to it (N in the list does the same)");
        show.setOnAction(e -> show());
        getChildren().addAll(says, show);
        managedProperty().bind(visibleProperty());
        table.itemsProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeListener(watcher);
            }
            unseen.clear();
            if (now != null) {
                now.addListener(watcher);
            }
            update();
        });
        table.getItems().addListener(watcher);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && unseen.remove(key(now))) {
                update();
            }
        });
        inSight.addListener((o, was, now) -> {
            // An empty list looked at is not a list reviewed: the pairs that come to it are its first rows (ReviewOrder).
            looked |= now && !table.getItems().isEmpty();
            update();
        });
        looked = inSight.get() && !table.getItems().isEmpty();
        update();
    }

    /** How many new rows the reviewer has not been to. */
    int count() {
        return unseen.size();
    }

    /**
     * Takes the reviewer to the new rows: the first of them chosen and scrolled to the list's top, the list given the keys; all
     * count as seen. False when there are none (N then does nothing).
     */
    boolean show() {
        List<ContradictionSuggestionRow> rows = table.getItems();
        int first = -1;
        for (int i = 0; i < rows.size() && first < 0; i++) {
            if (unseen.contains(key(rows.get(i)))) {
                first = i;
            }
        }
        unseen.clear();
        update();
        if (first < 0) {
            return false;
        }
        choose.accept(first);
        table.scrollTo(first);
        table.requestFocus();
        return true;
    }

    private void changed(ListChangeListener.Change<? extends ContradictionSuggestionRow> c) {
        List<? extends ContradictionSuggestionRow> rows = c.getList();
        while (c.next()) {
            int before = rows.size() - c.getAddedSize() + c.getRemovedSize();
            if (c.wasReplaced() && c.getFrom() == 0 && c.getRemovedSize() == before && before > 1 || rows.isEmpty()) {
                // The whole list listed afresh, ranked (or emptied, as another workspace opens): nothing in it is new.
                unseen.clear();
                looked = inSight.get() && !rows.isEmpty();
            } else if (looked && c.wasAdded() && !c.wasReplaced() && c.getFrom() > 0) {
                // Pairs that came after the rows listed.
                c.getAddedSubList().forEach(r -> unseen.add(key(r)));
            }
        }
        Set<String> listed = new HashSet<>();
        rows.forEach(r -> listed.add(key(r)));
        unseen.retainAll(listed);
        ContradictionSuggestionRow chosen = table.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            unseen.remove(key(chosen));
        }
        update();
    }

    private void update() {
        int n = unseen.size();
        setVisible(n > 0 && inSight.get());
        // Short, on one line in the bar beside its buttons; the whole sentence in the tooltip.
        says.setText(n + " new below");
        whole.set((n == 1 ? "1 new suggestion came" : n + " new suggestions came") + " below the rows you were reviewing: Show (N) chooses the first");
    }

    private static String key(ContradictionSuggestionRow r) {
        return org.claimbench.domain.Contradiction.pairKey(r.a().id(), r.b().id());
    }
}
