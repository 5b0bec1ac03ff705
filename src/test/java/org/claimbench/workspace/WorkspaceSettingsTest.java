package org.claimbench.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;

import org.claimbench.workspace.sqlite.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace's own settings (schema version 9) on real SQLite files: kept in the file, read back after reopening. */
class WorkspaceSettingsTest {

    @TempDir
    Path dir;

    @Test
    void aSettingIsCommittedAtOnceAndReadAfterReopening() throws Exception {
        Path file = dir.resolve("desk.claimbench");
        try (Workspace w = Workspace.create(file)) {
            assertEquals(Optional.empty(), w.settings().get(WorkspaceSettings.REPORT_TITLE));
            w.settings().put(WorkspaceSettings.REPORT_TITLE, "Harbour desk — the week’s claims");
            // Committed before put returns: another connection sees it while the workspace is still open.
            assertEquals("Harbour desk — the week’s claims", readRaw(file, WorkspaceSettings.REPORT_TITLE));
            w.settings().put(WorkspaceSettings.REPORT_TITLE, "Harbour desk, second draft");
            w.settings().put("other.key", "kept too");
            assertFalse(w.undoLabel().isPresent(), "a setting is no undo step");
        }
        try (Workspace w = Workspace.open(file)) {
            assertEquals(Optional.of("Harbour desk, second draft"), w.settings().get(WorkspaceSettings.REPORT_TITLE));
            assertEquals(Optional.of("kept too"), w.settings().get("other.key"));
            w.settings().remove(WorkspaceSettings.REPORT_TITLE);
            w.settings().remove("never.set");
            assertThrows(IllegalArgumentException.class, () -> w.settings().put(" ", "x"));
        }
        try (Workspace w = Workspace.open(file)) {
            assertEquals(Optional.empty(), w.settings().get(WorkspaceSettings.REPORT_TITLE), "removed, also on disk");
            assertEquals(Optional.of("kept too"), w.settings().get("other.key"));
            assertEquals("ok", w.integrityCheck());
        }
    }

    @Test
    void aSaveAsCopyKeepsTheSettings() {
        Path file = dir.resolve("a.claimbench");
        Path copy = dir.resolve("b.claimbench");
        try (Workspace w = Workspace.create(file)) {
            w.settings().put(WorkspaceSettings.REPORT_TITLE, "Copied title");
            w.copyTo(copy);
        }
        try (Workspace w = Workspace.open(copy)) {
            assertEquals(Optional.of("Copied title"), w.settings().get(WorkspaceSettings.REPORT_TITLE));
        }
    }

    @Test
    void aVersionEightFileWithoutTheTableMigratesAndKeepsItsWork() throws Exception {
        Path file = dir.resolve("v8.claimbench");
        try (Workspace w = Workspace.create(file)) {
            w.addArticle(new org.claimbench.domain.ArticleDraft(org.claimbench.domain.ArticleMetadata.titled("Port news"),
                    "Port news. The ferries wait at the quay until noon."));
        }
        // The file as a build of schema version 8 left it: no settings table (nor version 10's features table), user_version 8.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("DROP TABLE claim_features");
            st.execute("DROP TABLE workspace_setting");
            st.execute("PRAGMA user_version = 8");
        }
        try (Workspace w = Workspace.open(file)) {
            assertEquals(1, w.articles().size(), "the work of the older file is there");
            assertEquals(Optional.empty(), w.settings().get(WorkspaceSettings.REPORT_TITLE));
            w.settings().put(WorkspaceSettings.REPORT_TITLE, "After the migration");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            rs.next();
            assertEquals(Database.SCHEMA_VERSION, rs.getInt(1));
            assertTrue(Database.SCHEMA_VERSION >= 9);
        }
        assertEquals("After the migration", readRaw(file, WorkspaceSettings.REPORT_TITLE));
    }

    private static String readRaw(Path file, String key) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             var ps = c.prepareStatement("SELECT value FROM workspace_setting WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
