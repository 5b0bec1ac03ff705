package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.claims.ClaimRow;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A claim's row chosen while no pane shows its article: the status line says Enter opens it; after Enter the article is
 * shown and the line says so (analyst54 read "no pane shows it" after Enter had opened it).
 */
class OpenClaimsArticleUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void afterEnterTheStatusLineNoLongerSaysNoPaneShowsTheArticle(FxRobot robot) {
        app.settle();
        Workspace w = app.workspace();
        Set<Long> shown = onFx(() -> app.context.workbench().panes().stream().map(p -> p.article().map(Article::id).orElse(-1L))
                .collect(Collectors.toSet()));
        Article hidden = onFx(() -> w.articles().stream().filter(a -> !shown.contains(a.id())).findFirst().orElseThrow());
        long claim = onFx(() -> w.markClaim(hidden.id(), new TextSpan(0, 20), w.sources().get(0).id(), "", "").id());
        app.settle();
        robot.interact(() -> app.context.view().focusList(0));
        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();
        robot.interact(() -> TopicsUiTest.selectClaim(table, claim));
        app.settle();
        assertTrue(status(robot).endsWith("no pane shows it."), status(robot));

        robot.type(KeyCode.ENTER);
        app.settle();
        assertTrue(onFx(() -> app.context.workbench().panes().stream().anyMatch(p -> p.article().map(Article::id).orElse(-1L) == hidden.id())),
                "Enter opened the claim's article in a pane");
        assertFalse(status(robot).contains("no pane shows it"), "the line is true after Enter: " + status(robot));
        assertTrue(status(robot).contains("is shown"), status(robot));
    }

    /** factcheck55: Page Down passed a row no pane shows, and its line stayed beside the next row, outlined in a pane. */
    @Test
    void aRowChosenNextThatAPaneShowsTakesTheLineOfTheRowBefore(FxRobot robot) {
        app.settle();
        Workspace w = app.workspace();
        Set<Long> shown = onFx(() -> app.context.workbench().panes().stream().map(p -> p.article().map(Article::id).orElse(-1L))
                .collect(Collectors.toSet()));
        Article hidden = onFx(() -> w.articles().stream().filter(a -> !shown.contains(a.id())).findFirst().orElseThrow());
        long notShown = onFx(() -> w.markClaim(hidden.id(), new TextSpan(0, 20), w.sources().get(0).id(), "", "").id());
        long inAPane = onFx(() -> w.markClaim(shown.stream().filter(id -> id > 0).findFirst().orElseThrow(), new TextSpan(0, 20),
                w.sources().get(0).id(), "", "").id());
        app.settle();
        robot.interact(() -> app.context.view().focusList(0));
        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();
        robot.interact(() -> TopicsUiTest.selectClaim(table, notShown));
        app.settle();
        assertTrue(status(robot).endsWith("no pane shows it."), status(robot));
        robot.interact(() -> TopicsUiTest.selectClaim(table, inAPane));
        app.settle();
        assertFalse(status(robot).contains("no pane shows it"), "the line is of the row chosen now: " + status(robot));
        assertTrue(status(robot).endsWith("is outlined in its article's pane."), status(robot));
    }

    private static String status(FxRobot robot) {
        return onFx(() -> robot.lookup("#statusBar").queryAs(org.controlsfx.control.StatusBar.class).getText());
    }
}
