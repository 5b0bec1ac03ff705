package org.claimbench.analysis.evaluation;

/** A corpus that cannot be read as it should: the message names the file (and line) and says what to do. */
public final class CorpusException extends IllegalArgumentException {

    public CorpusException(String message) {
        super(message);
    }
}
