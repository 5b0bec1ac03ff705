package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.claimbench.ui.common.FileChoices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The folder an export went to with a workspace is where the next export of that kind opens, after a restart too: it is
 * kept in the user's settings beside the workspace's window layout.
 */
@ExtendWith(ApplicationExtension.class)
class SaveFoldersRestartUiTest {

    @TempDir
    Path home;

    @TempDir
    Path exports;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** Answers every save dialog with a file in {@code exports}, noting the folder each dialog was to open in. */
    private final class Answers implements FileChoices {
        final List<Path> proposed = new ArrayList<>();
        Path written;

        @Override
        public Optional<Path> saveFile(Window owner, String title, String initialName, String description, String pattern) {
            proposed.add(null);
            written = exports.resolve(initialName);
            return Optional.of(written);
        }

        public Optional<Path> saveFile(Window owner, String title, String initialName, String description, String pattern, Path start) {
            proposed.add(start);
            written = exports.resolve(initialName);
            return Optional.of(written);
        }

        @Override
        public Optional<Path> folder(Window owner, String title) {
            return Optional.empty();
        }

        @Override
        public Optional<List<Path>> openFiles(Window owner, String title, List<FileChooser.ExtensionFilter> filters) {
            return Optional.empty();
        }
    }

    private static void choose(FxRobot robot, String id) {
        MenuItem item = onFx(() -> ((MenuBar) robot.lookup("#menuBar").query()).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).flatMap(i -> i instanceof Menu sub ? sub.getItems().stream() : java.util.stream.Stream.of(i))
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow());
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Answers exportOnce(FxRobot robot, FirstFrameDriver app) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> app.ctx().model().workspace().isPresent()));
        Answers answers = new Answers();
        onFx(() -> {
            app.ctx().workbench().setFileChoices(answers);
            return null;
        });
        choose(robot, "menuExportW3c");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> answers.written != null && Files.exists(answers.written));
        return answers;
    }

    @Test
    void afterARestartTheExportOpensInTheFolderTheLastOneWentTo(FxRobot robot) throws Exception {
        FirstFrameDriver first = new FirstFrameDriver(stage);
        first.startAndInTheFirstFrame(home, scene -> { });
        Path workspaceFolder;
        try {
            Answers before = exportOnce(robot, first);
            workspaceFolder = onFx(() -> first.ctx().model().workspace().orElseThrow().file().toAbsolutePath().getParent());
            assertEquals(1, before.proposed.size(), "one dialog");
        } finally {
            first.close();
        }

        FirstFrameDriver again = new FirstFrameDriver(stage);
        again.startAndInTheFirstFrame(home, scene -> { });
        try {
            Answers after = exportOnce(robot, again);
            assertEquals(workspaceFolder, onFx(() -> again.ctx().model().workspace().orElseThrow().file().toAbsolutePath().getParent()),
                    "the same workspace, opened again");
            assertEquals(List.of(exports.toAbsolutePath()), after.proposed, "the folder of the export before the restart is proposed");
        } finally {
            again.close();
        }
    }
}
