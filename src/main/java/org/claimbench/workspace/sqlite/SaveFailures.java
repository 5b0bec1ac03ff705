package org.claimbench.workspace.sqlite;

import java.nio.file.Path;
import java.sql.SQLException;

import org.claimbench.workspace.WorkspaceException;

/** A failed save of a workspace, said as what happened and what to do: the change was not saved, everything before it is. */
final class SaveFailures {

    private SaveFailures() {
    }

    static WorkspaceException describe(Path file, SQLException e) {
        String message = String.valueOf(e.getMessage());
        int code = e instanceof org.sqlite.SQLiteException se ? se.getResultCode().code & 0xFF : e.getErrorCode() & 0xFF;
        if (code == 13 || message.contains("SQLITE_FULL") || message.contains("disk is full")) {
            return new WorkspaceException("The disk is full: the last change was not saved (everything before it is safe in '"
                    + file.getFileName() + "'). Free some space, then make the change again.", e);
        }
        if (code == 10 || message.contains("SQLITE_IOERR")) {
            return new WorkspaceException("The disk could not be written (" + message + "): the last change was not saved, everything "
                    + "before it is safe. Check the disk, then make the change again.", e);
        }
        if (code == 8 || message.contains("SQLITE_READONLY")) {
            return new WorkspaceException("'" + file.getFileName() + "' cannot be written (it or its folder is read-only): the last change "
                    + "was not saved. Save a copy in a folder you can write to.", e);
        }
        if (code == 5 || message.contains("SQLITE_BUSY")) {
            return new WorkspaceException("'" + file.getFileName() + "' is busy (another program is writing to it): the last change was not "
                    + "saved. Close the other program, then make the change again.", e);
        }
        return new WorkspaceException("The workspace could not be saved: " + message, e);
    }
}
