package org.claimbench.ui.workbench;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.StringProperty;
import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.domain.ArticleVersion;
import org.claimbench.domain.TextOrigin;
import org.claimbench.ui.articles.ArticleActions;
import org.claimbench.ui.common.UserMessages;
import org.claimbench.ui.common.WorkspaceModel;
import org.claimbench.workspace.WorkspaceException;

/**
 * What the article list asks of the workbench: import, open in a pane, edit the details, remove,
 * give the text a new version; the status line says what happened and how to undo it.
 */
final class ArticleCommands implements ArticleActions {

    private final WorkspaceModel model;
    private final ArticleImports imports;
    private final UserMessages messages;
    private final StringProperty status;
    private final Consumer<Article> open;
    private final Consumer<Article> openInNewPane;

    ArticleCommands(WorkspaceModel model, ArticleImports imports, UserMessages messages, StringProperty status,
                    Consumer<Article> open, Consumer<Article> openInNewPane) {
        this.model = model;
        this.imports = imports;
        this.messages = messages;
        this.status = status;
        this.open = open;
        this.openInNewPane = openInNewPane;
    }

    @Override
    public void importFiles(List<Path> files) {
        imports.importFiles(files);
    }

    @Override
    public void addPasted(String text, String title) {
        imports.addPasted(new org.claimbench.ui.articles.PasteArticleDialog.Result(title, "", null, text));
    }

    @Override
    public void addPasted(org.claimbench.ui.articles.PasteArticleDialog.Result pasted) {
        imports.addPasted(pasted);
    }

    @Override
    public void open(Article article) {
        open.accept(article);
    }

    @Override
    public void openInNewPane(Article article) {
        openInNewPane.accept(article);
    }

    @Override
    public void updateMetadata(Article article, ArticleMetadata metadata) {
        model.workspace().ifPresent(w -> {
            w.updateArticleMetadata(article.id(), metadata);
            status.set("Updated the details of “" + org.claimbench.ui.common.EllipsisCut.toLength(metadata.title(), 50) + "”.");
        });
    }

    @Override
    public String inferredEvent(Article article) {
        return model.workspace().flatMap(w -> w.analysis().inferredEvent(article.id())).map(e -> e.label()).orElse("");
    }

    @Override
    public void remove(Article article) {
        model.workspace().ifPresent(w -> {
            w.deleteArticle(article.id());
            status.set("Removed “" + org.claimbench.ui.common.EllipsisCut.toLength(article.title(), 50) + "”. Ctrl+Z brings it back.");
        });
    }

    @Override
    public void revise(Article article, String newText, TextOrigin origin) {
        model.workspace().ifPresent(w -> {
            try {
                status.set("New text of “" + org.claimbench.ui.common.EllipsisCut.toLength(article.title(), 40) + "”: "
                        + w.reviseArticle(article.id(), newText, origin).summary() + ". Ctrl+Z takes it back.");
            } catch (WorkspaceException e) {
                messages.error("Cannot change the text", e.getMessage());
            }
        });
    }

    @Override
    public String text(Article article) {
        return model.workspace().map(w -> w.text(article.id())).orElse("");
    }

    @Override
    public List<ArticleVersion> versions(Article article) {
        return model.workspace().map(w -> w.versions(article.id())).orElse(List.of());
    }

    @Override
    public List<org.claimbench.domain.Claim> claimsOf(Article article) {
        return model.workspace().map(w -> w.claimsOf(article.id()).stream().filter(org.claimbench.domain.Claim::hasPlace).toList())
                .orElse(List.of());
    }

    @Override
    public org.claimbench.ui.article.HighlightStyles.Look look() {
        return new org.claimbench.ui.article.HighlightStyles.Look(model.sourceColours(), java.util.Set.of(), java.util.Set.of(),
                model.darkProperty().get());
    }

    @Override
    public List<org.claimbench.ui.articles.VersionsDialog.DrawnClaim> drawnClaims(Article article) {
        return model.workspace().map(w -> w.claimsOf(article.id()).stream().filter(org.claimbench.domain.Claim::hasPlace)
                .map(c -> new org.claimbench.ui.articles.VersionsDialog.DrawnClaim(c.span(),
                        model.source(c.sourceId()).map(org.claimbench.domain.Source::colour).orElse("#888888")))
                .toList()).orElse(List.of());
    }

    @Override
    public int claimCount(Article article) {
        return model.workspace().map(w -> w.claimCountOf(article.id())).orElse(0);
    }
}
