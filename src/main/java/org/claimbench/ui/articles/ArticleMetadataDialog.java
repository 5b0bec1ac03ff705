package org.claimbench.ui.articles;

import java.time.LocalDate;
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
 * shows the event inferred from the text until the user corrects it; a correction is stored and
 * wins over the inference (left as inferred, nothing is stored, so a later inference may change it).
 */
public final class ArticleMetadataDialog {

    private ArticleMetadataDialog() {
    }

    public static Optional<ArticleMetadata> show(Window owner, Article article, String inferredEvent) {
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
        String inferred = inferredEvent == null ? "" : inferredEvent;
        TextField event = field("metaEvent", m.event().isEmpty() ? inferred : m.event(), "What it reports, e.g. Putin–Trump call, 2025-07-03");
        javafx.scene.control.Tooltip.install(event, new javafx.scene.control.Tooltip(inferred.isEmpty()
                ? "Articles with the same event are compared; the event is inferred from the text when suggestions are computed."
                : "Inferred from the text: " + inferred + ". Change it to correct it: your event wins."));
        TextArea notes = new TextArea(m.notes());
        notes.setId("metaNotes");
        notes.setPrefRowCount(4);
        notes.setWrapText(true);
        FormGrid g = new FormGrid(380).row("Title", title).row("Outlet", outlet).row("Author", author).row("URL", url)
                .row("Published", published).help(dateMessage).row("Language", language).row("Event", event).row("Notes", notes);
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
            // Left as inferred: no correction is stored.
            String correction = m.event().isEmpty() && event.getText().strip().equals(inferred) ? "" : event.getText();
            return new ArticleMetadata(title.getText(), outlet.getText(), author.getText(), url.getText(), date, language.getText(),
                    notes.getText(), correction);
        });
        return d.showAndWait();
    }

    private static TextField field(String id, String value, String prompt) {
        TextField f = new TextField(value);
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }
}
