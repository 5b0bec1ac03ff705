package org.claimbench.domain;

import java.time.Instant;

/**
 * An article without its text (texts can be megabytes; they are loaded on demand). {@code length}
 * is in UTF-16 units; {@code textOrigin} says where the current text came from.
 */
public record Article(long id, ArticleMetadata metadata, int length, String textSha256, Instant importedAt, TextOrigin textOrigin) {

    /**
     * The longest text an article may have, in UTF-16 units: what a 20 MiB file of plain ASCII
     * gives. Imports, edits and exchange formats all hold to it, so whatever is accepted round-trips.
     */
    public static final int MAX_LENGTH = 20 * 1024 * 1024;

    public Article {
        textOrigin = textOrigin == null ? TextOrigin.IMPORT : textOrigin;
    }

    /** An article whose text is the one it was imported with. */
    public Article(long id, ArticleMetadata metadata, int length, String textSha256, Instant importedAt) {
        this(id, metadata, length, textSha256, importedAt, TextOrigin.IMPORT);
    }

    /**
     * The record's own equals written out (hashCode stays generated, and agrees): a generated one is
     * linked at its first call, 25-45 ms of processor time for the first in a JVM, and a pane's article
     * property compares its new value with the old on the JavaFX thread on the way to the first frame.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Article a && id == a.id && length == a.length && java.util.Objects.equals(metadata, a.metadata)
                && java.util.Objects.equals(textSha256, a.textSha256) && java.util.Objects.equals(importedAt, a.importedAt)
                && textOrigin == a.textOrigin;
    }

    public String title() {
        return metadata.title();
    }

    public Article withMetadata(ArticleMetadata newMetadata) {
        return new Article(id, newMetadata, length, textSha256, importedAt, textOrigin);
    }

    /** The article with another text (its length and fingerprint) from an origin. */
    public Article withText(int newLength, String newSha256, TextOrigin origin) {
        return new Article(id, metadata, newLength, newSha256, importedAt, origin);
    }
}
