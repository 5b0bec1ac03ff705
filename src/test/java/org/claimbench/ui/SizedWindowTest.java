package org.claimbench.ui;

import java.nio.file.Path;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a UI test of the real main window at a size of its own shares (a window test that needs no other size extends
 * {@link SampleWindowTest}): a data folder of the test class's own, the window opened by {@link #openAt} at the width and
 * height the test reads at, the robot, and the workspace closed and the stage cleaned up after each test.
 */
abstract class SizedWindowTest {

    @TempDir
    static Path home;

    /** The window under test; set by {@link #openAt}. */
    WorkbenchFixture app;
    final FxRobot robot = new FxRobot();

    /** Opens the window at {@code width} × {@code height} on the samples, in the home's folder {@code name}, and lets it settle. */
    void openAt(String name, double width, double height) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> app = WorkbenchFixture.start(stage, home.resolve(name), width, height));
        app.settle();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.context.close()).get();
        FxToolkit.cleanupStages();
    }
}
