package org.claimbench.importing;

import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;

/** Plain text: kept as it is, line endings made uniform; the first line serves as title. */
final class PlainTextFormat implements ArticleFormat {

    @Override
    public ArticleDraft parse(String content, String fileName) {
        String text = Texts.normalise(content);
        return new ArticleDraft(ArticleMetadata.titled(Texts.titleFrom(text, fileName)), text);
    }
}
