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
            ClaimRow f = table.getSelectionModel().getSelectedItem();
            focused[0] = f == null ? -1 : f.id();
        }, () -> {
            List<Long> now = table.getSelectionModel().getSelectedItems().stream().map(ClaimRow::id).toList();
            if (chosen.isEmpty() || now.equals(chosen)) {
                return;
            }
            List<Integer> at = new ArrayList<>();
            int focusAt = -1;
            for (int i = 0; i < table.getItems().size(); i++) {
                long id = table.getItems().get(i).id();
                if (id == focused[0]) {
                    focusAt = i;
                } else if (chosen.contains(id)) {
                    at.add(i);
                }
            }
            if (focusAt >= 0) {
                at.add(focusAt);
            }
            if (at.isEmpty()) {
                return;
            }
            table.getSelectionModel().clearSelection();
            at.forEach(table.getSelectionModel()::select);
        });
    }
}
