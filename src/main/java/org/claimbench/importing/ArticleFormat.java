package org.claimbench.importing;

import org.claimbench.domain.ArticleDraft;

/** One kind of article file: turns its decoded content into the text a user reads and annotates. */
interface ArticleFormat {

    ArticleDraft parse(String content, String fileName);
}
