package org.claimbench.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import org.claimbench.domain.Anchor;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextOrigin;
import org.claimbench.domain.TextSpan;
import org.claimbench.workspace.sqlite.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Revisions of an article's text never put a claim on words that are not its own, and every step can be taken back. */
class RevisionSafetyTest {

    /** The same four words said by three people (written for this test). */
    static final String THREE = "Harbour news\n\nThe mayor said the bridge stays closed. The engineer said the bridge stays closed. "
            + "A resident said the bridge stays closed.\n";

    @TempDir
    Path dir;

    private static long press(Workspace w) {
        return w.sourceNamed("Press").orElseThrow().id();
    }

    private static TextSpan nth(String text, String words, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = text.indexOf(words, at + 1);
        }
        return new TextSpan(at, at + words.length());
    }

    @Test
    void aClaimWhoseSentenceChangedBecomesAnOrphanEvenWhereItsWordsStandElsewhere() {
        try (Workspace w = TempWorkspaces.create(dir, "three")) {
            Article a = TempWorkspaces.addArticle(w, "Harbour", THREE);
            Claim mayor = w.markClaim(a.id(), nth(THREE, "the bridge stays closed", 1), press(w), "mayor", "");
            Claim engineer = w.markClaim(a.id(), nth(THREE, "the bridge stays closed", 2), press(w), "engineer", "");
            String changed = THREE.replace("The engineer said the bridge stays closed.", "The engineer said the bridge reopens in May.");
            RevisionReport r = w.reviseArticle(a.id(), changed, TextOrigin.EDIT);
            assertEquals(1, r.orphaned(), r.summary());
            assertEquals(mayor.span(), w.claim(mayor.id()).orElseThrow().span(), "the mayor's claim keeps its place");
            assertTrue(w.isOrphan(engineer.id()), "not moved onto the mayor's or the resident's words");
            String deleted = THREE.replace("The engineer said the bridge stays closed. ", "");
            w.undo();
            w.reviseArticle(a.id(), deleted, TextOrigin.EDIT);
            assertTrue(w.isOrphan(engineer.id()), "a deleted sentence orphans its claim too");
            String reordered = "Harbour news\n\nA resident said the bridge stays closed. The mayor said the bridge stays closed. "
                    + "The engineer said the bridge stays closed.\n";
            w.undo();
            w.reviseArticle(a.id(), reordered, TextOrigin.EDIT);
            for (Claim c : List.of(w.claim(mayor.id()).orElseThrow(), w.claim(engineer.id()).orElseThrow())) {
                assertFalse(c.isOrphan(), "its own sentence stands unchanged elsewhere: found there");
                assertTrue(reordered.substring(0, c.start()).endsWith("The " + c.speaker() + " said "),
                        "reordered sentences: a claim is on its own speaker's words, never on another's: " + c);
            }
        }
    }

    @Test
    void aLoneClaimOnRepeatedWordsIsOrphanedWhenItsSentenceGoesEvenIfTheNeighboursWordsFitAround() {
        try (Workspace w = TempWorkspaces.create(dir, "lone")) {
            Article a = TempWorkspaces.addArticle(w, "Harbour", THREE);
            Claim engineer = w.markClaim(a.id(), nth(THREE, "the bridge stays closed", 2), press(w), "engineer", "");
            w.reviseArticle(a.id(), THREE.replace("The engineer said the bridge stays closed. ", ""), TextOrigin.EDIT);
            assertTrue(w.isOrphan(engineer.id()), "the mayor's words are now followed by what followed the engineer's, yet they are the mayor's");
        }
    }

    @Test
    void aSentenceThatMovedIsFoundAgainWithItsContext() {
        try (Workspace w = TempWorkspaces.create(dir, "moved")) {
            String text = "Harbour news\n\nThe ferry resumed at noon, the captain said. Repairs took all night.\n\nTickets are valid until Sunday.\n";
            Article a = TempWorkspaces.addArticle(w, "Harbour", text);
            Claim c = w.markClaim(a.id(), nth(text, "The ferry resumed at noon", 1), press(w), "captain", "");
            String moved = "Harbour news\n\nTickets are valid until Sunday.\n\nThe ferry resumed at noon, the captain said. Repairs took all night.\n";
            w.reviseArticle(a.id(), moved, TextOrigin.EDIT);
            assertEquals(nth(moved, "The ferry resumed at noon", 1), w.claim(c.id()).orElseThrow().span());
        }
    }

    @Test
    void aClaimWhoseWordsWereEditedIsChangedSinceMarkedAndTheUserDecides() {
        Path file = dir.resolve("figures.claimbench");
        String v1 = "Rail report\n\nThe ministry said that 3,400 jobs have been cut since 2021 across the network.\n";
        String v2 = v1.replace("3,400 jobs have been cut since 2021", "3,100 jobs had been cut since 2020");
        long id;
        try (Workspace w = Workspace.create(file)) {
            Article a = TempWorkspaces.addArticle(w, "Rail", v1);
            id = w.markClaim(a.id(), nth(v1, "3,400 jobs have been cut since 2021", 1), press(w), "ministry", "").id();
            RevisionReport r = w.reviseArticle(a.id(), v2, TextOrigin.FILE);
            assertEquals(1, r.changed(), r.summary());
            assertTrue(r.summary().contains("changed since it was marked"), r.summary());
            Claim c = w.claim(id).orElseThrow();
            assertEquals(Anchor.CHANGED, c.anchor());
            assertEquals("3,100 jobs had been cut since 2020", c.exact());
            assertEquals("3,400 jobs have been cut since 2021", c.markedQuote(), "the words as marked are kept beside the new ones");
            assertEquals(1, w.changedCount());
        }
        try (Workspace w = Workspace.open(file)) {
            assertTrue(w.isChangedSinceMarked(id), "the list and the file agree after reopening");
            assertEquals(1, w.changedCount());
            w.acceptNewWording(List.of(id));
            assertEquals(Anchor.ANCHORED, w.claim(id).orElseThrow().anchor());
            assertEquals(0, w.changedCount());
            w.undo();
            assertTrue(w.isChangedSinceMarked(id), "accepting is undoable");
            w.orphanClaims(List.of(id));
            assertTrue(w.isOrphan(id));
            assertEquals(1, w.orphanCount());
            assertEquals(0, w.changedCount());
            w.undo();
            assertTrue(w.isChangedSinceMarked(id));
        }
    }

    @Test
    void undoAndRedoAreOneHistoryWithTextEditsAndEveryClaimComesBackOnItsWords() {
        try (Workspace w = TempWorkspaces.create(dir, "history")) {
            String v1 = "Council news\n\nThe council said the budget grows by four percent next year.\n";
            Article a = TempWorkspaces.addArticle(w, "Council", v1);
            Claim first = w.markClaim(a.id(), nth(v1, "the budget grows by four percent", 1), press(w), "", "");
            String v2 = "Update at noon.\n\n" + v1.replace("four percent", "three percent");
            w.reviseArticle(a.id(), v2, TextOrigin.EDIT);
            assertEquals("Edit text of Council", w.undoLabel().orElseThrow());
            assertEquals("the budget grows by three percent", w.claim(first.id()).orElseThrow().exact());
            Claim second = w.markClaim(a.id(), nth(v2, "Update at noon", 1), press(w), "", "");

            assertEquals(List.of("Mark claim of Press", "Edit text of Council", "Mark claim of Press"),
                    List.of(w.undo().orElseThrow(), w.undo().orElseThrow(), w.undo().orElseThrow()));
            assertEquals(v1, w.text(a.id()), "the text edit is undone in its turn, not skipped");
            assertTrue(w.claim(first.id()).isEmpty());
            assertEquals(0, w.versions(a.id()).size(), "an undone edit leaves no version behind");

            w.redo();
            assertEquals(v1.indexOf("the budget"), w.claim(first.id()).orElseThrow().start());
            w.redo();
            assertEquals(v2, w.text(a.id()));
            Claim f = w.claim(first.id()).orElseThrow();
            assertEquals(f.exact(), v2.substring(f.start(), f.end()), "the claim that came back stands on the text as it is now");
            w.redo();
            Claim s = w.claim(second.id()).orElseThrow();
            assertEquals("Update at noon", v2.substring(s.start(), s.end()));
            assertEquals(1, w.versions(a.id()).size());
        }
    }

    @Test
    void dismissedClaimSuggestionsFollowTheirWordsThroughAnEditAndComeBackWithUndoAndAfterReopening() {
        Path file;
        long articleId;
        String v2;
        try (Workspace w = TempWorkspaces.create(dir, "dismissed")) {
            file = w.file();
            String v1 = "Port report\n\nThe harbour master said the pier reopens on Monday. A ferry captain said the tide was too high.\n";
            Article a = TempWorkspaces.addArticle(w, "Port", v1);
            articleId = a.id();
            TextSpan pier = nth(v1, "the pier reopens on Monday", 1);
            TextSpan tide = nth(v1, "the tide was too high", 1);
            w.decisions().dismissClaim(a.id(), pier);
            w.decisions().dismissClaim(a.id(), tide);

            v2 = "Updated at dawn.\n\n" + v1.replace("too high", "far too high");
            w.reviseArticle(a.id(), v2, TextOrigin.EDIT);
            TextSpan pierNow = nth(v2, "the pier reopens on Monday", 1);
            assertTrue(w.decisions().isClaimDismissed(a.id(), pierNow), "a dismissed suggestion whose words stand follows them");
            assertFalse(w.decisions().isClaimDismissed(a.id(), pier), "its old offsets now hold other words");
            assertEquals(1, w.dismissedClaimSuggestions().size(), "one whose words were edited may be suggested again");

            w.undo();
            assertTrue(w.decisions().isClaimDismissed(a.id(), pier));
            assertTrue(w.decisions().isClaimDismissed(a.id(), tide), "undo brings back the one the edit forgot");
            w.redo();
            assertTrue(w.decisions().isClaimDismissed(a.id(), pierNow));
            assertEquals(1, w.dismissedClaimSuggestions().size());
        }
        try (Workspace w = Workspace.open(file)) {
            assertTrue(w.decisions().isClaimDismissed(articleId, nth(v2, "the pier reopens on Monday", 1)), "the file agrees with memory");
            assertEquals(1, w.dismissedClaimSuggestions().size());
        }
    }

    @Test
    void halfACharacterInANewTextIsStoredAsTheReplacementCharacterInMemoryAndInTheFileAlike() {
        Path file = dir.resolve("half.claimbench");
        long id;
        try (Workspace w = Workspace.create(file)) {
            Article a = TempWorkspaces.addArticle(w, "Half", "Port news\n\nShips wait \uD83D outside.");
            id = a.id();
            w.reviseArticle(id, "Port news\n\nShips wait \uDE00 inside.", TextOrigin.EDIT);
            assertEquals("Port news\n\nShips wait \uFFFD inside.", w.text(id));
        }
        try (Workspace w = Workspace.open(file)) {
            assertEquals("Port news\n\nShips wait \uFFFD inside.", w.text(id), "the file holds what memory held");
            assertEquals("Port news\n\nShips wait \uFFFD outside.", w.versions(id).get(0).text());
        }
    }

    @Test
    void versionsSayWhereTheyCameFromAndRestoringOneIsUndoable() {
        try (Workspace w = TempWorkspaces.create(dir, "versions")) {
            String v1 = "Port news\n\nShips wait outside the harbour.\n";
            Article a = TempWorkspaces.addArticle(w, "Port", v1);
            w.reviseArticle(a.id(), v1 + "More ships arrived.\n", TextOrigin.EDIT);
            w.reviseArticle(a.id(), v1 + "The harbour reopened.\n", TextOrigin.FILE);
            assertEquals(List.of(TextOrigin.IMPORT, TextOrigin.EDIT), w.versions(a.id()).stream().map(v -> v.origin()).toList());
            assertEquals(TextOrigin.FILE, w.article(a.id()).orElseThrow().textOrigin());
            w.restoreVersion(a.id(), 1);
            assertEquals(v1, w.text(a.id()));
            assertEquals(TextOrigin.RESTORE, w.article(a.id()).orElseThrow().textOrigin());
            assertEquals("Restore an earlier version of Port", w.undoLabel().orElseThrow());
            w.undo();
            assertEquals(v1 + "The harbour reopened.\n", w.text(a.id()));
            assertThrows(WorkspaceException.class, () -> w.restoreVersion(a.id(), 9));
        }
    }

    @Test
    void aClaimOffItsQuoteInTheFileIsRepairedWhenCheckedAndSaidSo() throws Exception {
        Path file = dir.resolve("damaged.claimbench");
        String text = "Weather\n\nForecasters said the storm weakens by Friday. Sailors said the storm weakens by Friday.\n";
        long kept;
        long lost;
        try (Workspace w = Workspace.create(file)) {
            Article a = TempWorkspaces.addArticle(w, "Weather", text);
            kept = w.markClaim(a.id(), nth(text, "the storm weakens by Friday", 2), press(w), "", "").id();
            lost = w.markClaim(a.id(), nth(text, "Forecasters", 1), press(w), "", "").id();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            // What another program (or an old defect) might leave: offsets one off, and a quote the text no longer holds.
            st.execute("UPDATE claim SET start = start + 1, \"end\" = \"end\" + 1 WHERE id = " + kept);
            st.execute("UPDATE claim SET quote = 'Meteorologists', \"end\" = start + 14 WHERE id = " + lost);
        }
        try (Workspace w = Workspace.open(file)) {
            var repaired = w.checkClaims().orElseThrow();
            assertEquals(1, repaired.placed());
            assertEquals(1, repaired.orphaned());
            assertTrue(repaired.summary().contains("put back on their words"), repaired.summary());
            Claim k = w.claim(kept).orElseThrow();
            assertEquals(nth(text, "the storm weakens by Friday", 2), k.span(), "back on its own words, by its context");
            assertTrue(w.isOrphan(lost));
            assertTrue(w.checkClaims().isEmpty(), "once repaired, every claim fits");
        }
    }

    @Test
    void aFullDiskSaysSoAndWhatWasSavedBeforeStays() throws Exception {
        Path file = dir.resolve("full.claimbench");
        try (Database db = Database.create(file)) {
            db.inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE TABLE filler (x BLOB)");
                    st.execute("INSERT INTO filler VALUES (zeroblob(1000))");
                }
                return null;
            });
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> db.inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    // A disk that fills up: SQLite may not grow the file past its current pages.
                    st.execute("PRAGMA max_page_count = " + pageCount(c));
                    st.execute("INSERT INTO filler VALUES (zeroblob(5000000))");
                }
                return null;
            }));
            assertTrue(e.getMessage().startsWith("The disk is full"), e.getMessage());
            assertTrue(e.getMessage().contains("everything before it is safe"), e.getMessage());
            assertEquals(1L, (long) db.read(c -> {
                try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM filler")) {
                    rs.next();
                    return rs.getLong(1);
                }
            }));
        }
    }

    private static long pageCount(Connection c) throws java.sql.SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery("PRAGMA page_count")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aWorkspaceReachedByALinkOrAnotherPathIsOneWorkspace() throws Exception {
        Path file = dir.resolve("one.claimbench");
        Files.createDirectories(dir.resolve("sub"));
        Path link = Files.createSymbolicLink(dir.resolve("alias.claimbench"), file.getFileName());
        Path dotted = dir.resolve("sub").resolve("..").resolve("one.claimbench");
        Path hard = dir.resolve("sub").resolve("hard.claimbench");
        try (Workspace w = Workspace.create(file)) {
            Files.createLink(hard, file);
            for (Path other : List.of(link, dotted, hard)) {
                WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(other), other.toString());
                assertTrue(e.getMessage().contains("already open"), e.getMessage());
            }
        }
        try (Workspace w = Workspace.open(link)) {
            assertEquals(file.toRealPath(), w.file(), "the workspace is known by its one real path");
        }
    }

    /**
     * editor58: a claim flagged "changed since marked" by an edit, then a new version with its first words again: its flag
     * goes, and the report and the preview count it as back on its marked words, not among the claims changed (they said
     * "2 changed", "2 claims … flagged", and one was).
     */
    @Test
    void aFlaggedClaimPutBackOnItsMarkedWordsIsCountedAsBackNotAsChanged() {
        Path file = dir.resolve("back.claimbench");
        String v1 = "Ferry notes\n\nThe operator said no decision on the winter timetable had been reached. "
                + "The union said the crews would strike on Friday. The harbour master said the quay is safe.\n";
        String edited = v1.replace("had been reached", "was reached");
        String v3 = v1.replace("would strike on Friday", "would strike on Monday").replace(" The harbour master said the quay is safe.", "");
        long operator;
        long union;
        try (Workspace w = Workspace.create(file)) {
            Article a = TempWorkspaces.addArticle(w, "Ferry", v1);
            operator = w.markClaim(a.id(), nth(v1, "no decision on the winter timetable had been reached.", 1), press(w), "operator", "").id();
            union = w.markClaim(a.id(), nth(v1, "the crews would strike on Friday.", 1), press(w), "union", "").id();
            w.markClaim(a.id(), nth(v1, "the quay is safe.", 1), press(w), "harbour master", "");
            w.reviseArticle(a.id(), edited, TextOrigin.EDIT);
            assertTrue(w.isChangedSinceMarked(operator), "the edit flags it (kept flagged for review)");
            RevisionPreview p = w.revisionPreview(a.id(), v3);
            assertEquals(List.of(union), p.reworded().stream().map(Claim::id).toList(), "only the union's words change");
            assertEquals(List.of(operator), p.backOnMarkedWords().stream().map(Claim::id).toList());
            RevisionReport r = w.reviseArticle(a.id(), v3, TextOrigin.FILE);
            assertEquals(new RevisionReport(0, 0, 1, 1, 1), r, r.summary());
            assertTrue(r.summary().contains("1 is back on the words it was marked on"), r.summary());
        }
        try (Workspace w = Workspace.open(file)) {
            assertFalse(w.isChangedSinceMarked(operator), "its flag went: its words are the ones marked");
            assertTrue(w.isChangedSinceMarked(union));
            assertEquals(1, w.changedCount(), "as many flagged as the report said changed");
        }
    }
}
