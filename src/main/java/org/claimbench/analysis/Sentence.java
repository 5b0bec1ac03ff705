package org.claimbench.analysis;

import org.claimbench.domain.TextSpan;

/** A sentence of an article: where it is, and which paragraph (line block) it belongs to. */
public record Sentence(TextSpan span, int paragraph, String text) {

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
