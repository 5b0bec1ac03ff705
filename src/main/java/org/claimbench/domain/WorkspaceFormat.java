package org.claimbench.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * How a Claimbench workspace file is recognised: a SQLite database (its 16-byte header string)
 * whose {@code PRAGMA application_id}, stored big-endian at byte 68 of the header, is "ClMB".
 * Shared by the storage layer (which refuses foreign files) and the exports (which refuse to
 * overwrite a workspace).
 */
public final class WorkspaceFormat {

    /** "ClMB". */
    public static final int APPLICATION_ID = 0x436C4D42;
    /** Bytes of the SQLite file header to read. */
    public static final int HEADER_LENGTH = 100;

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private WorkspaceFormat() {
    }

    /** Whether the first bytes of a file (read up to {@link #HEADER_LENGTH}) are a SQLite header. */
    public static boolean isSqlite(byte[] header, int read) {
        return read >= HEADER_LENGTH && Arrays.equals(header, 0, SQLITE_MAGIC.length, SQLITE_MAGIC, 0, SQLITE_MAGIC.length);
    }

    /** Whether the first bytes of a file are those of a Claimbench workspace. */
    public static boolean isWorkspace(byte[] header, int read) {
        return isSqlite(header, read) && ByteBuffer.wrap(header).getInt(68) == APPLICATION_ID;
    }

    /** The schema version (PRAGMA user_version) a SQLite header states. */
    public static int schemaVersion(byte[] header) {
        return ByteBuffer.wrap(header).getInt(60);
    }
}
