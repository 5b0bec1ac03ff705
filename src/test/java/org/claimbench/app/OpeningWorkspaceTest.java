package org.claimbench.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimbench.ui.workbench.WorkspaceSession;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;

/** When the window takes the workbench over at start-up: not before the workspace is open or has failed to open. */
class OpeningWorkspaceTest {

    private static final WorkspaceSession.Opened<String> WORKBENCH = new WorkspaceSession.Opened<>() {
        @Override
        public String prepare(Workspace w) {
            return "read ahead";
        }

        @Override
        public void show(Workspace w, String prepared) {
        }
    };

    @Test
    void aWorkspaceThatCannotBeOpenedLetsTheWindowTakeTheWorkbenchOverAtOnce() {
        OpeningWorkspace<String> opening = new OpeningWorkspace<>(WORKBENCH);
        assertFalse(opening.taken().toCompletableFuture().isDone(), "still waiting for the workspace");
        opening.failed();
        assertTrue(opening.taken().toCompletableFuture().isDone(), "no wait for a workspace that will not come");
    }
}
