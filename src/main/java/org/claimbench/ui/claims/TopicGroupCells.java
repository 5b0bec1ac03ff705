package org.claimbench.ui.claims;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.claimbench.ui.claims.TopicSuggestionsViewModel.Choice;
import org.claimbench.ui.claims.TopicSuggestionsViewModel.Group;

/** The cells of {@link TopicSuggestionsDialog}'s two lists: a group (with its gist) and a claim of the group (with its box). */
final class TopicGroupCells {

    private TopicGroupCells() {
    }

    /**
     * A group: its number, its name (or "Not grouped") and how many claims are ticked, or what was set; under it in two lines
     * its gist, the quote of its most central claim, so that every group is read at once.
     */
    static final class GroupCell extends ListCell<Group> {
        private final java.util.function.Function<Group, String> gistOf;
        private final Label gist = new Label();

        GroupCell(java.util.function.Function<Group, String> gistOf) {
            this.gistOf = gistOf;
            // Wrapped to the list's width: a long name is read whole, with no sideways bar.
            setWrapText(true);
            setPrefWidth(0);
            setContentDisplay(javafx.scene.control.ContentDisplay.BOTTOM);
            setAlignment(javafx.geometry.Pos.TOP_LEFT);
            gist.setId("topicGroupGist");
            gist.getStyleClass().add("muted");
            gist.setWrapText(true);
            // Two lines (the rest cut with "…"; the group's claims show it whole): fitGist.
            gist.maxWidthProperty().bind(widthProperty().subtract(24));
        }

        /**
         * The gist two lines high, whatever its length: a Labeled's skin asks its graphic for its height unwrapped (one line)
         * and then lays it out wrapped, so a gist of two lines took the room of the group's own line, which was not drawn at
         * all (student-run52). A height that follows the width instead moved the cells under the pointer as a scroll bar came
         * and went; two lines always keeps every group's line where it is.
         */
        private void fitGist() {
            javafx.scene.text.Text probe = new javafx.scene.text.Text("Xg");
            probe.setFont(gist.getFont());
            double high = Math.ceil(2 * probe.getLayoutBounds().getHeight()) + 2;
            gist.setMinHeight(high);
            gist.setPrefHeight(high);
            gist.setMaxHeight(high);
        }

        @Override
        protected void updateItem(Group g, boolean empty) {
            super.updateItem(g, empty);
            if (empty || g == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            int number = getListView().getItems().indexOf(g) + 1;
            String name = (number <= 9 ? number + "  " : "") + (g.notGrouped() ? "Not grouped" + (g.nameProperty().get().isBlank() ? "" : ": " + g.nameProperty().get())
                    : g.nameProperty().get().isBlank() ? "(no name)" : g.nameProperty().get());
            setText(name + " · " + (g.isDone() ? "✓ " + g.doneProperty().get()
                    : g.ticked() + " of " + g.claims().size() + (g.claims().size() == 1 ? " claim" : " claims") + " ticked"));
            String says = gistOf.apply(g);
            gist.setText(says.isEmpty() ? "" : "“" + says + "”");
            fitGist();
            setGraphic(says.isEmpty() ? null : gist);
        }
    }

    /** A claim of the group: its box, its quote, then its source, speaker and article, and what became of it since. */
    static final class ChoiceCell extends ListCell<Choice> {
        private final CheckBox box = new CheckBox();
        private final Label quote = new Label();
        private final Label about = new Label();
        private final HBox row;
        private Choice bound;

        ChoiceCell(ListView<Choice> list) {
            box.setFocusTraversable(false);
            // The quote whole, on as many lines as it takes, within the list's width (less the box and the scroll bar).
            quote.setWrapText(true);
            quote.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            quote.maxWidthProperty().bind(list.widthProperty().subtract(70));
            about.getStyleClass().add("muted");
            about.maxWidthProperty().bind(list.widthProperty().subtract(70));
            VBox text = new VBox(2, quote, about);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMinWidth(0);
            row = new HBox(6, box, text);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Choice c, boolean empty) {
            super.updateItem(c, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.tickedProperty());
                bound = null;
            }
            if (empty || c == null) {
                setGraphic(null);
                return;
            }
            bound = c;
            box.selectedProperty().bindBidirectional(c.tickedProperty());
            box.setDisable(!c.sinceProperty().get().isEmpty());
            quote.setText("“" + c.row().quote() + "”");
            String speaker = c.row().speaker() == null || c.row().speaker().isBlank() ? "" : " (" + c.row().speaker() + ")";
            about.setText(c.row().source() + speaker + " · " + c.row().article()
                    + (c.sinceProperty().get().isEmpty() ? "" : " · " + c.sinceProperty().get() + ": left out"));
            setGraphic(row);
        }
    }
}
