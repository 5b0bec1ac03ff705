package org.claimbench.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.claimbench.settings.AppDirs;
import org.claimbench.settings.SettingsStore;
import org.claimbench.ui.common.ImmediateTaskRunner;
import org.claimbench.ui.common.UserMessages;
import org.claimbench.ui.common.WorkspaceModel;
import org.claimbench.workspace.TempWorkspaces;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening files through the session, on real workspace files, without a window. */
class WorkspaceSessionTest {

    @TempDir
    Path dir;

    private final List<String> errors = new ArrayList<>();
    private final WorkspaceModel model = new WorkspaceModel(new ImmediateTaskRunner());
    private WorkspaceSession session;

    private WorkspaceSession session() {
        AppDirs dirs = new AppDirs(dir.resolve("data"), dir.resolve("config"));
        UserMessages messages = new UserMessages() {
            @Override
            public void error(String title, String message) {
                errors.add(title + ": " + message);
            }

            @Override
            public void notify(String title, String message) {
            }
        };
        session = new WorkspaceSession(model, new ImmediateTaskRunner(), messages, dirs, new SettingsStore(dirs.settingsFile()));
        return session;
    }

    @AfterEach
    void closeIt() {
        if (session != null) {
            session.close();
        }
    }

    /** Records what happens, in order. */
    private final class Recorder implements WorkspaceSession.Opened<String> {
        final List<String> steps = new ArrayList<>();
        final boolean failToReadAhead;

        Recorder(boolean failToReadAhead) {
            this.failToReadAhead = failToReadAhead;
        }

        @Override
        public String prepare(Workspace w) {
            steps.add("prepare, attached: " + model.workspace().isPresent());
            if (failToReadAhead) {
                throw new IllegalStateException("unreadable");
            }
            return "first articles of " + w.name();
        }

        @Override
        public void show(Workspace w, String prepared) {
            steps.add("show " + prepared + ", attached: " + (model.workspace().orElse(null) == w));
        }
    }

    @Test
    void whatIsReadAheadBeforeTheWorkspaceIsTakenOverIsHandedToTheWindowAfter() {
        Path file = dir.resolve("calls.claimbench");
        TempWorkspaces.create(dir, "calls").close();
        Recorder r = new Recorder(false);
        session().open(file, r);
        assertEquals(List.of("prepare, attached: false", "show first articles of calls, attached: true"), r.steps);
        assertTrue(errors.isEmpty());
        // The same file again: nothing to read ahead, the window just shows it.
        Recorder again = new Recorder(false);
        session.open(file, again);
        assertEquals(List.of("show null, attached: true"), again.steps);
    }

    @Test
    void aReadAheadThatFailsStillOpensTheWorkspace() {
        TempWorkspaces.create(dir, "calls").close();
        Recorder r = new Recorder(true);
        session().open(dir.resolve("calls.claimbench"), r);
        assertEquals(List.of("prepare, attached: false", "show null, attached: true"), r.steps);
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void aFileThatIsNotAWorkspaceIsRefusedWithoutReadingAhead() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.claimbench"), "just some notes, not a workspace");
        Recorder r = new Recorder(false);
        session().open(notes, r);
        assertTrue(r.steps.isEmpty());
        assertNull(model.workspace().orElse(null));
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("Cannot open the workspace"), errors.get(0));
    }

    @Test
    void reopeningTheLastWorkspaceLeavesTheSettingsFileAsItIs() throws Exception {
        Path a = dir.resolve("a.claimbench");
        Path b = dir.resolve("b.claimbench");
        TempWorkspaces.create(dir, "a").close();
        TempWorkspaces.create(dir, "b").close();
        session().open(a, new Recorder(false));
        session.open(b, new Recorder(false));
        Path settings = new AppDirs(dir.resolve("data"), dir.resolve("config")).settingsFile();
        String written = Files.readString(settings);
        assertTrue(written.contains("recent.0=" + b.toAbsolutePath()) && written.contains("recent.1=" + a.toAbsolutePath()), written);
        session.close();
        // The next start opens the last workspace again: the list is the same, and the file is not written.
        Files.setLastModifiedTime(settings, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
        session().openAtStartup(new Recorder(false));
        assertEquals(b.toAbsolutePath(), model.workspace().orElseThrow().file().toAbsolutePath());
        assertEquals(written, Files.readString(settings));
        assertEquals(1_000_000_000_000L, Files.getLastModifiedTime(settings).toMillis(), "not written again");
        assertEquals(List.of(b.toAbsolutePath().toString(), a.toAbsolutePath().toString()), session.recent());
        // Another workspace opened then goes first, as before.
        session.open(a, new Recorder(false));
        assertTrue(Files.readString(settings).contains("recent.0=" + a.toAbsolutePath()));
    }
}
