package org.claimbench.ui.claims;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.claimbench.ui.common.WorkspaceModel;

/**
 * What the claims table says when it shows no row, and the way out: with no claim at all, how to mark one; with filters
 * that hide every claim, a button that clears them; and where the search alone hides what the other filters show (a topic
 * chosen over an old search showed nothing until the user found the search box, student45), a first button that clears
 * only the search and names how many claims it then shows. A mail client's "No results. Clear search" does the same; the
 * topic is kept, as the user chose it last.
 */
final class EmptyClaimsTable {

    private EmptyClaimsTable() {
    }

    /** @param table where the keyboard goes after a button cleared (the button goes with the placeholder) */
    static Node of(ClaimsTableViewModel vm, WorkspaceModel model, Node table) {
        Label said = new Label();
        said.setId("claimsPlaceholder");
        said.setWrapText(true);
        Button clearSearch = new Button();
        clearSearch.setId("claimsPlaceholderClearSearch");
        clearSearch.setOnAction(e -> {
            vm.textFilter().set("");
            table.requestFocus();
        });
        Button clearAll = new Button("Clear all filters");
        clearAll.setId("claimsPlaceholderClearFilters");
        clearAll.setOnAction(e -> {
            vm.clearFilters();
            table.requestFocus();
        });
        HBox buttons = new HBox(8, clearSearch, clearAll);
        buttons.setAlignment(Pos.CENTER);
        Runnable update = () -> {
            int all = vm.allRows().size();
            java.util.Optional<Integer> withoutSearch = all == 0 || !vm.rows().isEmpty() ? java.util.Optional.empty() : vm.shownWithoutSearch();
            if (all == 0) {
                said.setText("No claims yet. Select text in an article and press " + org.claimbench.ui.common.TagKeys.range(model.sources().size())
                        + " to tag who said it.");
            } else if (withoutSearch.isPresent() && withoutSearch.get() > 0) {
                said.setText("No claim of the " + count(withoutSearch.get()) + " the other filters show matches the search “"
                        + vm.textFilter().get().strip() + "”.");
                clearSearch.setText("Clear the search (show " + count(withoutSearch.get()) + ")");
            } else {
                said.setText("No claim matches the filters (" + count(all) + " in all).");
            }
            boolean searchAlone = all > 0 && withoutSearch.isPresent() && withoutSearch.get() > 0;
            clearSearch.setVisible(searchAlone);
            clearSearch.setManaged(searchAlone);
            buttons.setVisible(all > 0);
            buttons.setManaged(all > 0);
        };
        vm.rows().addListener((javafx.collections.ListChangeListener<ClaimRow>) c -> update.run());
        vm.allRows().addListener((javafx.collections.ListChangeListener<ClaimRow>) c -> update.run());
        model.sources().addListener((javafx.collections.ListChangeListener<org.claimbench.domain.Source>) c -> update.run());
        vm.filtersProperty().addListener((o, was, now) -> update.run());
        update.run();
        VBox box = new VBox(8, said, buttons);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new javafx.geometry.Insets(0, 12, 0, 12));
        return box;
    }

    private static String count(int n) {
        return n + (n == 1 ? " claim" : " claims");
    }
}
