package org.claimbench.ui.articles;

import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for the web address of an article to fetch and import (File › Import from URL). */
public final class ImportUrlDialog {

    private ImportUrlDialog() {
    }

    /** The address typed (a web address on the clipboard is offered), or empty if the user cancelled. */
    public static Optional<String> show(Window owner) {
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Import from URL");
        d.setHeaderText("The article's web address. Claimbench fetches the page and keeps its article, with the address and the time it was fetched.");
        TextField url = new TextField();
        url.setId("importUrl");
        url.setPromptText("https://…");
        url.setPrefColumnCount(48);
        url.setTooltip(new Tooltip("An address starting with http:// or https://"));
        Clipboard cb = Clipboard.getSystemClipboard();
        if (cb.hasString() && cb.getString().strip().matches("(?i)^https?://\\S+$")) {
            url.setText(cb.getString().strip());
        }
        VBox box = new VBox(8, new Label("Address"), url);
        box.setPadding(new Insets(10));
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) d.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("importUrlFetch");
        ok.setText("Fetch and import");
        ok.disableProperty().bind(url.textProperty().isEmpty());
        d.setOnShown(e -> url.requestFocus());
        d.setResultConverter(b -> b == ButtonType.OK ? url.getText().strip() : null);
        return d.showAndWait();
    }
}
