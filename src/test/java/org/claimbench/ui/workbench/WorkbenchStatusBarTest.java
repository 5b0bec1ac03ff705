package org.claimbench.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.claimbench.app.AppContext;
import org.claimbench.settings.AppDirs;
import org.claimbench.ui.common.FxTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The status bar names the work in progress beside its Cancel, also work that began before the bar was built. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchStatusBarTest {

    @TempDir
    static Path home;

    private AppContext context;

    @Start
    void start(Stage stage) {
        context = new AppContext(new AppDirs(home.resolve("data"), home.resolve("config")), null);
    }

    @Test
    void workThatLastedBeforeTheBarWasBuiltIsNamedBesideCancel() throws Exception {
        FxTaskRunner runner = (FxTaskRunner) context.workbench().tasks();
        CountDownLatch release = new CountDownLatch(1);
        try {
            WaitForAsyncUtils.asyncFx(() -> runner.run("Looking for suggestions", p -> release.await(30, TimeUnit.SECONDS), r -> { }, e -> { }))
                    .get();
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> runner.lastingTask().get() != null).get());
            // Built now, as the progressive window builds it a few frames after the start.
            WorkbenchStatusBar bar = WaitForAsyncUtils.asyncFx(() -> new WorkbenchStatusBar(context.workbench(), runner)).get();
            Label task = (Label) bar.getRightItems().stream().filter(n -> "taskMessage".equals(n.getId())).findFirst().orElseThrow();
            assertTrue(WaitForAsyncUtils.asyncFx(task::isVisible).get(), "Cancel and its words show");
            assertEquals("Looking for suggestions", WaitForAsyncUtils.asyncFx(task::getText).get());
        } finally {
            release.countDown();
            WaitForAsyncUtils.asyncFx(() -> context.close()).get();
        }
    }
}
