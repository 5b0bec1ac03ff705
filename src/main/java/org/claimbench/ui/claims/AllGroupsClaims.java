package org.claimbench.ui.claims;

import java.util.Optional;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ToggleButton;
import org.claimbench.ui.claims.TopicSuggestionsViewModel.Choice;
import org.claimbench.ui.claims.TopicSuggestionsViewModel.Group;

/**
 * Every suggested group's claims in one list, group after group in the order of the groups (each group's claims in its own
 * order), for {@link TopicSuggestionsDialog}'s "All groups" toggle: reading what the groups hold costs one click, not one
 * per group (student-run56 clicked through seven). The list follows every move, undo and new grouping at once; each claim
 * says its group's number (1-based, as the groups list numbers them) and name. JavaFX thread.
 */
final class AllGroupsClaims {

    private final TopicSuggestionsViewModel vm;
    private final ObservableList<Choice> claims = FXCollections.observableArrayList();
    private final ToggleButton toggle = new ToggleButton("All groups' claims in one list");
    private final ListChangeListener<Choice> follow = c -> rebuild();

    AllGroupsClaims(TopicSuggestionsViewModel vm) {
        this.vm = vm;
        toggle.setId("topicGroupsAll");
        // The user's choice outlives the dialog and the window: it is kept with the workspace's layout (TopicsViewModel).
        toggle.selectedProperty().bindBidirectional(vm.allGroupsShown());
        toggle.setMaxWidth(Double.MAX_VALUE);
        org.claimbench.ui.common.Tooltips.set(toggle, "Every group's claims at once, each with its group's number and name;"
                + " a number moves the chosen claim to that group. Again: the chosen group's claims alone.");
        vm.groups().addListener((ListChangeListener<Group>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(g -> g.claims().removeListener(follow));
                c.getAddedSubList().forEach(g -> g.claims().addListener(follow));
            }
            rebuild();
        });
        vm.groups().forEach(g -> g.claims().addListener(follow));
        rebuild();
    }

    /** The toggle (id {@code topicGroupsAll}) that shows this list in place of the chosen group's claims. */
    ToggleButton toggle() {
        return toggle;
    }

    boolean isOn() {
        return toggle.isSelected();
    }

    /** Every group's claims, group after group. */
    ObservableList<Choice> claims() {
        return claims;
    }

    /** The group the claim is in now, if any. */
    Optional<Group> groupOf(Choice c) {
        return vm.groups().stream().filter(g -> g.claims().contains(c)).findFirst();
    }

    /**
     * What a claim's row says of its group while every group is shown: "3 · its name" (or "Not grouped", "(no name)"), with
     * "✓" once its topic is set; "" while one group is shown (its name is above the list).
     */
    String groupLine(Choice c) {
        if (!isOn()) {
            return "";
        }
        return groupOf(c).map(g -> {
            int number = vm.groups().indexOf(g) + 1;
            String name = g.nameProperty().get() == null || g.nameProperty().get().isBlank() ? "(no name)" : g.nameProperty().get().strip();
            return (number <= 9 ? number + " · " : "") + (g.notGrouped() ? "Not grouped" : name) + (g.isDone() ? " ✓" : "");
        }).orElse("");
    }

    private void rebuild() {
        claims.setAll(vm.groups().stream().flatMap(g -> g.claims().stream()).toList());
    }
}
