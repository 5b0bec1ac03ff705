package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Work that lasts in the background shows what it is beside its progress and Cancel, on the right of the status bar; the
 * message on the left keeps saying what the user did last (it was replaced by the task's, "Ctrl+Z undoes it" lost).
 */
@ExtendWith(ApplicationExtension.class)
class StatusBarTaskUiTest {

    @TempDir
    static Path home;

    private WorkbenchFixture app;

    @Start
    void start(Stage stage) {
        app = WorkbenchFixture.startWithBackgroundThread(stage, home.resolve(String.valueOf(System.nanoTime())));
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.context.close()).get();
    }

    @Test
    void aLastingTaskIsNamedBesideItsCancelAndTheLastMessageStays(FxRobot robot) throws Exception {
        app.settle();
        String said = "Marked a claim of White House. Ctrl+Z undoes it.";
        CountDownLatch release = new CountDownLatch(1);
        robot.interact(() -> {
            app.context.workbench().statusProperty().set(said);
            app.context.workbench().tasks().run("Reading the changed claims", p -> release.await(30, TimeUnit.SECONDS), r -> { }, e -> { });
        });
        Label task = robot.lookup("#taskMessage").queryAs(Label.class);
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(task::isVisible));
            assertEquals("Reading the changed claims", onFx(task::getText), "the task says what it does, beside Cancel");
            assertTrue(onFx(() -> robot.lookup("#cancelTask").query().isVisible()));
            assertEquals(said, onFx(() -> robot.lookup("#statusBar").queryAs(StatusBar.class).getText()), "the last message stays");
        } finally {
            release.countDown();
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> !task.isVisible()));
        assertEquals(said, onFx(() -> robot.lookup("#statusBar").queryAs(StatusBar.class).getText()));
    }
}
