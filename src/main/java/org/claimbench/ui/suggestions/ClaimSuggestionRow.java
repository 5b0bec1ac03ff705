package org.claimbench.ui.suggestions;

import org.claimbench.analysis.ClaimSuggestion;

/** A suggested claim as the list shows it. */
public record ClaimSuggestionRow(ClaimSuggestion suggestion, String quote, String article, long sourceId, String source, String colour) {
}
