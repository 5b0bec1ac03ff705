package org.claimbench.ui.articles;

import java.nio.file.Path;
import java.util.List;

import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleMetadata;

/** What the article list asks the workbench to do. */
public interface ArticleActions {

    void importFiles(List<Path> files);

    void addPasted(String text, String title);

    /** Shows the article in the pane that last had the focus. */
    void open(Article article);

    void openInNewPane(Article article);

    void updateMetadata(Article article, ArticleMetadata metadata);

    /** The event the suggestion engine inferred from the article's text, "" when it has not (yet). */
    String inferredEvent(Article article);

    void remove(Article article);

    /** Replaces the article's text (edited, or a new version); claims follow it. */
    void revise(Article article, String newText);

    String text(Article article);

    /** Earlier texts of the article, oldest first. */
    List<org.claimbench.domain.ArticleVersion> versions(Article article);

    /** How many claims an article has (for the list and the remove confirmation). */
    int claimCount(Article article);
}
