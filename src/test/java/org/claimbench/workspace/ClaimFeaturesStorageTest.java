package org.claimbench.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.analysis.contradiction.ClaimFacts;
import org.claimbench.analysis.contradiction.ContradictionIndex;
import org.claimbench.analysis.contradiction.StoredFeatures;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;
import org.claimbench.workspace.sqlite.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each claim's features stored in the workspace (schema version 10) on real SQLite files, made again whenever they are stale. */
class ClaimFeaturesStorageTest {

    /** Sentences of our own. */
    private static final String TEXT = "The harbour board approved the new ferry timetable on Monday. "
            + "Critics said the board never approved any timetable. The ferry will run twice a day from May.";

    @TempDir
    Path dir;

    private static Claim mark(Workspace w, Article a, String quote) {
        int start = TEXT.indexOf(quote);
        return w.markClaim(a.id(), new TextSpan(start, start + quote.length()), w.sources().get(0).id(), "", "");
    }

    /** The claims' facts and features as a build takes them; made[0] is how many features were made (not taken as stored). */
    private static List<byte[]> features(Workspace w, int[] made) {
        List<ClaimFacts> facts = ContradictionInputs.read(w, w.claims(), (done, total) -> { });
        List<int[]> progress = new ArrayList<>();
        List<byte[]> out = ContradictionInputs.features(w, facts, (done, total) -> progress.add(new int[] {done, total}));
        made[0] = progress.get(0)[1];
        for (int i = 0; i < facts.size(); i++) {
            assertTrue(StoredFeatures.current(facts.get(i), out.get(i)), facts.get(i).text());
        }
        // Built from them, the index keeps the same pairs as one that reads every claim.
        assertEquals(new ContradictionIndex(facts).ranked(), new ContradictionIndex(facts, new ArrayList<>(out)).ranked());
        return out;
    }

    private static Map<Long, byte[]> rows(Workspace w) {
        Map<Long, byte[]> out = new HashMap<>();
        w.analysis().forEachFeatures(r -> out.put(r.claimId(), r.features()));
        return out;
    }

    private static void overwrite(Path file, long claimId, byte[] features) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement ps = c.prepareStatement("UPDATE claim_features SET features = ? WHERE claim_id = ?")) {
            ps.setBytes(1, features);
            ps.setLong(2, claimId);
            assertEquals(1, ps.executeUpdate());
        }
    }

    /** The form as another version of the code would have written it: its version changed, its checksum made to match. */
    private static byte[] ofAnotherVersion(byte[] form) {
        byte[] b = form.clone();
        b[3] ^= 0x11;
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(b, 0, b.length - 4);
        ByteBuffer.wrap(b, b.length - 4, 4).putInt((int) crc.getValue());
        return b;
    }

    @Test
    void featuresAreStoredOnceSurviveAReopenAndAreMadeAgainWhenStale() throws Exception {
        Path file = dir.resolve("features.claimbench");
        int[] made = {0};
        long first;
        long second;
        Map<Long, byte[]> stored;
        try (Workspace w = Workspace.create(file)) {
            Article a = TempWorkspaces.addArticle(w, "Ferry", TEXT);
            first = mark(w, a, "The harbour board approved the new ferry timetable on Monday").id();
            second = mark(w, a, "Critics said the board never approved any timetable").id();
            mark(w, a, "The ferry will run twice a day from May");
            features(w, made);
            assertEquals(3, made[0], "every claim's features made the first time");
            stored = rows(w);
            assertEquals(3, stored.size());
            features(w, made);
            assertEquals(0, made[0], "and taken as stored after");
        }
        try (Workspace w = Workspace.open(file)) {
            List<byte[]> again = features(w, made);
            assertEquals(0, made[0], "a reopened workspace makes none again");
            assertEquals(3, again.size());
            Map<Long, byte[]> reopened = rows(w);
            stored.forEach((id, b) -> assertArrayEquals(b, reopened.get(id), "the row survives closing and reopening"));

            // An edited claim: its quote changed, its row is stale and made again (readOne stores it at once as well).
            w.replaceClaim(second, new TextSpan(TEXT.indexOf("The ferry will"), TEXT.length() - 1));
            features(w, made);
            assertEquals(1, made[0], "the edited claim's features made again, the others kept");
            assertTrue(!java.util.Arrays.equals(stored.get(second), rows(w).get(second)));

            // Undone: its old quote again; its row (made for the edited quote) is stale again and made again, as it was first.
            w.undo();
            features(w, made);
            assertEquals(1, made[0]);
            assertArrayEquals(stored.get(second), rows(w).get(second), "the same quote makes the same form");

            w.deleteClaims(List.of(first));
            assertNull(rows(w).get(first), "a deleted claim takes its features along");
            features(w, made);
            assertEquals(0, made[0]);
        }
    }

    @Test
    void anotherVersionOfTheCodeMakesEveryRowAgainAndADamagedRowIsMadeAgainNotAnError() throws Exception {
        Path file = dir.resolve("versions.claimbench");
        int[] made = {0};
        Map<Long, byte[]> stored;
        try (Workspace w = Workspace.create(file)) {
            Article a = TempWorkspaces.addArticle(w, "Ferry", TEXT);
            mark(w, a, "The harbour board approved the new ferry timetable on Monday");
            mark(w, a, "Critics said the board never approved any timetable");
            features(w, made);
            stored = rows(w);
        }
        for (Map.Entry<Long, byte[]> e : stored.entrySet()) {
            overwrite(file, e.getKey(), ofAnotherVersion(e.getValue()));
        }
        try (Workspace w = Workspace.open(file)) {
            features(w, made);
            assertEquals(2, made[0], "rows of another version of the code are all made again");
            rows(w).forEach((id, b) -> assertArrayEquals(stored.get(id), b));
        }
        long damaged = stored.keySet().iterator().next();
        byte[] broken = stored.get(damaged).clone();
        broken[broken.length / 2] ^= 0x5a;
        overwrite(file, damaged, broken);
        overwrite(file, stored.keySet().stream().filter(id -> id != damaged).findFirst().orElseThrow(), new byte[] {1, 2, 3});
        try (Workspace w = Workspace.open(file)) {
            features(w, made);
            assertEquals(2, made[0], "damaged rows are made again, not an error");
            rows(w).forEach((id, b) -> assertArrayEquals(stored.get(id), b));
            assertEquals("ok", w.integrityCheck());
        }
    }

    @Test
    void aVersionNineWorkspaceMigratesAndStoresItsClaimsFeatures() throws Exception {
        Path file = dir.resolve("nine.claimbench");
        // Made as version 9 made it: its scripts (versions 4 and 5 had none), nothing of version 10.
        TempWorkspaces.olderFile(file, List.of("V1__create.sql", "V2__anchors_versions_guids.sql", "V3__claim_readings.sql", "V6__topic_colour.sql",
                "V7__source_outlet.sql", "V8__pasted_texts.sql", "V9__workspace_settings.sql"), 9, TEXT);
        int[] made = {0};
        try (Workspace w = Workspace.open(file)) {
            assertEquals(1, w.claims().size());
            assertTrue(rows(w).isEmpty());
            features(w, made);
            assertEquals(1, made[0]);
            assertEquals(1, rows(w).size(), "the migrated workspace keeps the features made");
            assertEquals("ok", w.integrityCheck());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            rs.next();
            assertEquals(Database.SCHEMA_VERSION, rs.getInt(1));
            assertEquals(10, Database.SCHEMA_VERSION);
        }
    }
}
