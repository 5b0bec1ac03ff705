package org.claimbench.ui.articles;

import java.time.LocalDate;
import java.util.Optional;

import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.ui.common.FormGrid;

/** Edits an article's title, outlet, author, URL, date, language and notes. */
public final class ArticleMetadataDialog {

    private ArticleMetadataDialog() {
    }

    public static Optional<ArticleMetadata> show(Window owner, Article article) {
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
        published.setPromptText("Date published");
        TextField language = field("metaLanguage", m.language(), "e.g. en, ru, uk");
        TextField event = field("metaEvent", m.event(), "What it reports, e.g. Putin–Trump call, 2025-07-03");
        TextArea notes = new TextArea(m.notes());
        notes.setId("metaNotes");
        notes.setPrefRowCount(4);
        notes.setWrapText(true);
        FormGrid g = new FormGrid(380).row("Title", title).row("Outlet", outlet).row("Author", author).row("URL", url)
                .row("Published", published).row("Language", language).row("Event", event).row("Notes", notes);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            LocalDate date = published.getValue();
            return new ArticleMetadata(title.getText(), outlet.getText(), author.getText(), url.getText(), date, language.getText(),
                    notes.getText(), event.getText());
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
