package org.claimbench.ui.sources;

import java.util.Optional;

import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** Asks for a source's name: Add source in the legend, Rename, and "New source…" by a selection in a pane. */
public final class SourceNameDialog {

    private SourceNameDialog() {
    }

    /** The name typed, stripped; empty when cancelled or left blank. */
    public static Optional<String> ask(Window owner, String title, String prompt, String current) {
        TextInputDialog d = new TextInputDialog(current);
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(null);
        d.setContentText(prompt);
        d.getEditor().setId("sourceNameField");
        return d.showAndWait().map(String::strip).filter(n -> !n.isEmpty());
    }
}
