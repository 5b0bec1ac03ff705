package org.claimbench.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A dialog's note box that Enter does not trap: Enter presses the dialog's OK, as in its other fields,
 * and Shift+Enter starts a new line (a newcomer pressed Enter in a note and got a new line instead of
 * the link made). The prompt says so.
 */
public final class NoteField {

    private NoteField() {
    }

    /** Makes Enter in the note press OK of the dialog and Shift+Enter break the line; adds the hint to the prompt. */
    public static void enterConfirms(TextArea note, Dialog<?> dialog) {
        String prompt = note.getPromptText() == null || note.getPromptText().isBlank() ? "" : note.getPromptText() + " · ";
        note.setPromptText(prompt + "Enter: OK, Shift+Enter: new line");
        note.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ENTER || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            e.consume();
            if (e.isShiftDown()) {
                note.replaceSelection("\n");
            } else if (dialog.getDialogPane().lookupButton(ButtonType.OK) instanceof Button ok && !ok.isDisabled()) {
                ok.fire();
            }
        });
    }
}
