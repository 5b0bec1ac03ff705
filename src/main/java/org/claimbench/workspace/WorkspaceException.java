package org.claimbench.workspace;

/** A problem with a workspace file or an edit, worded for the person using the app. */
public class WorkspaceException extends RuntimeException {

    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
