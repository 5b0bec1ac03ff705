package org.claimbench.ui.claims;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.claimbench.domain.Verdict;

/**
 * The ratings a verdict can have, best first: add, rename (double-click or F2), move (Alt+↑ and
 * Alt+↓), remove (Delete) or go back to the default scale. Each rating shows how many verdicts use
 * it; verdicts given earlier keep their rating even when it leaves the scale.
 */
public final class RatingScaleDialog {

    private RatingScaleDialog() {
    }

    /** The new scale, or empty when the user cancels. */
    public static Optional<List<String>> show(Window owner, List<String> scale, Map<String, Long> verdictsPerRating) {
        Dialog<List<String>> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Verdict ratings");
        d.setHeaderText("The ratings a claim's verdict can have, best first. Verdicts given earlier keep their rating.");
        ObservableList<String> ratings = FXCollections.observableArrayList(scale);
        ListView<String> list = new ListView<>(ratings);
        list.setId("ratingList");
        list.setEditable(true);
        list.setPrefSize(420, 260);
        list.setCellFactory(v -> new RatingCell(verdictsPerRating));
        list.setOnEditCommit(e -> {
            String name = e.getNewValue() == null ? "" : e.getNewValue().strip();
            if (!name.isEmpty() && !contains(ratings, name, e.getIndex())) {
                ratings.set(e.getIndex(), name);
            }
        });
        Label problem = new Label();
        problem.setId("ratingProblem");
        problem.getStyleClass().add("muted");
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());

        TextField entry = new TextField();
        entry.setId("newRating");
        entry.setPromptText("A new rating, e.g. Satire");
        HBox.setHgrow(entry, Priority.ALWAYS);
        Button add = new Button("Add");
        add.setId("addRating");
        add.disableProperty().bind(entry.textProperty().isEmpty());
        Runnable addEntry = () -> {
            String name = entry.getText().strip();
            if (name.isEmpty()) {
                return;
            }
            if (contains(ratings, name, -1)) {
                problem.setText("“" + name + "” is on the scale already.");
                return;
            }
            int at = list.getSelectionModel().getSelectedIndex();
            ratings.add(at < 0 ? ratings.size() : at + 1, name);
            list.getSelectionModel().select(name);
            entry.clear();
            problem.setText("");
        };
        add.setOnAction(e -> addEntry.run());
        entry.setOnAction(e -> addEntry.run());

        Button up = new Button("Move Up");
        up.setId("ratingUp");
        up.disableProperty().bind(list.getSelectionModel().selectedIndexProperty().lessThan(1));
        up.setOnAction(e -> move(list, -1));
        Button down = new Button("Move Down");
        down.setId("ratingDown");
        down.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            int i = list.getSelectionModel().getSelectedIndex();
            return i < 0 || i >= ratings.size() - 1;
        }, list.getSelectionModel().selectedIndexProperty(), ratings));
        down.setOnAction(e -> move(list, 1));
        Button remove = new Button("Remove");
        remove.setId("removeRating");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> removeSelected(list));
        Button reset = new Button("Default Scale");
        reset.setId("resetRatings");
        reset.setOnAction(e -> ratings.setAll(Verdict.DEFAULT_SCALE));
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (list.getEditingIndex() >= 0) {
                return;
            }
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                move(list, e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.F2 && list.getSelectionModel().getSelectedIndex() >= 0) {
                list.edit(list.getSelectionModel().getSelectedIndex());
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                removeSelected(list);
                e.consume();
            }
        });

        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        VBox side = new VBox(6, up, down, remove, spacer, reset);
        side.getChildren().forEach(n -> ((Region) n).setMaxWidth(Double.MAX_VALUE));
        HBox middle = new HBox(8, list, side);
        HBox.setHgrow(list, Priority.ALWAYS);
        HBox adding = new HBox(6, entry, add);
        adding.setAlignment(Pos.CENTER_LEFT);
        Label help = new Label("Double-click a rating or press F2 to rename it; Alt+↑ and Alt+↓ move it, Delete removes it.");
        help.getStyleClass().add("muted");
        VBox box = new VBox(8, middle, adding, problem, help);
        box.setPadding(new Insets(10));
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(Bindings.isEmpty(ratings));
        d.setResultConverter(b -> b == ButtonType.OK ? List.copyOf(ratings) : null);
        return d.showAndWait();
    }

    private static boolean contains(List<String> ratings, String name, int except) {
        for (int i = 0; i < ratings.size(); i++) {
            if (i != except && ratings.get(i).equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static void move(ListView<String> list, int by) {
        int i = list.getSelectionModel().getSelectedIndex();
        int j = i + by;
        ObservableList<String> items = list.getItems();
        if (i < 0 || j < 0 || j >= items.size()) {
            return;
        }
        String item = items.remove(i);
        items.add(j, item);
        list.getSelectionModel().clearAndSelect(j);
        list.scrollTo(j);
    }

    private static void removeSelected(ListView<String> list) {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            list.getItems().remove(i);
            if (!list.getItems().isEmpty()) {
                list.getSelectionModel().clearAndSelect(Math.min(i, list.getItems().size() - 1));
            }
        }
    }

    /** A rating with the number of verdicts that use it; F2 or a double-click edits the name. */
    private static final class RatingCell extends ListCell<String> {
        private final Map<String, Long> counts;
        private final Label count = new Label();
        private TextField editor;

        RatingCell(Map<String, Long> counts) {
            this.counts = counts;
            count.getStyleClass().add("muted");
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            if (isEditing()) {
                return;
            }
            long n = counts.getOrDefault(item, 0L);
            setText(item);
            count.setText(n == 0 ? "" : n == 1 ? "  1 verdict" : "  " + n + " verdicts");
            setGraphic(n == 0 ? null : count);
            setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        }

        @Override
        public void startEdit() {
            super.startEdit();
            if (!isEditing()) {
                return;
            }
            editor = new TextField(getItem());
            editor.setOnAction(e -> commitEdit(editor.getText()));
            editor.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                }
            });
            setText(null);
            setGraphic(editor);
            editor.selectAll();
            editor.requestFocus();
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            updateItem(getItem(), false);
        }
    }
}
