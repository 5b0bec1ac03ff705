package org.claimbench.ui.articles;

import java.io.File;
import java.util.List;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.claimbench.domain.Article;
import org.claimbench.importing.ArticleImporter;
import org.claimbench.importing.ImportException;

/** Editing an article's text (a draft), importing a new version of it, and looking at earlier versions. */
final class ArticleTextDialogs {

    private ArticleTextDialogs() {
    }

    /**
     * The text to edit with its claims drawn in their sources' colours, so the editor sees which
     * words carry claims; the colours move with the words as they type (new words come plain).
     */
    static Optional<String> edit(Window owner, Article a, String text, java.util.List<org.claimbench.domain.Claim> claims,
                                 org.claimbench.ui.article.HighlightStyles.Look look) {
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Edit text");
        d.setHeaderText("Edit “" + a.title() + "”. The coloured words carry claims: claims follow the text, and the current text is kept as an "
                + "earlier version.");
        org.fxmisc.richtext.InlineCssTextArea area = new org.fxmisc.richtext.InlineCssTextArea(text);
        area.setId("articleTextEditor");
        area.getStyleClass().add("article-text");
        area.setWrapText(true);
        area.setUseInitialStyleForInsertion(true);
        if (!text.isEmpty()) {
            area.setStyleSpans(0, new org.claimbench.ui.article.HighlightStyles().compute(claims, 0, text.length(), look));
        }
        org.fxmisc.flowless.VirtualizedScrollPane<org.fxmisc.richtext.InlineCssTextArea> scroll = new org.fxmisc.flowless.VirtualizedScrollPane<>(area);
        scroll.setPrefSize(760, 480);
        d.getDialogPane().setContent(scroll);
        d.setResizable(true);
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

    private static final java.time.format.DateTimeFormatter VERSION_TIME =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", java.util.Locale.ENGLISH).withZone(java.time.ZoneId.systemDefault());

    /**
     * Lists an article's earlier texts; "Restore This Version" gives back the chosen one, which the
     * caller makes the current text again (the text it replaces is kept as a version in turn, and
     * the claims follow the text back), so a revision made by mistake can always be undone.
     */
    static Optional<org.claimbench.domain.ArticleVersion> showVersions(Window owner, Article a, List<org.claimbench.domain.ArticleVersion> versions) {
        Dialog<org.claimbench.domain.ArticleVersion> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Earlier versions");
        d.setHeaderText(versions.isEmpty() ? "“" + a.title() + "” has not been changed since it was imported."
                : "Earlier texts of “" + a.title() + "”, oldest first.");
        ListView<org.claimbench.domain.ArticleVersion> list = new ListView<>();
        list.setId("versionList");
        list.getItems().setAll(versions);
        list.setPrefWidth(200);
        list.setMinWidth(200);
        list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(org.claimbench.domain.ArticleVersion v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : "Version " + v.version() + "\nuntil " + VERSION_TIME.format(v.replaced()));
            }
        });
        TextArea text = new TextArea();
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(600, 460);
        list.getSelectionModel().selectedItemProperty().addListener((o, x, v) -> text.setText(v == null ? "" : v.text()));
        list.getSelectionModel().selectLast();
        VBox right = new VBox(4, new Label("Text"), text);
        HBox box = new HBox(8, list, right);
        HBox.setHgrow(right, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.VBox.setVgrow(text, javafx.scene.layout.Priority.ALWAYS);
        d.setResizable(true);
        d.getDialogPane().setPrefWidth(900);
        box.setPadding(new Insets(8));
        d.getDialogPane().setContent(box);
        ButtonType restore = new ButtonType("Restore This Version", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(restore, ButtonType.CLOSE);
        javafx.scene.Node restoreButton = d.getDialogPane().lookupButton(restore);
        restoreButton.setId("restoreVersion");
        restoreButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        d.setResultConverter(b -> b == restore ? list.getSelectionModel().getSelectedItem() : null);
        return d.showAndWait();
    }
}
