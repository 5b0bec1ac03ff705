package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.claimbench.app.AppContext;
import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.settings.SettingsStore;
import org.claimbench.settings.WindowLayout;
import org.claimbench.ui.articles.ArticleListView;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pane the user worked in (the blue line, the keyboard) and the article list's place (the article at its top, the one
 * selected, the event it is filtered by) come back with the workspace: reopened in the same window, and after a restart.
 */
@ExtendWith(ApplicationExtension.class)
@SuppressWarnings("unchecked")
class FocusAndListMemoryUiTest {

    @TempDir
    Path home;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aReopenedWorkspaceHasThePaneWorkedInAndTheArticleListAsLeft(FxRobot robot) throws Exception {
        WorkbenchFixture app = onFx(() -> WorkbenchFixture.start(stage, home.resolve("reopen"), 1024, 700));
        try {
            app.settle();
            addArticles(app.workspace());
            app.settle();
            long[] left = leaveTheSecondPaneActiveAndTheListScrolled(robot, app.context);
            Path file = app.workspace().file();

            app.reopenWorkspace();
            WaitForAsyncUtils.waitForFxEvents();
            assertAsLeft(app.context, left);

            WindowLayout stored = new SettingsStore(home.resolve("reopen").resolve("config").resolve("settings.properties")).load()
                    .layout(file.toAbsolutePath().toString()).orElseThrow();
            assertEquals(1, stored.activePane());
            assertEquals(left[0], stored.listTop());
            assertEquals(left[1], stored.listSelected());
        } finally {
            WaitForAsyncUtils.asyncFx(() -> app.context.close()).get();
        }
    }

    @Test
    void afterARestartThePaneWorkedInHasTheKeyboardAndTheListIsWhereItWas(FxRobot robot) throws Exception {
        FirstFrameDriver first = new FirstFrameDriver(stage);
        first.startAndInTheFirstFrame(home, scene -> { });
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> onFx(() -> list(first.ctx()) != null
                && first.ctx().view().paneViews().get(1).textArea() != null));
        addArticles(first.ctx().model().workspace().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        long[] left = leaveTheSecondPaneActiveAndTheListScrolled(robot, first.ctx());
        first.close();

        FirstFrameDriver again = new FirstFrameDriver(stage);
        again.startAndInTheFirstFrame(home, scene -> { });
        try {
            WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> onFx(() -> list(again.ctx()) != null
                    && again.ctx().view().paneViews().get(0).textArea() != null
                    && again.ctx().view().paneViews().get(1).textArea() != null));
            WaitForAsyncUtils.waitForFxEvents();
            assertAsLeft(again.ctx(), left);
        } finally {
            again.close();
        }
    }

    @Test
    void afterARestartTheArticleListIsFilteredByTheEventChosenBefore(FxRobot robot) throws Exception {
        FirstFrameDriver first = new FirstFrameDriver(stage);
        first.startAndInTheFirstFrame(home, scene -> { });
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> onFx(() -> list(first.ctx()) != null));
        Workspace w = first.ctx().model().workspace().orElseThrow();
        // Two events besides the samples': the filter is shown, and one of them is chosen.
        onFx(() -> {
            w.addArticle(new ArticleDraft(ArticleMetadata.titled("Ferry strike enters its second week").withEvent("Ferry strike, 2025-02-10"),
                    "The ferry crews stayed on shore for a second week, the union said on Monday."));
            w.addArticle(new ArticleDraft(ArticleMetadata.titled("Harbour fees to double").withEvent("Harbour fees vote, 2025-03-01"),
                    "The harbour council voted to double the mooring fees from April, its clerk said."));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ComboBox<?> filter = onFx(() -> (javafx.scene.control.ComboBox<?>) first.ctx().view().lookup("#articleEventFilter"));
        assertTrue(onFx(() -> filter.getItems().contains("Ferry strike, 2025-02-10")), "the event is offered");
        robot.interact(() -> ((javafx.scene.control.ComboBox<String>) filter).setValue("Ferry strike, 2025-02-10"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, (int) onFx(() -> list(first.ctx()).list().getItems().size()), "one article reports it");
        first.close();

        FirstFrameDriver again = new FirstFrameDriver(stage);
        again.startAndInTheFirstFrame(home, scene -> { });
        try {
            WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> onFx(() -> list(again.ctx()) != null));
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.control.ComboBox<?> after = onFx(() -> (javafx.scene.control.ComboBox<?>) again.ctx().view().lookup("#articleEventFilter"));
            assertEquals("Ferry strike, 2025-02-10", onFx(after::getValue), "the event chosen before the restart");
            assertEquals(List.of("Ferry strike enters its second week"),
                    onFx(() -> list(again.ctx()).list().getItems().stream().map(Article::title).toList()), "the list shows only its articles");
        } finally {
            again.close();
        }
    }

    /** Eight more articles, so that the list scrolls. */
    private static void addArticles(Workspace w) {
        onFx(() -> {
            for (int i = 1; i <= 8; i++) {
                w.addArticle(new ArticleDraft(ArticleMetadata.titled("Harbour council report number " + i),
                        "The harbour council met on day " + i + " and the clerk wrote down what each member said about the ferries."));
            }
            return null;
        });
    }

    /** Clicks into the second pane's text, selects the seventh article and scrolls the list to it; the list's top and selection. */
    private static long[] leaveTheSecondPaneActiveAndTheListScrolled(FxRobot robot, AppContext ctx) {
        robot.clickOn(onFx(() -> ctx.view().paneViews().get(1).textArea()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ctx.workbench().panes().get(1), onFx(() -> ctx.workbench().activePaneProperty().get()));
        robot.interact(() -> {
            ListView<Article> list = list(ctx).list();
            list.getSelectionModel().clearAndSelect(6);
            list.scrollTo(7);
        });
        WaitForAsyncUtils.waitForFxEvents();
        long top = onFx(() -> list(ctx).topArticle());
        long selected = onFx(() -> list(ctx).selectedArticle());
        long firstArticle = onFx(() -> list(ctx).list().getItems().get(0).id());
        assertNotEquals(firstArticle, top, "the list is scrolled down");
        assertNotEquals(0L, selected);
        // Back in the text, as a user would be when they quit.
        robot.clickOn(onFx(() -> ctx.view().paneViews().get(1).textArea()));
        WaitForAsyncUtils.waitForFxEvents();
        return new long[] {top, selected};
    }

    private static void assertAsLeft(AppContext ctx, long[] left) {
        assertEquals(ctx.workbench().panes().get(1), onFx(() -> ctx.workbench().activePaneProperty().get()), "the second pane is worked in");
        Node owner = onFx(() -> ctx.view().getScene().getFocusOwner());
        Node text = onFx(() -> ctx.view().paneViews().get(1).textArea());
        assertTrue(owner != null && isWithin(owner, ctx.view().paneViews().get(1)), "the second pane's text has the keyboard: " + owner);
        assertTrue(text != null);
        assertEquals(left[0], (long) onFx(() -> list(ctx).topArticle()), "the same article at the list's top");
        assertEquals(left[1], (long) onFx(() -> list(ctx).selectedArticle()), "the same article selected");
    }

    private static boolean isWithin(Node n, Node ancestor) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static ArticleListView list(AppContext ctx) {
        return (ArticleListView) ctx.view().lookup("#articleListView");
    }
}
