package org.claimbench.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An article about to be added: its metadata, its text (line endings already normalised), and where the text comes from
 * ({@link TextOrigin#IMPORT} or {@link TextOrigin#PASTE}; null is IMPORT).
 */
public record ArticleDraft(ArticleMetadata metadata, String text, TextOrigin origin) {

    public ArticleDraft {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("An article needs some text");
        }
        text = WellFormed.text(text);
        origin = origin == null ? TextOrigin.IMPORT : origin;
    }

    /** An imported article's draft. */
    public ArticleDraft(ArticleMetadata metadata, String text) {
        this(metadata, text, TextOrigin.IMPORT);
    }

    /** The same text and origin with other metadata. */
    public ArticleDraft withMetadata(ArticleMetadata newMetadata) {
        return new ArticleDraft(newMetadata, text, origin);
    }

    /** Identifies the text: the same text imported twice is a duplicate whatever its title. */
    public String sha256() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
