package org.claimbench.ui.claims;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * The line under a list of claims in {@link TopicSuggestionsDialog} that says how many of them lie below the list's bottom
 * edge ("▼ 3 more claims below: …"; "" when all are in sight): the 7th claim of a group sat there unseen (student-run51).
 * Counted after each layout pulse of the dialog's scene. JavaFX thread.
 */
final class ClaimsBelowLine {

    private final ListView<?> list;
    private final Label line = new Label();

    ClaimsBelowLine(ListView<?> list) {
        this.list = list;
        line.setId("topicGroupMore");
        line.getStyleClass().add("muted");
        line.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    Label line() {
        return line;
    }

    /** After each layout: the claims below the list's bottom edge, whole cells counted as in sight. */
    void count() {
        if (!(list.lookup(".virtual-flow") instanceof javafx.scene.layout.Region flow) || list.getItems().isEmpty()) {
            line.setText("");
            return;
        }
        javafx.geometry.Bounds view = flow.localToScene(flow.getLayoutBounds());
        int last = -1;
        for (javafx.scene.Node n : flow.lookupAll(".list-cell")) {
            if (n instanceof ListCell<?> c && c.isVisible() && !c.isEmpty() && c.getIndex() >= 0) {
                javafx.geometry.Bounds b = c.localToScene(c.getBoundsInLocal());
                if (b.getMinY() >= view.getMinY() - 1 && b.getMaxY() <= view.getMaxY() + 1) {
                    last = Math.max(last, c.getIndex());
                }
            }
        }
        int below = list.getItems().size() - 1 - last;
        String says = last < 0 || below <= 0 ? "" : "▼ " + below + (below == 1 ? " more claim" : " more claims") + " below: scroll, or ↓ in the list";
        if (!says.equals(line.getText())) {
            line.setText(says);
        }
    }
}
