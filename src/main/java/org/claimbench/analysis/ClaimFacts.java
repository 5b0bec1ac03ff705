package org.claimbench.analysis;

/** What the contradiction engine needs of a claim: its words, its source, and the event its article reports. */
public record ClaimFacts(long id, long articleId, String text, String source, String event) {
}
