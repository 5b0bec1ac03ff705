package org.claimbench.ui.articles;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.stage.Window;
import org.claimbench.ui.common.FormGrid;
import org.claimbench.ui.common.TypedDate;

/**
 * Adds an article from pasted text (plain text, or HTML copied from a browser), with the details Article details has
 * for it: title, outlet, date published. The title field shows the title the text will get (its first line when that
 * reads as a headline) until the user types another; the date left empty is "no date".
 */
public final class PasteArticleDialog {

    /**
     * What the user pasted and said of it: title blank lets the text's first line be the title (as the field showed it),
     * outlet blank is none, published null is the date the text's header gives, else none.
     */
    public record Result(String title, String outlet, LocalDate published, String text) {

        public Result {
            title = title == null ? "" : title;
            outlet = outlet == null ? "" : outlet.strip();
        }
    }

    private static final String NO_DATE = "e.g. 2025-07-03; empty: no date";

    private PasteArticleDialog() {
    }

    /**
     * @param titleOf the title a pasted text gets when none is typed (shown in the title field, in the JavaFX thread: keep
     *                it quick), or empty when it has none yet
     * @param dateOf  the day a pasted text is dated by when no date is typed (its header's), told in the date field's prompt
     *                as the text changes; empty when it gives none
     */
    public static Optional<Result> show(Window owner, Function<String, Optional<String>> titleOf,
                                        Function<String, Optional<LocalDate>> dateOf) {
        Dialog<Result> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Paste article");
        d.setHeaderText("Paste the article's text. Its first line is the title (and leaves the text) when it reads as one; type another to change it.");
        TextField title = new TextField();
        title.setId("pasteTitle");
        title.setPromptText("Headline (from the text's first line)");
        TextField outlet = new TextField();
        outlet.setId("pasteOutlet");
        outlet.setPromptText("e.g. Reuters, TASS, Kyiv Independent (optional)");
        DatePicker published = new DatePicker();
        published.setId("pastePublished");
        published.setPromptText(NO_DATE);
        Label dateMessage = new Label();
        dateMessage.setId("pastePublishedMessage");
        TextArea text = new TextArea();
        text.setId("pasteText");
        text.setWrapText(true);
        text.setPrefSize(560, 300);
        // The title follows the text until the user types one of their own.
        String[] offered = {""};
        text.textProperty().addListener((o, was, now) -> {
            if (title.getText().equals(offered[0])) {
                offered[0] = titleOf.apply(now).orElse("");
                title.setText(offered[0]);
            }
            // Left empty, the date is the one the text's header gives (as an imported file's): the prompt says which.
            published.setPromptText(dateOf.apply(now).map(day -> day + ", from the text's header; type another to change it")
                    .orElse(NO_DATE));
        });
        Clipboard cb = Clipboard.getSystemClipboard();
        if (cb.hasString()) {
            text.setText(cb.getString());
        }
        FormGrid g = new FormGrid(560).row("Title", title).row("Outlet", outlet).row("Published", published).help(dateMessage).row("Text", text);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) d.getDialogPane().lookupButton(ButtonType.OK);
        ok.setText("Add article");
        // No text: nothing to add yet. A date typed that reads as none keeps the dialog open and says what to type (it
        // would silently be lost); one typed and not committed is read as typed.
        ok.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> text.getText().isBlank(), text.textProperty()));
        TypedDate.guard(ok, published, dateMessage);
        d.setOnShown(e -> text.requestFocus());
        d.setResultConverter(b -> b == ButtonType.OK
                // The title as offered is the text's own: the importer takes it (and takes the line out of the text).
                ? new Result(title.getText().equals(offered[0]) ? "" : title.getText(), outlet.getText(),
                        TypedDate.of(published).date().orElse(null), text.getText())
                : null);
        return d.showAndWait();
    }
}
