package org.claimbench.ui.workbench;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.claimbench.domain.Article;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.article.TextSearch;
import org.claimbench.workspace.Workspace;

/**
 * Find in All Articles (Ctrl+Shift+F): every place of a phrase in every article of the workspace,
 * listed by article with its words around it; Enter or a double-click shows the article in a pane
 * with that place chosen and every other place in it boxed.
 */
final class ArticleSearchDialog {

    /** One line of the list: an article with its number of hits, or one hit with its context. */
    record Line(Article article, int hits, TextSpan span, String context) {
        boolean isArticle() {
            return span == null;
        }
    }

    private ArticleSearchDialog() {
    }

    /** The lines for a phrase: each article that holds it, then its hits; read off the JavaFX thread. */
    static List<Line> search(Workspace w, String phrase) {
        List<Line> out = new ArrayList<>();
        for (Article a : w.articles()) {
            String text = w.text(a.id());
            List<TextSpan> hits = TextSearch.hits(text, phrase);
            if (hits.isEmpty()) {
                continue;
            }
            out.add(new Line(a, hits.size(), null, ""));
            for (TextSpan h : hits) {
                int from = Math.max(0, h.start() - 50);
                int to = Math.min(text.length(), h.end() + 50);
                out.add(new Line(a, hits.size(), h, (from > 0 ? "…" : "") + text.substring(from, to).replace('\n', ' ') + (to < text.length() ? "…" : "")));
            }
        }
        return out;
    }

    static void show(Window owner, WorkbenchViewModel vm) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.initModality(javafx.stage.Modality.NONE);
        d.setTitle("Find in all articles");
        d.setHeaderText("Every place of a phrase in every article. Enter shows the one chosen in a pane.");
        TextField field = new TextField();
        field.setId("searchAllField");
        field.setPromptText("Words to find, e.g. ceasefire");
        Label summary = new Label();
        summary.setId("searchAllSummary");
        summary.getStyleClass().add("muted");
        ListView<Line> list = new ListView<>();
        list.setId("searchAllResults");
        list.setPrefSize(640, 380);
        list.setPlaceholder(new Label("Type words above: the articles that hold them are listed here."));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Line line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().remove("search-article");
                if (empty || line == null) {
                    setText(null);
                } else if (line.isArticle()) {
                    setText(line.article().title() + "  ·  " + line.hits() + (line.hits() == 1 ? " place" : " places"));
                    getStyleClass().add("search-article");
                } else {
                    setText("    " + line.context());
                }
            }
        });
        field.textProperty().addListener((o, was, now) -> vm.model().workspace().ifPresent(w -> vm.tasks().run("Finding “" + now + "”",
                p -> search(w, now), lines -> {
                    if (now.equals(field.getText())) {
                        list.getItems().setAll(lines);
                        long articles = lines.stream().filter(Line::isArticle).count();
                        long places = lines.size() - articles;
                        summary.setText(now.isBlank() ? "" : places == 0 ? "Found nowhere." : places + (places == 1 ? " place in " : " places in ")
                                + articles + (articles == 1 ? " article" : " articles"));
                    }
                }, e -> summary.setText(String.valueOf(e.getMessage())))));
        Runnable open = () -> {
            Line line = list.getSelectionModel().getSelectedItem();
            if (line != null) {
                vm.showFound(line.article(), field.getText(), line.isArticle() ? 0 : line.span().start());
            }
        };
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open.run();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                open.run();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().select(Math.min(1, list.getItems().size() - 1));
            }
        });
        VBox box = new VBox(8, field, summary, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.setResizable(true);
        d.setOnShown(e -> field.requestFocus());
        d.show();
    }
}
