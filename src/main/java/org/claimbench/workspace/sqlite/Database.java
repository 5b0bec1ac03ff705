package org.claimbench.workspace.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.claimbench.workspace.WorkspaceException;

/**
 * One workspace file: a single SQLite connection with the pragmas, checks and migrations of
 * ARCHITECTURE.md. Every method is synchronized: the UI thread makes small edits while background
 * tasks read article texts, and SQLite connections are not meant to be shared without that.
 */
public final class Database implements AutoCloseable {

    /** "ClMB": marks a SQLite file as a Claimbench workspace. */
    public static final int APPLICATION_ID = org.claimbench.domain.WorkspaceFormat.APPLICATION_ID;
    /** The newest schema this build knows. */
    public static final int SCHEMA_VERSION = Migrations.LATEST;

    private final Path file;
    private final Connection connection;
    private final WorkspaceLock lock;
    /** A second, read-only connection for long reads in the background (see readInBackground). */
    private Connection reader;
    private final Object readerLock = new Object();

    private Database(Path file, Connection connection, WorkspaceLock lock) {
        this.file = file;
        this.connection = connection;
        this.lock = lock;
    }

    /** Opens an existing workspace, or creates it (with its schema) if the file does not exist. */
    public static Database openOrCreate(Path file) {
        return Files.exists(file) ? open(file) : create(file);
    }

