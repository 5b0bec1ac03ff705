package org.claimbench.ui.articles;

import java.io.File;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.claimbench.domain.Article;
import org.claimbench.importing.ArticleImporter;
import org.claimbench.importing.ImportException;

/** Editing an article's text (a draft) and importing a new version of it. */
final class ArticleTextDialogs {

    private ArticleTextDialogs() {
    }

    static Optional<String> edit(Window owner, Article a, String text) {
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Edit text");
        d.setHeaderText("Edit “" + a.title() + "”. Claims follow the text; the current text is kept as an earlier version.");
        TextArea area = new TextArea(text);
        area.setId("articleTextEditor");
        area.setWrapText(true);
        area.setPrefSize(760, 480);
        d.getDialogPane().setContent(area);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? area.getText() : null);
        return d.showAndWait().filter(t -> !t.equals(text));
    }

    static Optional<String> chooseVersionFile(Window owner, Article a) {
        FileChooser c = new FileChooser();
        c.setTitle("New version of “" + a.title() + "”");
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Articles (*.txt, *.md, *.html)", "*.txt", "*.md", "*.markdown", "*.html", "*.htm"));
        File f = c.showOpenDialog(owner);
        if (f == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ArticleImporter().importFile(f.toPath()).draft().text());
        } catch (ImportException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.initOwner(owner);
            alert.setHeaderText("Cannot read the new version");
            alert.show();
            return Optional.empty();
        }
    }

}
