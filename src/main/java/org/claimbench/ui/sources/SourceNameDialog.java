package org.claimbench.ui.sources;

import java.util.Optional;

import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** Asks for a source's name: Add source in the legend, Rename, and "New source…" by a selection in a pane. */
public final class SourceNameDialog {

    /** Room for a typical source's name (a government, a ministry, an outlet: about 24 characters) without scrolling. */
    static final int NAME_COLUMNS = 26;
    /** The prompt's width in pixels, wrapped onto a second line if longer; the field below is as wide (fillWidth). */
    private static final double PROMPT_WIDTH = 360;

    private SourceNameDialog() {
    }

    /** The name typed, stripped; empty when cancelled or left blank. */
    public static Optional<String> ask(Window owner, String title, String prompt, String current) {
        TextInputDialog d = new TextInputDialog(current);
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(null);
        // The prompt above the field, not beside it: beside a long prompt ("Name of the new source (its key is 6); the selected
        // words become its claim:") the field had about 90 px and showed "vernment" of "Norland government" (walk62). Above
        // it, wrapped to the field's width, the field has room for a typical name whole and the dialog stays narrow.
        javafx.scene.control.Label label = new javafx.scene.control.Label(prompt);
        label.setId("sourceNamePrompt");
        label.setWrapText(true);
        d.getEditor().setId("sourceNameField");
        d.getEditor().setPrefColumnCount(NAME_COLUMNS);
        label.setPrefWidth(PROMPT_WIDTH);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(8, label, d.getEditor());
        content.setFillWidth(true);
        d.getDialogPane().setContent(content);
        d.setOnShown(e -> d.getEditor().requestFocus());
        return d.showAndWait().map(String::strip).filter(n -> !n.isEmpty());
    }
}
