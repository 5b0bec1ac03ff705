package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.domain.TextOrigin;
import org.claimbench.ui.common.BackgroundJob;
import org.claimbench.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor's typo put right with Edit text: the pane shows the new words at once, as the status line says, not after the
 * whole suggestions build that the new text starts (in the real window the pane showed "Lindqvist" for about 3 s after the
 * status line said "New text of …"). Jobs run in order on one background thread, as the app runs them; the build is held
 * until the test lets it go, as six articles' analysis holds it.
 */
@ExtendWith(ApplicationExtension.class)
class EditedTextShownFirstUiTest {

    @TempDir
    static Path home;

    private final OneThread runner = new OneThread();
    private WorkbenchFixture app;

    /** One background thread, jobs in the order given; a suggestions build waits on {@link #gate} while it is closed. */
    private static final class OneThread implements TaskRunner {
        private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "test-background");
            t.setDaemon(true);
            return t;
        });
        volatile CountDownLatch gate = new CountDownLatch(0);

        @Override
        public <T> void run(String title, BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            thread.submit(() -> {
                try {
                    if (title.startsWith("Looking for suggestions")) {
                        gate.await(30, TimeUnit.SECONDS);
                    }
                    T result = job.call(new BackgroundJob.Progress() {
                        @Override
                        public void update(double done, double total, String message) {
                        }

                        @Override
                        public boolean isCancelled() {
                            return false;
                        }
                    });
                    Platform.runLater(() -> onSuccess.accept(result));
                } catch (Exception e) {
                    Platform.runLater(() -> onFailure.accept(e));
                }
            });
        }

        /** Waits until every job given so far has run. */
        void drain() throws Exception {
            thread.submit(() -> { }).get(60, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Start
    void start(Stage stage) {
        app = WorkbenchFixture.start(stage, home.resolve(String.valueOf(System.nanoTime())), runner, 1280, 720);
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        runner.gate.countDown();
        runner.drain();
        WaitForAsyncUtils.asyncFx(() -> app.context.close()).get();
    }

    @Test
    void aTypoPutRightShowsInThePaneBeforeTheSuggestionsAreBuiltAgain(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> app.context.model().workspace().isPresent()));
        runner.drain();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> app.context.workbench().suggestions().ready()));
        runner.drain();
        Article shown = onFx(() -> app.context.workbench().panes().get(0).article().orElseThrow());
        String text = app.workspace().text(shown.id());
        int space = text.indexOf(' ');
        // The first word given one more letter, as a typo is put right (our change, not a word of the sample).
        String revised = text.substring(0, space) + "x" + text.substring(space);

        runner.gate = new CountDownLatch(1);
        robot.interact(() -> app.workspace().reviseArticle(shown.id(), revised, TextOrigin.EDIT));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> app.area(1).getText().startsWith(revised.substring(0, space + 1))));
        assertTrue(onFx(() -> app.context.workbench().suggestions().workingProperty().get()),
                "the pane shows the new words while the suggestions are still being built");
    }
}
