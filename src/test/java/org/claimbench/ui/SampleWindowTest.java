package org.claimbench.ui;

import java.nio.file.Path;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a UI test of the real main window on the sample workspace shares: a data folder of the test class's own (a fresh
 * home for each test inside it), the window opened by {@link #open}, and its workspace closed after each test.
 *
 * <p>TestFX 4.0.18's {@link ApplicationExtension} looks for {@code @Start} among the test class's own declared methods
 * only, so each subclass keeps a {@code @Start} method that calls {@link #open}; the extension itself is inherited.
 */
@ExtendWith(ApplicationExtension.class)
abstract class SampleWindowTest {

    @TempDir
    static Path home;

    /** The window under test; set by {@link #open}. */
    WorkbenchFixture app;

    /** Opens the window at the fixture's default size (1400 × 900) on a new home holding the samples. */
    void open(Stage stage) {
        app = WorkbenchFixture.start(stage, freshHome());
    }

    /** Opens the window at {@code width} × {@code height} (pixels) on a new home holding the samples. */
    void open(Stage stage, double width, double height) {
        app = WorkbenchFixture.start(stage, freshHome(), width, height);
    }

    /**
     * Opens the window as the app runs it (articles read and suggestions computed on the background thread, waited for with
     * {@link WorkbenchFixture#settle}) on a new home holding the samples.
     */
    void openWithBackgroundThread(Stage stage) {
        app = WorkbenchFixture.startWithBackgroundThread(stage, freshHome());
    }

    /**
     * Waits (up to 30 s and 60 s: slow under load) for the workspace opened by {@link #openWithBackgroundThread} and then
     * for its suggestions to be computed.
     */
    void suggestionsReady() throws Exception {
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> app.context.model().workspace().isPresent());
        app.settle();
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
                () -> WorkbenchFixture.onFx(() -> app.context.workbench().suggestions().ready()));
    }

    /** Opens the article list's menu on an article (as a right click on its row does) and clicks an item of it. */
    void openArticleMenu(org.testfx.api.FxRobot robot, long articleId, String item) {
        javafx.scene.control.ListView<?> articles = robot.lookup("#articleList").queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> articles.getItems().stream().filter(x -> x instanceof org.claimbench.domain.Article a && a.id() == articleId)
                .findFirst().ifPresent(x -> articles.scrollTo(articles.getItems().indexOf(x))));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node cell = robot.lookup("#articleList .list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> lc
                && lc.getItem() instanceof org.claimbench.domain.Article a && a.id() == articleId).query();
        // Monocle turns no right click into a context-menu request, so the request a right click makes is sent to the cell.
        javafx.geometry.Point2D at = cell.localToScreen(20, 10);
        robot.interact(() -> javafx.event.Event.fireEvent(cell, new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 20, 10, at.getX(), at.getY(), false, null)));
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Path freshHome() {
        return home.resolve(String.valueOf(System.nanoTime()));
    }

    @BeforeEach
    void letTheWindowSettle() {
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.context.close()).get();
    }
}
