package org.claimbench.ui.common;

import java.util.Optional;

import javafx.application.Platform;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/**
 * Asks a new name for something named in the workspace (a topic, a source). It says what is renamed ("New name for the
 * topic “How long was the call?”:"), and its field holds the old name, all of it selected: typing replaces it, an arrow
 * key keeps it to edit (a dialog that said "New label:" left the student to remember which topic it was, student-run50).
 */
public final class RenameDialog {

    private RenameDialog() {
    }

    /**
     * The prompt of the dialog that renames {@code current}, a {@code kind} ("topic", "source"): "New name for the topic
     * “…”:".
     */
    public static String prompt(String kind, String current) {
        return "New name for the " + kind + " \u201c" + current + "\u201d:";
    }

    /**
     * Shows the dialog, titled "Rename " + kind, its field (id {@code fieldId}, {@code columns} characters wide) holding
     * {@code current} whole and selected. The name typed, stripped; empty when cancelled or left blank.
     */
    public static Optional<String> ask(Window owner, String kind, String current, String fieldId, int columns) {
        TextInputDialog d = new TextInputDialog(current);
        d.initOwner(owner);
        d.setTitle("Rename " + kind);
        d.setHeaderText(null);
        // No stock question mark: it asks, it does not warn.
        d.setGraphic(null);
        d.setContentText(prompt(kind, current));
        d.getEditor().setId(fieldId);
        d.getEditor().setPrefColumnCount(columns);
        // Selected once the dialog shows: the field takes the keyboard as the window opens, and only then may it select.
        d.setOnShown(e -> Platform.runLater(() -> {
            d.getEditor().requestFocus();
            d.getEditor().selectAll();
        }));
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }
}
