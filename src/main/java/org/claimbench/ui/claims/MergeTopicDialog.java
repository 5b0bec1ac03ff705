package org.claimbench.ui.claims;

import java.util.List;
import java.util.Optional;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;
import org.claimbench.ui.common.ColourDot;

/**
 * Which topic to merge one into: the other topics listed at once, each with its colour and count, none chosen for the user.
 * A drop-down box opened empty until clicked again (walk62, shot 031), and one with its first item chosen merged into a
 * topic the user had not picked when Enter was pressed (factcheck49): a list shows them all and waits for a choice.
 */
final class MergeTopicDialog {

    /** Rows shown before the list scrolls: the topics a desk keeps for one event fit without it. */
    private static final int ROWS_SHOWN = 10;
    /** A row's height: the colour dot and a line of the list's font with the cell's padding. */
    private static final double ROW_HEIGHT = 30;

    private MergeTopicDialog() {
    }

    /** The topic {@code from} is to be merged into, picked from {@code others}; empty if the user cancels. */
    static Optional<TopicRow> ask(Window owner, TopicRow from, List<TopicRow> others) {
        Dialog<TopicRow> d = new Dialog<>();
        d.initOwner(owner);
        d.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        d.setTitle("Merge topics");
        d.setHeaderText("Move the " + claims(from.claims()) + " of “" + from.label() + "” into:");
        d.getDialogPane().setId("mergeTopicDialog");
        ListView<TopicRow> list = new ListView<>(javafx.collections.FXCollections.observableArrayList(others));
        list.setId("mergeTargets");
        list.setCellFactory(l -> {
            ListCell<TopicRow> cell = new ListCell<>() {
                @Override
                protected void updateItem(TopicRow r, boolean empty) {
                    super.updateItem(r, empty);
                    setText(empty || r == null ? null : r.label() + "  ·  " + claims(r.claims()));
                    setGraphic(empty || r == null ? null : ColourDot.of(r.colour(), 6));
                }
            };
            // A double-click on a topic merges into it; one on a blank row or the scroll bar chooses nothing, so it merges
            // nothing (on the list itself it merged into the topic chosen before).
            cell.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !cell.isEmpty() && cell.getItem() != null) {
                    d.setResult(cell.getItem());
                    d.close();
                }
            });
            return cell;
        });
        // Rows of a fixed height, the list as tall as its rows (at least three, up to ROWS_SHOWN) and its border: a list of
        // one row's height cut that row and scrolled (seen in a real window at 1280 × 720).
        list.setFixedCellSize(ROW_HEIGHT);
        list.setPrefHeight(ROW_HEIGHT * Math.max(3, Math.min(ROWS_SHOWN, others.size())) + 6);
        list.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        list.setPrefWidth(440);
        d.getDialogPane().setContent(list);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        d.setResultConverter(b -> b == ButtonType.OK ? list.getSelectionModel().getSelectedItem() : null);
        // The keyboard in the list, nothing chosen: ↓ chooses the first, Enter then merges (Enter before a choice does nothing).
        // Enter is handled here: the list view keeps the key for itself (to edit a row), so the OK button's never came.
        list.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                if (list.getSelectionModel().getSelectedItem() != null) {
                    d.setResult(list.getSelectionModel().getSelectedItem());
                    d.close();
                }
            }
        });
        // Escape cancels wherever the keyboard is: a list view keeps the key for itself (to cancel an edit), so the Cancel
        // button's own Escape never came.
        d.getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                d.setResult(null);
                d.close();
            }
        });
        d.setOnShown(e -> {
            list.getSelectionModel().clearSelection();
            // No row focused either: ↓ from a focused first row would choose the second.
            list.getFocusModel().focus(-1);
            list.requestFocus();
        });
        return d.showAndWait();
    }

    private static String claims(int n) {
        return n + (n == 1 ? " claim" : " claims");
    }
}
