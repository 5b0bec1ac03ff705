package org.claimbench.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextOrigin;
import org.claimbench.domain.TextSpan;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Findings of the attack on issue 12 (branch attack, 2026-11-30) on workspace files and revisions;
 * see ExchangeAttackTest for how to run them. Texts written for these tests.
 */
class WorkspaceAttackTest {

    static final String HARBOUR = "Harbour report\n\n"
            + "Speaking at the town hall on Monday evening, the mayor said the new pier will open in May, weeks ahead of the summer season.\n"
            + "Speaking to reporters at the quay on Tuesday, the harbour master warned that dredging costs doubled last year, straining the budget.\n"
            + "Speaking at the market early on Wednesday, a fisherman said the catch had fallen by a third since the works began in spring.\n";

    @TempDir
    Path dir;

    private static TextSpan span(String text, String words) {
        int at = text.indexOf(words);
        return new TextSpan(at, at + words.length());
    }

    @Test
    void aParagraphMovedBelowTheOthersKeepsItsClaimWhileTheirClaimsStayPut() {
        try (Workspace w = TempWorkspaces.create(dir, "moved")) {
            Article a = TempWorkspaces.addArticle(w, "Harbour", HARBOUR);
            long press = w.sourceNamed("Press").orElseThrow().id();
            Claim mayor = w.markClaim(a.id(), span(HARBOUR, "the new pier will open in May"), press, "mayor", "");
            w.markClaim(a.id(), span(HARBOUR, "dredging costs doubled last year"), press, "harbour master", "");
            w.markClaim(a.id(), span(HARBOUR, "the catch had fallen by a third"), press, "fisherman", "");
            String[] lines = HARBOUR.split("\n");
            String moved = lines[0] + "\n\n" + lines[3] + "\n" + lines[4] + "\n" + lines[2] + "\n";
            RevisionReport r = w.reviseArticle(a.id(), moved, TextOrigin.EDIT);
            assertEquals(0, r.orphaned(), r.summary());
            assertEquals(span(moved, "the new pier will open in May"), w.claim(mayor.id()).orElseThrow().span());
        }
    }

    @Test
    void aWorkspaceNameWithAQuestionMarkNeverOpensOrChangesAnotherFile() throws Exception {
        Path file = dir.resolve("w.claimbench");
        try (Workspace w = Workspace.create(file)) {
            TempWorkspaces.addArticle(w, "Harbour", HARBOUR);
        }
        try (Workspace odd = Workspace.openOrCreate(dir.resolve("w.claimbench?foreign_keys=on"))) {
            assertTrue(odd.articles().isEmpty(), "a new workspace of its own name, not w.claimbench");
        } catch (WorkspaceException refused) {
            // refusing the name is fine too
        }
        try (Workspace w = Workspace.open(file)) {
            assertEquals(1, w.articles().size(), "w.claimbench is untouched and opens");
        }
    }

    @Test
    void aWorkspaceWhoseVersionNumberWasResetIsReportedAsDamagedNotAsAFailedSave() throws Exception {
        Path file = dir.resolve("reset.claimbench");
        try (Workspace w = Workspace.create(file)) {
            TempWorkspaces.addArticle(w, "Harbour", HARBOUR);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 0");
        }
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(file).close());
        assertFalse(e.getMessage().contains("could not be saved"), e.getMessage());
        assertTrue(e.getMessage().contains("reset.claimbench"), "names the file: " + e.getMessage());
    }
}
