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
    void storedReadingsAreTakenAsStoredForEveryClaimAndForOneChangedClaimAndOnlyForTheirOwnQuote() {
        Path file = dir.resolve("stored.claimbench");
        try (Workspace w = Workspace.create(file)) {
            Article a = TempWorkspaces.addArticle(w, "Ferry", TEXT);
            Claim first = w.markClaim(a.id(), new TextSpan(0, 60), w.sources().get(0).id(), "", "");
            Claim second = w.markClaim(a.id(), new TextSpan(62, TEXT.length()), w.sources().get(0).id(), "", "");
            // Readings no tagger or encoder would make: taken back, they can only have come from the store.
            byte[] marked = new byte[388];
            marked[4] = 100;
            String quote = first.exact();
            w.analysis().saveReadings(List.of(new ReadingRow(first.id(), ContradictionInputs.quoteHash(quote),
                    org.claimbench.analysis.meaning.SentenceEncoder.MODEL, marked, "stored/NOUN reading/NOUN")));
            w.analysis().saveReadings(List.of(new ReadingRow(second.id(), ContradictionInputs.quoteHash("another quote"),
                    org.claimbench.analysis.meaning.SentenceEncoder.MODEL, marked, "stale/ADJ reading/NOUN")));

            List<int[]> progress = new ArrayList<>();
            List<ClaimFacts> all = ContradictionInputs.read(w, w.claims(), (done, total) -> progress.add(new int[] {done, total}));
            assertEquals(1, progress.get(0)[1], "only the claim whose stored reading was made from another quote is read");
            ClaimFacts firstRead = all.stream().filter(f -> f.id() == first.id()).findFirst().orElseThrow();
            assertEquals("stored/NOUN reading/NOUN", firstRead.reading().encode());
            assertArrayEquals(marked, firstRead.vector().toBytes());
            ClaimFacts secondRead = all.stream().filter(f -> f.id() == second.id()).findFirst().orElseThrow();
            assertTrue(secondRead.reading().present() && !secondRead.reading().encode().startsWith("stale/"), "read again, not the stale row");

            ClaimFacts one = ContradictionInputs.readOne(w, first);
            assertEquals("stored/NOUN reading/NOUN", one.reading().encode(), "one changed claim takes its own stored row");
            assertArrayEquals(marked, one.vector().toBytes());
        }
    }

    @Test
    void storedReadingsReadInBatchesAreEachHandedOverOnceInClaimOrder() {
        try (Workspace w = Workspace.create(dir.resolve("batches.claimbench"))) {
            Article a = TempWorkspaces.addArticle(w, "Ferry", TEXT);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                Claim c = w.markClaim(a.id(), new TextSpan(i * 5, i * 5 + 4), w.sources().get(0).id(), "", "");
                ids.add(c.id());
                w.analysis().saveReadings(List.of(new ReadingRow(c.id(), i, "model", new byte[] {(byte) i}, "row/NOUN")));
            }
            for (int batch : new int[] {1, 2, 3, 7, 8, 2_000}) {
                List<Long> seen = new ArrayList<>();
                w.analysis().forEachReading(r -> seen.add(r.claimId()), batch);
                assertEquals(ids, seen, "batches of " + batch);
            }
        }
    }

    @Test
    void readingsFinishedAfterTheWorkspaceClosedAreDroppedWithoutAnErrorAndTheFileStaysWhole() {
        Path file = dir.resolve("closing.claimbench");
        Workspace w = Workspace.create(file);
        Article a = TempWorkspaces.addArticle(w, "Ferry", TEXT);
        Claim c = w.markClaim(a.id(), new TextSpan(0, 60), w.sources().get(0).id(), "", "");
        AnalysisStore store = w.analysis();
        w.close();
        // A background reading that ends after the user opened another workspace or quit.
        store.saveReadings(List.of(new ReadingRow(c.id(), 1L, "model", new byte[] {1, 2}, "lemmas")));
        try (Workspace again = Workspace.open(file)) {
            assertEquals(1, again.claimCount());
            assertTrue(again.analysis().readings().isEmpty(), "nothing was half-written");
            assertEquals("ok", again.integrityCheck());
        }
    }

    @Test
    void aVersionTwoWorkspaceMigratesKeepingItsClaimsAndReadsThemForSuggestions() throws Exception {
        Path file = dir.resolve("old.claimbench");
        // Made as version 2 made it: its two scripts, nothing of later versions.
        TempWorkspaces.olderFile(file, List.of("V1__create.sql", "V2__anchors_versions_guids.sql"), 2, TEXT);
        try (Workspace w = Workspace.open(file)) {
            assertEquals(1, w.claims().size());
            assertTrue(w.analysis().readings().isEmpty());
            ContradictionInputs.read(w, w.claims(), (done, total) -> { });
            assertEquals(1, w.analysis().readings().size(), "the migrated workspace keeps what was read");
            assertEquals("ok", w.integrityCheck());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            rs.next();
            assertEquals(Database.SCHEMA_VERSION, rs.getInt(1));
        }
    }

    @Test
    void aClaimsLeadRunsBackToTheStartOfTheSentenceBeforeItsOwn() {
        String text = "The pier opened in May. The harbour board met on Monday. However, critics said the board never approved any timetable.";
        try (Workspace w = Workspace.create(dir.resolve("leads.claimbench"))) {
            Article a = TempWorkspaces.addArticle(w, "Pier", text);
            int start = text.indexOf("critics");
            Claim c = w.markClaim(a.id(), new TextSpan(start, text.length() - 1), w.sources().get(0).id(), "", "");
            assertEquals("The harbour board met on Monday. However, ", ContradictionInputs.readOne(w, c).lead(),
                    "the sentence before, not only the stored 32-character prefix");
        }
    }
}
