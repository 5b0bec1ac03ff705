package org.claimbench.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Source;
import org.claimbench.domain.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits made as one step: a source added and its first claim marked are undone, redone and refused together. */
class OneUndoStepTest {

    private static final String TEXT = "The ferry board said the crossing will reopen on Monday after repairs.";

    @TempDir
    Path dir;

    @Test
    void editsMadeAsOneStepAreUndoneAndRedoneTogether() {
        Path file = dir.resolve("step.claimbench");
        long claimId;
        try (Workspace w = Workspace.create(file)) {
            Article a = TempWorkspaces.addArticle(w, "Ferry", TEXT);
            Claim c = w.inOneStep("Tag as new source Ferry board", () -> {
                Source s = w.addSource("Ferry board", null);
                return w.markClaim(a.id(), new TextSpan(25, 48), s.id(), "", "");
            });
            claimId = c.id();
            assertEquals(Optional.of("Tag as new source Ferry board"), w.undoLabel());
            assertEquals(Optional.of("Tag as new source Ferry board"), w.undo());
            assertTrue(w.sourceNamed("Ferry board").isEmpty(), "one undo takes the source back");
            assertTrue(w.claim(claimId).isEmpty(), "and its claim");
            assertEquals(Optional.of("Tag as new source Ferry board"), w.redo());
            assertEquals(w.sourceNamed("Ferry board").orElseThrow().id(), w.claim(claimId).orElseThrow().sourceId(),
                    "one redo brings both back, the claim the source's");
        }
        try (Workspace w = Workspace.open(file)) {
            assertEquals("crossing will reopen on", w.claim(claimId).orElseThrow().exact(), "the redone step is in the file");
        }
    }

    @Test
    void aStepThatFailsChangesNothing() {
        Path file = dir.resolve("failed.claimbench");
        try (Workspace w = Workspace.create(file)) {
            Article a = TempWorkspaces.addArticle(w, "Ferry", TEXT);
            Optional<String> before = w.undoLabel();
            assertThrows(WorkspaceException.class, () -> w.inOneStep("Tag as new source Harbour office", () -> {
                Source s = w.addSource("Harbour office", null);
                return w.markClaim(a.id(), new TextSpan(60, 500), s.id(), "", "");
            }));
            assertTrue(w.sourceNamed("Harbour office").isEmpty(), "the source added before the refused claim is gone");
            assertEquals(before, w.undoLabel(), "and nothing new to undo");
        }
        try (Workspace w = Workspace.open(file)) {
            assertTrue(w.sourceNamed("Harbour office").isEmpty(), "nor in the file");
            assertEquals(5, w.sources().size());
        }
    }
}
