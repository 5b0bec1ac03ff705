package org.claimbench.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.claimbench.domain.Article;
import org.claimbench.domain.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The marks of undo steps (what the topics dialog keeps to know whether Undo would take back its own step): where a step
 * stands in the history as later steps are made, undone and redone, on a real workspace file.
 */
class UndoMarksTest {

    private static final String TEXT = "The lock keeper said the canal will close for two weeks while the gates are mended.";

    @TempDir
    Path dir;

    @Test
    void aStepsMarkSaysHowManyStepsLieAboveItAndFollowsUndoAndRedo() {
        try (Workspace w = Workspace.create(dir.resolve("marks.claimbench"))) {
            Article a = TempWorkspaces.addArticle(w, "Canal", TEXT);
            long claim = w.markClaim(a.id(), new TextSpan(4, 15), w.sources().get(0).id(), "", "").id();
            w.setTopic(List.of(claim), "When does the canal close?");
            Object mine = w.undoMark().orElseThrow();
            assertEquals(0, w.stepsAbove(mine), "the step just made is Undo's next");
            w.markClaim(a.id(), new TextSpan(25, 35), w.sources().get(1).id(), "", "");
            assertEquals(1, w.stepsAbove(mine), "one step made since");
            assertNotSame(mine, w.undoMark().orElseThrow());
            w.undo();
            assertEquals(0, w.stepsAbove(mine), "that step undone: mine is next again");
            w.undo();
            assertEquals(-1, w.stepsAbove(mine), "undone: no longer in the undo history");
            assertSame(mine, w.redoMark().orElseThrow(), "Redo's next");
            w.redo();
            assertSame(mine, w.undoMark().orElseThrow(), "redone, the same step");
            assertTrue(w.claim(claim).orElseThrow().topicId() != null);
        }
    }
}
