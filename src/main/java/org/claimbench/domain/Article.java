package org.claimbench.domain;

import java.time.Instant;

/** An article without its text (texts can be megabytes; they are loaded on demand). */
public record Article(long id, ArticleMetadata metadata, int length, String textSha256, Instant importedAt) {

    public String title() {
        return metadata.title();
    }

    public Article withMetadata(ArticleMetadata newMetadata) {
        return new Article(id, newMetadata, length, textSha256, importedAt);
    }
}
