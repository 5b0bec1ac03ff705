package org.claimbench.analysis;

import org.claimbench.domain.TextSpan;

/**
 * A likely claim: the statement's span, who made it and for which source, and the reason in one
 * sentence ("Ushakov 'stressed' it; Ushakov speaks for the Kremlin readout").
 */
public record ClaimSuggestion(long articleId, TextSpan span, String speaker, String source, String reason, double score) {
}