    /**
     * The one path of a workspace file however it is reached (a link, "..", a relative path): the
     * lock and the connection use it, so two processes can never both hold one file.
     */
    static Path canonical(Path file) {
        try {
            if (Files.exists(file)) {
                return file.toRealPath();
            }
            Path absolute = file.toAbsolutePath().normalize();
            Path parent = absolute.getParent();
            return parent != null && Files.exists(parent) ? parent.toRealPath().resolve(absolute.getFileName()) : absolute;
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    /** Creates a new, empty workspace file. */
    public static Database create(Path given) {
        Path file = canonical(given);
        OpeningChecks.refuseOddName(file);
        if (Files.exists(file)) {
            throw new WorkspaceException("'" + file.getFileName() + "' exists already. Choose another name, or open it instead.");
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new WorkspaceException("Cannot create the folder for '" + file.getFileName() + "': " + e.getMessage(), e);
        }
        WorkspaceLock lock = WorkspaceLock.acquire(file);
        try {
            Connection c = connect(file);
            try (Statement st = c.createStatement()) {
                // The header pragmas go in while the file is still in rollback-journal mode, so they
                // are in the main file at once (a WAL would hold them until a checkpoint).
                st.execute("PRAGMA application_id = " + APPLICATION_ID);
                st.execute("PRAGMA user_version = 0");
            }
            // The file exists now: lock it by its identity too, so a hard link to it cannot open it a second time.
            lock.lockIdentity(file);
            Database db = new Database(file, c, lock);
            db.migrate(0);
            db.configure();
            return db;
        } catch (SQLException e) {
            lock.close();
            throw new WorkspaceException("Cannot create the workspace '" + file + "': " + e.getMessage(), e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens an existing workspace. A file that is not a Claimbench workspace, a corrupt one or one
     * from a newer Claimbench is refused before anything is written to it.
     */
    public static Database open(Path given) {
        Path file = canonical(given);
        OpeningChecks.refuseOddName(file);
        OpeningChecks.requireOpenable(file);
        // The lock first: reading the header opens and closes the file, which would drop the POSIX
        // locks SQLite holds on it if this process had it open already.
        WorkspaceLock lock = WorkspaceLock.acquire(file);
        Connection c = null;
        try {
            OpeningChecks.checkHeader(file);
            c = connect(file);
            int appId = pragmaInt(c, "application_id");
            if (appId != APPLICATION_ID) {
                throw OpeningChecks.notAWorkspace(file);
            }
            int version = pragmaInt(c, "user_version");
            OpeningChecks.requireKnownVersion(file, version);
            String check = quickCheck(c);
            if (!"ok".equals(check)) {
                throw OpeningChecks.corrupt(file, check);
            }
            Database db = new Database(file, c, lock);
            db.configure();
            try {
                db.migrate(version);
            } catch (SQLException | WorkspaceException e) {
                // A migration that fails on a file that says it needs it: the version number does not match what the file holds.
                throw OpeningChecks.corrupt(file, "it says it is format version " + version + " but holds tables of a later one ("
                        + OpeningChecks.rootMessage(e) + ")");
            }
            return db;
        } catch (SQLException e) {
            closeQuietly(c);
            lock.close();
            throw OpeningChecks.corrupt(file, e.getMessage());
        } catch (RuntimeException e) {
            closeQuietly(c);
            lock.close();
            throw e;
        }
    }

    private static Connection connect(Path file) throws SQLException {
        SqliteNativeLibrary.load();
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = 3000");
        }
        return c;
    }

    private static String quickCheck(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA quick_check(1)")) {
            return rs.next() ? rs.getString(1) : "no answer from quick_check";
        }
    }

    private static int pragmaInt(Connection c, String name) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private void configure() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
            // NORMAL in WAL mode: a committed transaction survives the process being killed; only
            // a power cut can lose the last few, and the file stays valid either way.
            st.execute("PRAGMA synchronous = NORMAL");
            st.execute("PRAGMA foreign_keys = ON");
        }
        connection.setAutoCommit(true);
    }

    private void migrate(int from) throws SQLException {
        for (int v = from + 1; v <= SCHEMA_VERSION; v++) {
            List<String> statements = Migrations.statements(v);
            int version = v;
            inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    for (String sql : statements) {
                        st.execute(sql);
                    }
                    st.execute("PRAGMA user_version = " + version);
                }
                return null;
            });
        }
    }

    public Path file() {
        return file;
    }

    /** Runs work in one transaction: all of it is committed, or none of it. */
    public synchronized <T> T inTransaction(SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackAfter(e);
                throw e;
            } finally {
                restoreAutoCommit();
            }
        } catch (SQLException e) {
            throw SaveFailures.describe(file, e);
        }
    }

    /**
     * Takes back a failed transaction. SQLite may have rolled it back itself (a full disk does):
     * then rollback fails with "no transaction is active", which must not hide the first error.
     */
    private void rollbackAfter(Exception first) {
        try {
            connection.rollback();
        } catch (SQLException again) {
            first.addSuppressed(again);
        }
    }

    private void restoreAutoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is in autocommit already after SQLite's own rollback
        }
    }


    /** Runs read-only work; reads never need a transaction of their own. */
    public synchronized <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new WorkspaceException("The workspace could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Runs a long read on a connection of its own, so edits on the main connection never wait
     * for it. In WAL mode it reads the last committed state, whatever is being written meanwhile.
     */
    public <T> T readInBackground(SqlWork<T> work) {
        synchronized (readerLock) {
            try {
                if (reader == null) {
                    org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
                    config.setReadOnly(true);
                    config.setBusyTimeout(3000);
                    reader = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
                }
                return work.run(reader);
            } catch (SQLException e) {
                throw new WorkspaceException("The workspace could not be read: " + e.getMessage(), e);
            }
        }
    }

    /** Writes a consistent copy of the workspace to target (which must not exist). */
    public synchronized void copyTo(Path target) {
        if (Files.exists(target)) {
            throw new WorkspaceException("'" + target.getFileName() + "' exists already; choose a new name.");
        }
        try (var ps = connection.prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, target.toAbsolutePath().toString());
            ps.execute();
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot save a copy to '" + target + "': " + e.getMessage(), e);
        }
    }

    /** Runs PRAGMA integrity_check; "ok" when the file is sound. */
    public synchronized String integrityCheck() {
        return read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                return rs.next() ? rs.getString(1) : "no answer";
            }
        });
    }

    /** Whether the file is still open (false once {@link #close()} ran). */
    public synchronized boolean isOpen() {
        try {
            return !connection.isClosed();
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public synchronized void close() {
        synchronized (readerLock) {
            closeQuietly(reader);
            reader = null;
        }
        try {
            if (!connection.isClosed()) {
                try (Statement st = connection.createStatement()) {
                    // Fold the WAL back into the file so a copied .claimbench is complete on its own.
                    st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                } catch (SQLException ignored) {
                    // the WAL stays beside the file and is replayed at the next open
                }
                connection.close();
            }
        } catch (SQLException ignored) {
            // closing: nothing left to save
        } finally {
            lock.close();
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing; the original error is the one to report
            }
        }
    }
}
