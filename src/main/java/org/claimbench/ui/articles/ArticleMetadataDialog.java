package org.claimbench.ui.articles;

import java.time.LocalDate;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleMetadata;

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
        TextArea notes = new TextArea(m.notes());
        notes.setId("metaNotes");
        notes.setPrefRowCount(4);
        notes.setWrapText(true);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.setPadding(new Insets(10));
        g.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(360));
        g.addRow(0, new Label("Title"), title);
        g.addRow(1, new Label("Outlet"), outlet);
        g.addRow(2, new Label("Author"), author);
        g.addRow(3, new Label("URL"), url);
        g.addRow(4, new Label("Published"), published);
        g.addRow(5, new Label("Language"), language);
        g.addRow(6, new Label("Notes"), notes);
        GridPane.setHgrow(notes, Priority.ALWAYS);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            LocalDate date = published.getValue();
            return new ArticleMetadata(title.getText(), outlet.getText(), author.getText(), url.getText(), date, language.getText(), notes.getText());
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
