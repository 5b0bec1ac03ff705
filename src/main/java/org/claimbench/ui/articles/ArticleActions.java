package org.claimbench.ui.articles;

import java.nio.file.Path;
import java.util.List;

import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleMetadata;

/** What the article list asks the workbench to do. */
public interface ArticleActions {

    void importFiles(List<Path> files);

    void addPasted(String text, String title);

    /** Adds a pasted article with the details given in the Paste dialog, and shows it in a pane. */
    void addPasted(PasteArticleDialog.Result pasted);

    /** Shows the article in the pane that last had the focus. */
    void open(Article article);

    void openInNewPane(Article article);

    void updateMetadata(Article article, ArticleMetadata metadata);

    /** Sets the event {@code articles} report ("" takes their own events off), all of them in one undoable step. */
    void setEvent(List<Article> articles, String event);

    /** The event the suggestion engine inferred from the article's text, "" when it has not (yet). */
    String inferredEvent(Article article);

    /** The event the article reports: the one set in its details, else the inferred one ("" when neither). */
    String eventOf(Article article);

    /** The events the workspace's articles report ({@link #eventOf}), each once, sorted; none empty. */
    List<String> events();

    void remove(Article article);

    /** Gives the article a new text (undoable); origin says where it came from: EDIT, FILE or RESTORE. */
    void revise(Article article, String newText, org.claimbench.domain.TextOrigin origin);

    String text(Article article);

    /** Earlier texts of the article, oldest first. */
    List<org.claimbench.domain.ArticleVersion> versions(Article article);

    /** An article's claims placed in its text, sorted by start (the text editor shows them). */
    List<org.claimbench.domain.Claim> claimsOf(Article article);

    /** Each source's colour by id, and whether the dark theme is on: how claims are drawn. */
    org.claimbench.ui.article.HighlightStyles.Look look();

    /** The article's claims with their sources' colours, to draw them over a comparison of versions. */
    List<VersionsDialog.DrawnClaim> drawnClaims(Article article);

    /** How many claims an article has (for the list and the remove confirmation). */
    int claimCount(Article article);
}
