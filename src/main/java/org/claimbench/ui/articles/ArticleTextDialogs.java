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

    /**
     * The text to edit with its claims drawn in their sources' colours, so the editor sees which
     * words carry claims; the colours move with the words as they type, and words typed inside a
     * claim take its colour (EditedClaimSpans); once the typing pauses, they are drawn where saving will put them
     * (EditPreview: a rewritten claim loses its colour, a moved paragraph keeps its). The dialog has the app's stylesheet: the text and a
     * selection look as they do in the panes.
     */
    static Optional<String> edit(Window owner, Article a, String text, java.util.List<org.claimbench.domain.Claim> claims,
                                 org.claimbench.ui.article.HighlightStyles.Look look) {
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Edit text");
        d.setHeaderText("Edit “" + a.title() + "”. The coloured words carry claims: claims follow the text, and the current text is kept as an "
                + "earlier version.");
        if (owner != null && owner.getScene() != null) {
            d.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        org.fxmisc.richtext.InlineCssTextArea area = new WordSelectingTextArea(text);
        area.setId("articleTextEditor");
        area.getStyleClass().add("article-text");
        area.setWrapText(true);
        area.setUseInitialStyleForInsertion(true);
        org.claimbench.ui.article.HighlightStyles styles = new org.claimbench.ui.article.HighlightStyles();
        EditedClaimSpans placed = new EditedClaimSpans(claims);
        if (!text.isEmpty()) {
            area.setStyleSpans(0, org.claimbench.ui.article.ClusterRuns.split(text, 0, styles.compute(placed.claims(), 0, text.length(), look)));
        }
        java.util.function.Consumer<java.util.List<org.claimbench.domain.Claim>> drawAll = now -> {
            placed.reset(now);
            String t = area.getText();
            if (!t.isEmpty()) {
                area.setStyleSpans(0, org.claimbench.ui.article.ClusterRuns.split(t, 0, styles.compute(placed.claims(), 0, t.length(), look)));
            }
        };
        EditPreview preview = new EditPreview(text, claims, area::getText, drawAll);
        // Undo and redo take back and put back text only: the colours are drawn from the claims' places, never undone as
        // steps of their own. With RichTextFX's default (rich text) history each recolouring was a step: the first Ctrl+Z
        // took a colour back, not the words, and the recolouring after an undo cleared the redo steps (editor58).
        area.setUndoManager(org.fxmisc.richtext.util.UndoUtils.plainTextUndoManager(area));
        area.plainTextChanges().subscribe(change -> {
            int at = change.getPosition();
            int inserted = change.getInserted().length();
            java.util.Optional<java.util.List<org.claimbench.domain.Claim>> known = preview.known(area.getText());
            if (known.isPresent()) {
                drawAll.accept(known.get());
            } else {
                placed.replaced(at, change.getRemoved().length(), inserted);
                if (inserted > 0) {
                    area.setStyleSpans(at, org.claimbench.ui.article.ClusterRuns.split(area.getText(), at, styles.compute(placed.claims(), at, at + inserted, look)));
                }
            }
            preview.changed();
        });
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
        c.setInitialDirectory(org.claimbench.ui.common.FileChoices.startFolder());
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Articles (*.txt, *.md, *.html)", "*.txt", "*.md", "*.markdown", "*.html", "*.htm"));
        File f = org.claimbench.ui.common.FileChoices.thenFocus(owner, () -> c.showOpenDialog(owner));
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
