package org.claimbench.domain;

/** An optional question that groups claims, e.g. "How long was the call?". */
public record Topic(long id, String label) {
}
