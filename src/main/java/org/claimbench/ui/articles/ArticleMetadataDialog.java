package org.claimbench.ui.articles;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.ui.common.FormGrid;
import org.claimbench.ui.common.TypedDate;

/**
 * Edits an article's title, outlet, author, URL, date, language, event and notes. The event field
 * holds only an event the user typed; the one inferred from the text is its prompt and the line under
 * it says so. A typed event is stored and wins over the inference (left empty, nothing is stored, so a
 * later inference may change it).
 */
public final class ArticleMetadataDialog {

    private ArticleMetadataDialog() {
    }

    /**
     * The article's details, edited; empty when cancelled. inferredEvent: the event inferred for it ("" when none);
     * events: the events the workspace's articles report, offered as the Event field is typed (↓ lists them).
     */
    public static Optional<ArticleMetadata> show(Window owner, Article article, String inferredEvent, List<String> events) {
        ArticleMetadata m = article.metadata();
        Dialog<ArticleMetadata> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Article details");
        d.setHeaderText(article.title());
        TextField title = field("metaTitle", m.title(), "Headline");
        TextField outlet = field("metaOutlet", m.outlet(), "e.g. Reuters, TASS, Kyiv Independent");
        TextField author = field("metaAuthor", m.author(), "Byline");
        TextField url = field("metaUrl", m.url(), "https://…");
        DatePicker published = new DatePicker(m.published());
        published.setId("metaPublished");
        published.setPromptText("e.g. 2025-07-03; empty: no date");
        Label dateMessage = new Label();
        dateMessage.setId("metaPublishedMessage");
        TextField language = field("metaLanguage", m.language(), "e.g. en, ru, uk");
        String stored = inferredEvent == null ? "" : inferredEvent.strip();
        // An article with an event of its own is grouped under it (the user's event wins), so the stored inference is then
        // named by the user's words, not the text's: it is not offered as what the text gives (analyst54 read "the text gives
        // “US”" after typing "US" there earlier).
        String inferred = stored.equalsIgnoreCase(m.event().strip()) ? "" : stored;
        // The inferred event is the prompt, never the value: a value in the field is the user's own (stored, and it wins);
        // left empty, the inference stands and nothing is stored, so a later inference may change it.
        // The events the other articles report are offered as the field is typed (an analyst typed one event three times over).
        javafx.scene.control.ComboBox<String> eventBox = new javafx.scene.control.ComboBox<>(javafx.collections.FXCollections.observableArrayList(events));
        eventBox.setEditable(true);
        eventBox.setMaxWidth(Double.MAX_VALUE);
        eventBox.setPromptText(inferred.isEmpty() ? "What it reports, e.g. Putin–Trump call, 2025-07-03"
                : "inferred from the text: " + inferred);
        TextField event = eventBox.getEditor();
        event.setId("metaEvent");
        event.setText(m.event());
        org.claimbench.ui.common.CompletionPopup.attach(eventBox, events);
        Label eventHelp = new Label();
        eventHelp.setId("metaEventHelp");
        eventHelp.getStyleClass().add("muted");
        eventHelp.setWrapText(true);
        eventHelp.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> eventHelp(event.getText(), inferred),
                event.textProperty()));
        TextArea notes = new TextArea(m.notes());
        notes.setId("metaNotes");
        notes.setPrefRowCount(4);
        notes.setWrapText(true);
        FormGrid g = new FormGrid(380).row("Title", title).row("Outlet", outlet).row("Author", author).row("URL", url)
                .row("Published", published).help(dateMessage).row("Language", language).row("Event", eventBox).help(eventHelp).row("Notes", notes);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        // A date typed and not committed (OK pressed from the keyboard) is read as typed; one that is no date keeps the
        // dialog open and says what to type rather than be dropped.
        TypedDate.guard((Button) d.getDialogPane().lookupButton(ButtonType.OK), published, dateMessage);
        d.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            LocalDate date = TypedDate.of(published).date().orElse(null);
            // Left empty: the inferred event stands and no correction is stored.
            String correction = event.getText().strip();
            return new ArticleMetadata(title.getText(), outlet.getText(), author.getText(), url.getText(), date, language.getText(),
                    notes.getText(), correction);
        });
        return d.showAndWait();
    }

    /**
     * The line under the event field: whose the event is. Empty field: the inferred one ("Inferred from the text: …"), or
     * that none is known; one in the field: set for the article (typed, or given with it), and what the text gives when
     * that differs.
     */
    static String eventHelp(String typed, String inferred) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return inferred.isEmpty() ? "No event inferred from the text yet (suggestions infer it); type one to set it."
                    : "Inferred from the text: " + inferred + ". Type an event to correct it; left empty, the inference stands.";
        }
        return "Set for this article: it wins over the inference" + (inferred.isEmpty() || inferred.equals(t) ? "."
                : " (the text gives “" + inferred + "”).") + " Empty the field to go back to the inferred event.";
    }

    private static TextField field(String id, String value, String prompt) {
        TextField f = new TextField(value);
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }
}
