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
 * for it: title, outlet, date published. The title field shows the text's headline (its first line when that reads as
 * one) until the user types another; a text that opens with no headline leaves the field empty, its prompt saying what
 * the title will be if it stays so (the text's first words). The date left empty is "no date".
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
    private static final String NO_TEXT_YET = "Headline (a first line that reads as one is taken)";
    /**
     * How much of the title an empty field would give the prompt quotes: the field is about 550 px wide at 1280 px, and
     * a 40-character quote after a longer lead-in was cut before its closing mark (seen in the real window, round ui59).
     */
    private static final int PROMPT_QUOTE = 32;

    private PasteArticleDialog() {
    }

    /**
     * @param headlineOf the headline a pasted text opens with (shown in the title field; in the JavaFX thread: keep it
     *                quick), empty when it opens with none
     * @param titleOf the title a pasted text gets when none is typed and it has no headline (its first words, told in the
     *                empty title field's prompt), or empty when it has none yet
     * @param dateOf  the day a pasted text is dated by when no date is typed (its header's), told in the date field's prompt
     *                as the text changes; empty when it gives none
     */
    public static Optional<Result> show(Window owner, Function<String, Optional<String>> headlineOf,
                                        Function<String, Optional<String>> titleOf, Function<String, Optional<LocalDate>> dateOf) {
        Dialog<Result> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Paste article");
        d.setHeaderText("Paste the article's text. A first line that reads as a headline is the title (and leaves the text); type another to change it.");
        TextField title = new TextField();
        title.setId("pasteTitle");
        title.setPromptText(NO_TEXT_YET);
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
                offered[0] = headlineOf.apply(now).orElse("");
                title.setText(offered[0]);
            }
            // No headline: a first sentence is not a title (editor58 got a whole one); the prompt says what an empty field gives.
            title.setPromptText(titleOf.apply(now).map(t -> "No headline: type one, or leave empty for “" + shortened(t) + "”")
                    .orElse(NO_TEXT_YET));
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

    private static String shortened(String title) {
        if (title.length() <= PROMPT_QUOTE) {
            return title;
        }
        // Cut at a word's end ("…met fo…" read as a typo).
        int space = title.lastIndexOf(' ', PROMPT_QUOTE);
        return title.substring(0, space > 0 ? space : PROMPT_QUOTE).strip() + "…";
    }
}
