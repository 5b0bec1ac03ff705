package org.claimbench.workspace;

import org.claimbench.domain.Article;

/** The result of adding an article: the stored article, or the one that already had this text. */
public record AddedArticle(Article article, boolean duplicate) {
}
