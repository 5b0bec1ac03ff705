package org.claimbench.workspace;

import org.claimbench.domain.TextSpan;

/** A claim to be marked: where, whose, and by whom. */
public record ClaimDraft(long articleId, TextSpan span, long sourceId, String speaker, String note) {
}
