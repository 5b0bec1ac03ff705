package org.claimbench.domain;

import java.time.Instant;

/** An earlier text of an article, kept when the text was edited or a new version imported. */
public record ArticleVersion(long articleId, int version, String text, Instant replaced) {
}
