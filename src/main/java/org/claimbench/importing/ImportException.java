package org.claimbench.importing;

/** A file that cannot be imported, with a message that names it and says what to do. */
public class ImportException extends Exception {

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
