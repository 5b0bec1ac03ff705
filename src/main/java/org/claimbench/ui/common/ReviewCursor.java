package org.claimbench.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableView;

/**
 * Keeps a review list and the panes in step: the panes always show the selected row. A row is
 * known by a key (a pair of claim ids, a span), so a list rebuilt under the selection (rows
 * re-scored, re-read) keeps the selection on the same row and the panes are not asked again.
 *
 * <p>Acting on a row (accept, dismiss, confirm) chooses the row to go on with by key before the
 * action changes the list, then selects it and shows it: the user judges the pair they see and the
 * next key acts on the pair they see next. Relying on the table to move its selection while rows
 * go and come showed the pair before the selected one 4 times in 7.
 */
public final class ReviewCursor<R> {

    private final TableView<R> table;
    private final Function<R, Object> key;
    private final Consumer<R> show;
    private Object shownKey;
    private boolean acting;

    public ReviewCursor(TableView<R> table, Function<R, Object> key, Consumer<R> show) {
        this.table = table;
        this.key = key;
        this.show = show;
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!acting) {
                sync();
            }
        });
        ListChangeListener<R> changed = c -> {
            if (!acting) {
                // After the table has moved its own selection for this change.
                Platform.runLater(this::restore);
            }
        };
        table.getItems().addListener(changed);
        table.itemsProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeListener(changed);
            }
            if (now != null) {
                now.addListener(changed);
            }
        });
    }

    /**
     * Shows the selected row if the panes show another (or none). Only the list in sight drives the
     * panes: a list in a tab behind, whose rows change as the user works elsewhere, does not.
     */
    public void sync() {
        R r = table.getSelectionModel().getSelectedItem();
        if (r == null || !inSight()) {
            return;
        }
        Object k = key.apply(r);
        if (!Objects.equals(k, shownKey)) {
            shownKey = k;
            show.accept(r);
        }
    }

    /** Whether the table and every node around it are visible (its tab chosen, its list the one shown). */
    public boolean inSight() {
        for (javafx.scene.Node n = table; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return table.getScene() != null;
    }

    /** Shows the selected row again, even if the panes showed it already (Enter; the list comes into sight). */
    public void showAgain() {
        shownKey = null;
        // Nothing chosen in the list that came into sight: the panes mark nothing (the other list's row stayed outlined).
        if (table.getSelectionModel().getSelectedItem() == null && inSight()) {
            nothingLeft.run();
            return;
        }
        sync();
    }

    /** The key of the row the panes show, if any. */
    public Object shownKey() {
        return shownKey;
    }

    /**
     * After the list changed: the row shown before is selected again if it is still there, and the panes follow the
     * selection. If it is gone and nothing is selected (a filter hid it), the panes stop marking it: they never show a row
     * the list does not.
     */
    private void restore() {
        dropStaleSelection();
        if (table.getSelectionModel().getSelectedItem() == null && shownKey != null) {
            int at = indexOf(shownKey);
            if (at >= 0) {
                select(at);
                return;
            }
            shownKey = null;
            if (inSight()) {
                nothingLeft.run();
            }
            return;
        }
        // The row chosen kept by the table while rows before it came or went (a background rebuild after an answer): it
        // stays in view, where the user's next key will act on it.
        R kept = table.getSelectionModel().getSelectedItem();
        if (kept != null && Objects.equals(key.apply(kept), shownKey) && inSight()) {
            VisibleRows.scrollIntoView(table, table.getSelectionModel().getSelectedIndex());
        }
        sync();
    }

    /**
     * Clears a selection whose item is no longer the list's row at its index. JavaFX's selection model can keep the item of a
     * row removed by a change of the list while the row now at that index is drawn as selected (seen after Accept all: the
     * row that waits looked chosen, a number key acted on the row already marked, and the claim was marked twice).
     */
    private void dropStaleSelection() {
        R item = table.getSelectionModel().getSelectedItem();
        int at = table.getSelectionModel().getSelectedIndex();
        ObservableList<R> items = table.getItems();
        if (item != null && (at < 0 || at >= items.size() || items.get(at) != item)) {
            acting = true;
            try {
                table.getSelectionModel().clearSelection();
            } finally {
                acting = false;
            }
        }
    }

    /**
     * Acts on the selected row, then goes on to the next row that is wanted: the first after it
     * (from the top again past the end) whose new state passes {@code wanted}; if none, the row now
     * where the acted one was. Nothing selected: nothing is done.
     */
    public void act(Consumer<R> action, Predicate<R> wanted) {
        actIf(r -> {
            action.accept(r);
            return true;
        }, wanted);
    }

    /**
     * {@link #act}, for an action that may not happen (a dialog the user cancels: {@code action} answers false): then the
     * row stays selected, brought into view, and the panes keep showing it.
     */
    public void actIf(Predicate<R> action, Predicate<R> wanted) {
        int i = table.getSelectionModel().getSelectedIndex();
        R row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        ObservableList<R> items = table.getItems();
        List<Object> after = new ArrayList<>();
        for (int j = 1; j < items.size(); j++) {
            after.add(key.apply(items.get((i + j) % items.size())));
        }
        Object acted = key.apply(row);
        boolean done;
        acting = true;
        try {
            done = action.test(row);
        } finally {
            acting = false;
        }
        if (!done) {
            int same = indexOf(acted);
            if (same >= 0) {
                select(same);
            }
            return;
        }
        int target = -1;
        for (Object k : after) {
            int at = indexOf(k);
            if (at >= 0 && wanted.test(items.get(at))) {
                target = at;
                break;
            }
        }
        if (target < 0) {
            int same = indexOf(acted);
            target = same >= 0 ? same : Math.min(i, items.size() - 1);
        }
        if (target >= 0) {
            select(target);
        } else {
            table.getSelectionModel().clearSelection();
            shownKey = null;
            // The row judged was the last: the panes stop marking it, as nothing is chosen any more.
            nothingLeft.run();
        }
    }

    private Runnable nothingLeft = () -> { };

    /** Run when acting on the last row leaves nothing to choose (the panes should then mark no row). */
    public void setOnNothingLeft(Runnable r) {
        nothingLeft = Objects.requireNonNull(r);
    }

    /** Selects a row, brings it into view if it is not, and shows it in the panes. */
    public void select(int index) {
        acting = true;
        try {
            table.getSelectionModel().clearAndSelect(index);
            table.getFocusModel().focus(index);
        } finally {
            acting = false;
        }
        VisibleRows.scrollIntoView(table, index);
        sync();
    }

    private int indexOf(Object k) {
        ObservableList<R> items = table.getItems();
        for (int j = 0; j < items.size(); j++) {
            if (Objects.equals(key.apply(items.get(j)), k)) {
                return j;
            }
        }
        return -1;
    }
}
