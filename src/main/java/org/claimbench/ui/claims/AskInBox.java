package org.claimbench.ui.claims;

import java.util.Optional;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A dialog asking for one value in an editable box that completes what is typed (a topic, a speaker): Enter sets what
 * the box holds (an editable box would keep the key for itself), its text is chosen at once so typing replaces it.
 */
final class AskInBox {

    private AskInBox() {
    }

    /** What the box holds when OK or Enter closes the dialog, stripped ("" for an empty box); empty if cancelled. */
    static Optional<String> ask(Window owner, String title, String header, ComboBox<String> box, String current, String hint) {
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(header);
        box.getEditor().setText(current == null ? "" : current);
        Label help = new Label(hint);
        help.getStyleClass().add("muted");
        help.setWrapText(true);
        VBox content = new VBox(8, box, help);
        content.setPadding(new Insets(10));
        content.setPrefWidth(380);
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) d.getDialogPane().lookupButton(ButtonType.OK);
        box.getEditor().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isConsumed() && !box.isShowing()) {
                e.consume();
                ok.fire();
            }
        });
        d.setOnShown(e -> {
            box.getEditor().requestFocus();
            box.getEditor().selectAll();
            Platform.runLater(() -> {
                box.getEditor().requestFocus();
                box.getEditor().selectAll();
            });
        });
        d.setResultConverter(b -> b == ButtonType.OK ? box.getEditor().getText().strip() : null);
        return d.showAndWait();
    }
}
