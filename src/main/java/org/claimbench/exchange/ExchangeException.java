package org.claimbench.exchange;

/** A file that cannot be imported or written, with a message that names it and says what to do. */
public class ExchangeException extends java.io.IOException {

    public ExchangeException(String message) {
        super(message);
    }
}
