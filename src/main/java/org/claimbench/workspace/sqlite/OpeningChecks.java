package org.claimbench.workspace.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.claimbench.workspace.WorkspaceException;

/**
 * What a file must be before {@link Database#open} hands it to SQLite, and the sentences that say
 * why one is refused: a path the driver takes literally, a regular file that can be read in a
 * folder that can be written to, a SQLite header marked as a Claimbench workspace, a format
 * version this build knows. Nothing here writes to the file.
 */
final class OpeningChecks {

    private OpeningChecks() {
    }

    /** A path open() can take: an existing regular file it may read, in a folder it may write to (for SQLite's journal). */
    static void requireOpenable(Path file) {
        if (Files.isDirectory(file)) {
            throw new WorkspaceException("'" + file + "' is a folder. Open a .claimbench file, or use File > New to create a workspace.");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new WorkspaceException("'" + file + "' is not a regular file (a device or a pipe). Open a .claimbench file.");
        }
        if (!Files.isRegularFile(file)) {
            throw new WorkspaceException("'" + file + "' does not exist. Use File > New to create a workspace.");
        }
        if (!Files.isReadable(file)) {
            throw new WorkspaceException("'" + file.getFileName() + "' cannot be read: check its permissions.");
        }
        Path folder = file.getParent();
        if (folder != null && !Files.isWritable(folder)) {
            // SQLite keeps its journal (the -wal file) beside the workspace: a folder it cannot write to cannot hold an open workspace.
            throw new WorkspaceException("'" + file.getFileName() + "' is in a folder Claimbench cannot write to (" + folder
                    + "). Copy the workspace to a folder you can write to and open the copy.");
        }
    }

    /**
     * A path SQLite's JDBC driver would not take literally: it reads what follows a '?' as its own
     * options (so "w.claimbench?foreign_keys=on" would open w.claimbench). Refused rather than risked.
     */
    static void refuseOddName(Path file) {
        if (file.toString().indexOf('?') >= 0) {
            throw new WorkspaceException("'" + file.getFileName() + "': a workspace's path may not hold a '?' (the database driver would read "
                    + "what follows it as options and could open another file). Rename the file or its folder.");
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    /** Reads the 100-byte SQLite header by hand, so a foreign file is never handed to SQLite. */
    static void checkHeader(Path file) {
        byte[] header = new byte[100];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, header.length);
        } catch (IOException e) {
            throw new WorkspaceException("'" + file.getFileName() + "' cannot be read: " + e.getMessage(), e);
        }
        if (!org.claimbench.domain.WorkspaceFormat.isWorkspace(header, read)) {
            throw notAWorkspace(file);
        }
        requireKnownVersion(file, org.claimbench.domain.WorkspaceFormat.schemaVersion(header));
    }

    /** A format version this build writes or can migrate from (not negative, not newer than {@link Database#SCHEMA_VERSION}). */
    static void requireKnownVersion(Path file, int version) {
        if (version < 0) {
            throw corrupt(file, "its format version is " + version + ", which no Claimbench writes");
        }
        if (version > Database.SCHEMA_VERSION) {
            throw newerVersion(file, version);
        }
    }

    static WorkspaceException notAWorkspace(Path file) {
        return new WorkspaceException("'" + file.getFileName() + "' is not a Claimbench workspace. "
                + "Open a .claimbench file, or use File > Import to add articles from it.");
    }

    static WorkspaceException newerVersion(Path file, int version) {
        return new WorkspaceException("'" + file.getFileName() + "' was saved by a newer Claimbench (workspace format "
                + version + "; this version reads up to " + Database.SCHEMA_VERSION + "). Update Claimbench to open it; the file was not changed.");
    }

    static WorkspaceException corrupt(Path file, String detail) {
        return new WorkspaceException("'" + file.getFileName() + "' is damaged and cannot be opened safely ("
                + detail + "). The file was not changed; open a copy or a backup instead.");
    }
}
