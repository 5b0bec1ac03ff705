package org.claimbench.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** An article about to be added: its metadata and its text, line endings already normalised. */
public record ArticleDraft(ArticleMetadata metadata, String text) {

    public ArticleDraft {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("An article needs some text");
        }
        text = WellFormed.text(text);
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
