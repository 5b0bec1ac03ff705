package org.claimbench.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.claimbench.domain.Article;
import org.claimbench.domain.TextSpan;
import org.claimbench.workspace.sqlite.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseSafetyTest {

    @TempDir
    Path dir;

    @Test
    void aFileThatIsNotAWorkspaceIsRefusedAndLeftUntouched() throws Exception {
        Path notes = dir.resolve("notes.claimbench");
        Files.writeString(notes, "These are my notes, not a database.");
        byte[] before = Files.readAllBytes(notes);
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(notes));
        assertTrue(e.getMessage().contains("is not a Claimbench workspace"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(notes));
    }

    @Test
    void aForeignSqliteDatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (x)");
            st.execute("INSERT INTO t VALUES (1)");
        }
        byte[] before = Files.readAllBytes(other);
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(other));
        assertTrue(e.getMessage().contains("not a Claimbench workspace"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(other));
    }

    @Test
    void aWorkspaceFromANewerClaimbenchIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("newer.claimbench");
        Workspace.create(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
            st.execute("PRAGMA user_version = " + (Database.SCHEMA_VERSION + 5));
        }
        byte[] before = Files.readAllBytes(file);
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(file));
        assertTrue(e.getMessage().contains("newer Claimbench"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aCorruptWorkspaceIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("corrupt.claimbench");
        try (Workspace w = Workspace.create(file)) {
            for (int i = 0; i < 40; i++) {
                TempWorkspaces.addArticle(w, "A" + i, ("Article number " + i + " says something. ").repeat(200));
            }
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            // Scribble over pages in the middle of the file, past the header.
            for (long pos = 8192; pos < raf.length() - 4096; pos += 4096) {
                raf.seek(pos);
                raf.write(new byte[] {(byte) 0xFF, 0x13, 0x37, (byte) 0xEE, 0x00, 0x42, 0x11, 0x22});
            }
        }
        byte[] before = Files.readAllBytes(file);
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(file));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aWorkspaceOpenElsewhereIsRefusedWithAClearMessage() {
        Path file = dir.resolve("busy.claimbench");
        try (Workspace first = Workspace.create(file)) {
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(file));
            assertTrue(e.getMessage().contains("already open"), e.getMessage());
            assertEquals("ok", first.integrityCheck());
        }
        Workspace.open(file).close();
    }

    @Test
    void theFileIsMarkedAsClaimbenchsAndUsesWalAndForeignKeys() throws Exception {
        Path file = dir.resolve("pragmas.claimbench");
        try (Workspace w = Workspace.create(file)) {
            Article a = TempWorkspaces.addArticle(w, "A", "Some words to mark.");
            w.markClaim(a.id(), new TextSpan(0, 4), w.sources().get(0).id(), "", "");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            assertEquals(Database.APPLICATION_ID, intPragma(st, "application_id"));
            assertEquals(Database.SCHEMA_VERSION, intPragma(st, "user_version"));
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                assertEquals("wal", rs.getString(1));
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'claim_article'")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
    }

    private static int intPragma(Statement st, String name) throws Exception {
        try (ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
