package org.claimbench.domain;

import java.time.Instant;

/**
 * An earlier text of an article (version 1 is the first), kept when the text was edited, a new
 * version imported or another version restored; {@code replaced} is when the next text took its
 * place, {@code origin} where this text itself came from.
 */
public record ArticleVersion(long articleId, int version, String text, Instant replaced, TextOrigin origin) {

    public ArticleVersion {
        origin = origin == null ? TextOrigin.IMPORT : origin;
    }
}
