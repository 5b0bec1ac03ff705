package org.claimbench.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.claimbench.domain.Anchor;
import org.claimbench.domain.TextOrigin;
import org.claimbench.workspace.sqlite.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace written by an older Claimbench opens, migrated in one transaction, with nothing lost. */
class MigrationTest {

    @TempDir
    Path dir;

    @Test
    void aVersionOneWorkspaceKeepsItsOrphansAndVersionsAfterMigrating() throws Exception {
        Path file = dir.resolve("old.claimbench");
        String v1 = new String(Database.class.getResourceAsStream("/org/claimbench/db/V1__create.sql").readAllBytes(), StandardCharsets.UTF_8);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
            for (String sql : v1.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!sql.isBlank()) {
                    st.execute(sql);
                }
            }
            st.execute("PRAGMA user_version = 1");
            st.execute("INSERT INTO source (id, name, colour, sort_order) VALUES (1, 'Press', '#CC79A7', 0)");
            st.execute("INSERT INTO article (id, title, text, text_sha256, length, imported_at) VALUES (1, 'Old', 'Port news. Ships wait.', 'x', 22, 0)");
            st.execute("INSERT INTO article_version (article_id, version, text, replaced) VALUES (1, 1, 'Port news. Ferries wait.', 0)");
            st.execute("INSERT INTO claim (id, article_id, start, \"end\", quote, prefix, suffix, source_id, created, updated)"
                    + " VALUES (1, 1, 0, 9, 'Port news', '', '. Ships wait.', 1, 0, 0)");
            st.execute("INSERT INTO claim (id, article_id, start, \"end\", quote, prefix, suffix, source_id, created, updated)"
                    + " VALUES (2, 1, 11, 23, 'Ferries wait', 'Port news. ', '.', 1, 0, 0)");
            st.execute("INSERT INTO orphan (claim_id) VALUES (2)");
        }
        try (Workspace w = Workspace.open(file)) {
            assertTrue(w.isOrphan(2), "the orphan of version 1 is an orphan still");
            assertEquals(Anchor.ORPHAN, w.claim(2).orElseThrow().anchor());
            assertFalse(w.isOrphan(1));
            assertEquals(1, w.orphanCount());
            assertEquals(TextOrigin.IMPORT, w.versions(1).get(0).origin());
            assertEquals(TextOrigin.FILE, w.article(1).orElseThrow().textOrigin(), "a text that replaced another came from a new version");
            assertTrue(w.sources().get(0).isOutlet(), "the Press of an older workspace is the outlet (version 7)");
            assertEquals("ok", w.integrityCheck());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             var rs = st.executeQuery("PRAGMA user_version")) {
            rs.next();
            assertEquals(Database.SCHEMA_VERSION, rs.getInt(1));
        }
    }
}
