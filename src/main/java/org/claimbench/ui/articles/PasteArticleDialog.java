package org.claimbench.ui.articles;

import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Adds an article from pasted text (plain text, or HTML copied from a browser). */
public final class PasteArticleDialog {

    public record Result(String title, String text) {
    }

    private PasteArticleDialog() {
    }

    public static Optional<Result> show(Window owner) {
        Dialog<Result> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Paste article");
        d.setHeaderText("Paste the article's text. Its first line becomes the title (and leaves the text) unless you give one.");
        TextField title = new TextField();
        title.setId("pasteTitle");
        title.setPromptText("Title (optional)");
        TextArea text = new TextArea();
        text.setId("pasteText");
        text.setWrapText(true);
        text.setPrefSize(640, 360);
        Clipboard cb = Clipboard.getSystemClipboard();
        if (cb.hasString()) {
            text.setText(cb.getString());
        }
        VBox box = new VBox(8, title, new Label("Text"), text);
        box.setPadding(new Insets(10));
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) d.getDialogPane().lookupButton(ButtonType.OK);
        ok.setText("Add article");
        ok.disableProperty().bind(text.textProperty().isEmpty());
        d.setOnShown(e -> text.requestFocus());
        d.setResultConverter(b -> b == ButtonType.OK ? new Result(title.getText(), text.getText()) : null);
        return d.showAndWait();
    }
}
