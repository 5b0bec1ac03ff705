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
        private final Label line = new Label();
        private final Label gist = new Label();
        private final VBox box = new VBox(2, line, gist);

        GroupCell(java.util.function.Function<Group, String> gistOf) {
            this.gistOf = gistOf;
            setPrefWidth(0);
            // The line and the gist drawn by the cell itself (layoutChildren): a Labeled's skin asks its graphic for its
            // height unwrapped, one line, and a gist wrapped to two lines then took the room of the group's line, which was
            // not drawn at all (student-run52); text and graphic were also centred on each other.
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            line.setId("topicGroupLine");
            // Wrapped to the list's width: a long name is read whole, with no sideways bar.
            line.setWrapText(true);
            gist.setId("topicGroupGist");
            gist.getStyleClass().add("muted");
            gist.setWrapText(true);
            // Two lines at most (the rest cut with "…"; the group's claims show it whole), in the font the style sheet gives.
            gist.maxHeightProperty().bind(gist.fontProperty().map(f -> {
                javafx.scene.text.Text probe = new javafx.scene.text.Text("Xg");
                probe.setFont(f);
                return Math.ceil(2.5 * probe.getLayoutBounds().getHeight());
            }));
            box.setFillWidth(true);
            box.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        }

        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() != box) {
                return super.computePrefHeight(width);
            }
            return snappedTopInset() + snappedBottomInset() + box.prefHeight(inner(width));
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            if (getGraphic() == box) {
                double w = inner(getWidth());
                box.resizeRelocate(snappedLeftInset(), snappedTopInset(), w, box.prefHeight(w));
            }
        }

        private double inner(double width) {
            return Math.max(0, (width > 0 ? width : getWidth()) - snappedLeftInset() - snappedRightInset());
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
            // The cell's text says it too (read by assistive technology and the tests), drawn by the line.
            setText(name + " · " + (g.isDone() ? "✓ " + g.doneProperty().get()
                    : g.ticked() + " of " + g.claims().size() + (g.claims().size() == 1 ? " claim" : " claims") + " ticked"));
            line.setText(getText());
            String says = gistOf.apply(g);
            gist.setText(says.isEmpty() ? "" : "“" + says + "”");
            gist.setVisible(!says.isEmpty());
            gist.setManaged(!says.isEmpty());
            setGraphic(box);
        }
    }

    /**
     * A claim of the group: its box, its quote, then its source, speaker and article, and what became of it since; before them,
     * while every group is shown ({@link AllGroupsClaims}), its group's number and name.
     */
    static final class ChoiceCell extends ListCell<Choice> {
        private final CheckBox box = new CheckBox();
        private final Label group = new Label();
        private final Label quote = new Label();
        private final Label about = new Label();
        private final HBox row;
        private final java.util.function.Function<Choice, String> groupLine;
        private Choice bound;

        ChoiceCell(ListView<Choice> list, java.util.function.Function<Choice, String> groupLine) {
            this.groupLine = groupLine;
            box.setFocusTraversable(false);
            group.setId("topicGroupOfClaim");
            group.getStyleClass().add("text-bold");
            // A press anywhere on the row, its box too, chooses the claim and gives the list the keys: a click and a number
            // move it (a click on the box ticked it and left the number to the claim chosen before).
            addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
                if (!isEmpty() && getIndex() >= 0) {
                    getListView().getSelectionModel().clearAndSelect(getIndex());
                    getListView().requestFocus();
                }
            });
            // The quote whole, on as many lines as it takes, within the list's width (less the box and the scroll bar).
            quote.setWrapText(true);
            quote.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            quote.maxWidthProperty().bind(list.widthProperty().subtract(70));
            about.getStyleClass().add("muted");
            about.maxWidthProperty().bind(list.widthProperty().subtract(70));
            // The group on the line of the source and article, not a line of its own: every group's claims in one list show
            // a third more rows at 1280 × 720, fewer scrolls to read them.
            group.setMinWidth(0);
            group.maxWidthProperty().bind(list.widthProperty().multiply(0.5));
            about.setMinWidth(0);
            HBox.setHgrow(about, Priority.ALWAYS);
            HBox aboutLine = new HBox(6, group, about);
            VBox text = new VBox(2, quote, aboutLine);
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
            String of = groupLine.apply(c);
            group.setText(of);
            group.setVisible(!of.isEmpty());
            group.setManaged(!of.isEmpty());
            quote.setText("“" + c.row().quote() + "”");
            String speaker = c.row().speaker() == null || c.row().speaker().isBlank() ? "" : " (" + c.row().speaker() + ")";
            about.setText(c.row().source() + speaker + " · " + c.row().article()
                    + (c.sinceProperty().get().isEmpty() ? "" : " · " + c.sinceProperty().get() + ": left out"));
            setGraphic(row);
        }
    }
}
