package org.claimbench.ui.claims;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.TableView;

/** Keeps the claims table's chosen rows chosen while the rows are brought up to date. */
final class SelectionKeeper {

    private SelectionKeeper() {
    }

    /**
     * The claims chosen stay chosen when their rows change (a verdict, a source, a topic given to them): the table
     * drops a replaced row from its selection, so the ids are remembered before and chosen again after, the one
     * with the focus last.
     */
    static void install(TableView<ClaimRow> table, ClaimsTableViewModel vm) {
        List<Long> chosen = new ArrayList<>();
        long[] focused = {-1};
        vm.setSelectionKeeper(() -> {
            chosen.clear();
            table.getSelectionModel().getSelectedItems().forEach(r -> chosen.add(r.id()));
            ClaimRow f = current(table);
            focused[0] = f == null ? -1 : f.id();
        }, () -> {
            List<Long> now = table.getSelectionModel().getSelectedItems().stream().map(ClaimRow::id).toList();
            if (chosen.isEmpty() || now.equals(chosen)) {
                return;
            }
            // A set to look the ids up in and one call to choose them all: with every row of 10,000 chosen, a look-up in
            // the list and a call for each row took 2 s of the JavaFX thread for one claim's new topic.
            java.util.Set<Long> wanted = new java.util.HashSet<>(chosen);
            int[] at = new int[table.getItems().size()];
            int count = 0;
            int focusAt = -1;
            for (int i = 0; i < table.getItems().size(); i++) {
                long id = table.getItems().get(i).id();
                if (id == focused[0]) {
                    focusAt = i;
                } else if (wanted.contains(id)) {
                    at[count++] = i;
                }
            }
            if (focusAt >= 0) {
                at[count++] = focusAt;
            }
            if (count == 0) {
                return;
            }
            table.getSelectionModel().clearSelection();
            // The focused row comes last: the selection model gives the last index chosen the focus.
            table.getSelectionModel().selectIndices(at[0], java.util.Arrays.copyOfRange(at, 1, count));
        });
    }

    /**
     * The one chosen row of several that a one-claim action (F2, S, V, Enter) takes: the focused row where it is chosen, else
     * the last chosen; null for none. The selection model's selected item is not that: Ctrl+click taking rows out of the
     * claims a search found left it on the first row taken out (JavaFX keeps the selected index where the last row chosen
     * was), so that the row was chosen again after a topic was set (factcheck47 saw it selected again, T had left it out).
     */
    static ClaimRow current(TableView<ClaimRow> table) {
        var sm = table.getSelectionModel();
        int focus = table.getFocusModel().getFocusedIndex();
        if (focus >= 0 && focus < table.getItems().size() && sm.isSelected(focus)) {
            return table.getItems().get(focus);
        }
        int at = sm.getSelectedIndex();
        if (at >= 0 && at < table.getItems().size() && sm.isSelected(at)) {
            return table.getItems().get(at);
        }
        var all = sm.getSelectedItems();
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }
}
