package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.ui.common.BackgroundJob;
import org.claimbench.ui.common.ImmediateTaskRunner;
import org.claimbench.ui.common.TaskRunner;
import org.claimbench.ui.suggestions.ClaimSuggestionRow;
import org.claimbench.ui.suggestions.SuggestionsViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ctrl+Shift+A pressed twice quickly on the samples: the window says at once that it is marking, the second press does not
 * run a second time over the first, and no message says "Nothing marked" of a press that marked a hundred claims. The write is
 * held on the background thread until the test lets it go, as a slow disk would hold it.
 */
@ExtendWith(ApplicationExtension.class)
class AcceptAllTwiceUiTest {

    @TempDir
    static Path home;

    private final HeldMarking runner = new HeldMarking();
    private WorkbenchFixture app;

    /** Runs every job at once, except a job that marks claims: held until {@link #release()}, then run on another thread. */
    private static final class HeldMarking implements TaskRunner {
        private final ImmediateTaskRunner now = new ImmediateTaskRunner();
        private final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void run(String title, BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            if (!title.startsWith("Marking")) {
                now.run(title, job, onSuccess, onFailure);
                return;
            }
            held.add(() -> new Thread(() -> now.run(title, job, r -> Platform.runLater(() -> onSuccess.accept(r)),
                    e -> Platform.runLater(() -> onFailure.accept(e)))).start());
        }

        int held() {
            return onFx(held::size);
        }

        void release() {
            onFx(() -> {
                held.forEach(Runnable::run);
                held.clear();
                return null;
            });
        }
    }

    @Start
    void start(Stage stage) {
        app = WorkbenchFixture.start(stage, home.resolve(String.valueOf(System.nanoTime())), runner, 1280, 720);
        app.settle();
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.context.close()).get();
    }

    private void ctrlShiftA(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String status() {
        return onFx(() -> app.context.workbench().statusProperty().get());
    }

    private MenuItem menuItem(FxRobot robot, String id) {
        return onFx(() -> ((MenuBar) robot.lookup("#menuBar").query()).getMenus().stream().flatMap(m -> m.getItems().stream())
                .flatMap(i -> i instanceof Menu sub ? sub.getItems().stream() : java.util.stream.Stream.of(i))
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow());
    }

    @Test
    void ctrlShiftATwiceQuicklySaysAtOnceItIsMarkingMarksOnceAndNoMessageDeniesIt(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        app.settle();
        TableView<ClaimSuggestionRow> table = robot.lookup("#claimSuggestionsTable").queryTableView();
        int shown = onFx(() -> table.getItems().size());
        int assigned = onFx(() -> (int) table.getItems().stream().filter(r -> !SuggestionsViewModel.unassigned(r)).count());
        assertTrue(assigned > 50 && shown > assigned, "the samples give many suggestions, some of speakers with no source: " + assigned + " of " + shown);
        Button button = robot.lookup("#acceptAllClaimSuggestions").queryButton();

        ctrlShiftA(robot);
        assertEquals("Marking " + assigned + " suggested claims…", status(), "the window says at once that it is working");
        assertTrue(onFx(button::isDisabled), "the button is greyed out while it runs");
        assertTrue(onFx(() -> menuItem(robot, "menuAcceptAllClaims").isDisable()), "and so is the menu item (the key)");

        ctrlShiftA(robot);
        assertEquals(1, runner.held(), "the second press does not run a second time over the first");
        assertEquals("Marking " + assigned + " suggested claims…", status(), "nor says anything over it");

        runner.release();
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> onFx(() -> !button.isDisabled()));
        app.settle();
        assertEquals(assigned, app.workspace().claims().size(), "the suggestions with a source marked once");
        assertTrue(status().startsWith("Marked " + assigned + " suggested claims; " + (shown - assigned) + " wait for a source."), status());
        assertFalse(onFx(() -> menuItem(robot, "menuAcceptAllClaims").isDisable()), "the key works again");

        // A press now finds only the suggestions that wait: it marks nothing, and says what stands rather than "Nothing marked"
        // (what the run before marked first, as a press queued behind it comes right after it).
        ctrlShiftA(robot);
        app.settle();
        assertEquals(0, runner.held(), "nothing to write");
        assertEquals(assigned, app.workspace().claims().size());
        assertTrue(status().startsWith("Marked " + assigned + " suggested claims just now; the " + (shown - assigned)
                + " suggestions left wait for your choice."), status());
    }
}
