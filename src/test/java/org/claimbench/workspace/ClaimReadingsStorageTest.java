package org.claimbench.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.claimbench.analysis.contradiction.ClaimFacts;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;
import org.claimbench.workspace.sqlite.Database;
import org.claimbench.workspace.sqlite.SqliteAnalysisRepository.ReadingRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimReadingsStorageTest {

    private static final String TEXT = "The harbour board approved the new ferry timetable on Monday. "
            + "Critics said the board never approved any timetable.";

    @TempDir
    Path dir;

    @Test
    void claimReadingsAreStoredOnceSurviveAReopenAndAreReadAgainWhenTheQuoteChanges() {
        Path file = dir.resolve("readings.claimbench");
        long claimId;
        byte[] vector;
        try (Workspace w = Workspace.create(file)) {
            Article a = TempWorkspaces.addArticle(w, "Ferry", TEXT);
            Claim c = w.markClaim(a.id(), new TextSpan(0, 60), w.sources().get(0).id(), "", "");
            claimId = c.id();
            List<int[]> progress = new ArrayList<>();
            List<ClaimFacts> facts = ContradictionInputs.read(w, w.claims(), (done, total) -> progress.add(new int[] {done, total}));
            assertTrue(facts.get(0).vector().present() && facts.get(0).reading().present());
            assertEquals(1, progress.get(progress.size() - 1)[0], "one claim read");
            vector = w.analysis().readings().get(claimId).vector();
            assertEquals(388, vector.length);
        }
        try (Workspace w = Workspace.open(file)) {
            ReadingRow stored = w.analysis().readings().get(claimId);
            assertArrayEquals(vector, stored.vector(), "the vector survives closing and reopening");
            List<int[]> progress = new ArrayList<>();
            List<ClaimFacts> facts = ContradictionInputs.read(w, w.claims(), (done, total) -> progress.add(new int[] {done, total}));
            assertEquals(0, progress.get(0)[1], "nothing to read again");
            assertTrue(facts.get(0).vector().present());
            assertTrue(w.analysis().inferredEvent(w.articles().get(0).id()).isPresent(), "the inferred event is stored for Article details");

            w.replaceClaim(claimId, new TextSpan(62, TEXT.length()));
            List<int[]> again = new ArrayList<>();
            ContradictionInputs.read(w, w.claims(), (done, total) -> again.add(new int[] {done, total}));
            assertEquals(1, again.get(0)[1], "a claim whose quote changed is read again");

            w.deleteClaims(List.of(claimId));
            assertTrue(w.analysis().readings().isEmpty(), "a deleted claim takes its reading along");
        }
    }

    @Test
    void aVersionTwoWorkspaceMigratesKeepingItsClaimsAndReadsThemForSuggestions() throws Exception {
        Path file = dir.resolve("old.claimbench");
        try (Workspace w = Workspace.create(file)) {
            Article a = TempWorkspaces.addArticle(w, "Ferry", TEXT);
            w.markClaim(a.id(), new TextSpan(0, 60), w.sources().get(0).id(), "", "");
        }
        // Made as version 2 made it: without the tables of version 3 (MigrationTest takes a version-1 file through all).
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("DROP TABLE claim_reading");
            st.execute("DROP TABLE article_event");
            st.execute("PRAGMA user_version = 2");
        }
        try (Workspace w = Workspace.open(file)) {
            assertEquals(1, w.claims().size());
            assertTrue(w.analysis().readings().isEmpty());
            ContradictionInputs.read(w, w.claims(), (done, total) -> { });
            assertEquals(1, w.analysis().readings().size());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            rs.next();
            assertEquals(Database.SCHEMA_VERSION, rs.getInt(1));
        }
    }
}
