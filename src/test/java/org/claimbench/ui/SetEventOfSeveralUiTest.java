package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Set event… on several articles chosen in the Articles list (analyst54: one event typed for three articles took 12 actions,
 * one dialog each): the list's menu and the Article menu set the event of all of them in one step, the field completes the
 * events the workspace knows, and one Ctrl+Z takes all of it back.
 */
class SetEventOfSeveralUiTest extends SampleWindowTest {

    private static final String KNOWN = "Harbour talks, 2026-11-30";

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private Node row(FxRobot robot, int index) {
        return robot.lookup("#articleList .list-cell").match(n -> n instanceof ListCell<?> c && c.getIndex() == index && c.getItem() != null).query();
    }

    /** Clicks the first article, Ctrl-clicks the next {@code more}: the articles chosen, in the list's order. */
    private List<Article> choose(FxRobot robot, int more) {
        robot.clickOn(row(robot, 0));
        for (int i = 1; i <= more; i++) {
            robot.press(KeyCode.CONTROL).clickOn(row(robot, i)).release(KeyCode.CONTROL);
        }
        app.settle();
        javafx.scene.control.ListView<Article> list = robot.lookup("#articleList").queryListView();
        return onFx(() -> List.copyOf(list.getSelectionModel().getSelectedItems()));
    }

    private Map<Long, String> events() {
        return onFx(() -> app.workspace().articles().stream().collect(Collectors.toMap(Article::id, a -> a.metadata().event())));
    }

    /** Types the first letters of the known event, ↓ and Enter (and OK, if Enter only took the completion). */
    private void completeKnown(FxRobot robot) {
        robot.clickOn("#setEventField").write("Harb");
        robot.type(KeyCode.DOWN);
        app.settle();
        robot.type(KeyCode.ENTER);
        app.settle();
        if (robot.lookup("#setEventField").tryQuery().isPresent()) {
            robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> n instanceof javafx.scene.control.Button b && b.isDefaultButton())
                    .queryAs(javafx.scene.control.Button.class));
            app.settle();
        }
    }

    private void knownEventOnTheLastArticle() {
        Workspace w = app.workspace();
        onFx(() -> {
            List<Article> all = w.articles();
            Article last = all.get(all.size() - 1);
            w.updateArticleMetadata(last.id(), last.metadata().withEvent(KNOWN));
            return null;
        });
        app.settle();
    }

    @Test
    void theListsMenuSetsTheEventOfTheThreeSelectedInOneStepAndOneUndoTakesItBack(FxRobot robot) {
        app.settle();
        knownEventOnTheLastArticle();
        Map<Long, String> before = events();
        List<Article> chosen = choose(robot, 2);
        assertEquals(3, chosen.size());

        // Monocle turns no secondary click into a menu request: the request the platform sends, fired at the second row.
        Node second = row(robot, 1);
        javafx.geometry.Point2D at = onFx(() -> second.localToScreen(20, 10));
        robot.interact(() -> javafx.event.Event.fireEvent(second, new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 20, 10, at.getX(), at.getY(), false, null)));
        app.settle();
        MenuItem item = onFx(() -> robot.listWindows().stream().filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing())
                .flatMap(w -> ((javafx.scene.control.ContextMenu) w).getItems().stream()).filter(i -> "articleListSetEvent".equals(i.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no Set event… in the list's menu")));
        assertEquals("Set event of the 3 selected\u2026", item.getText());
        setKnownThrough(robot, item, chosen);
        Map<Long, String> after = events();
        assertEquals(before.size() - 3, after.entrySet().stream().filter(e -> e.getValue().equals(before.get(e.getKey()))).count(),
                "the others unchanged");

        robot.clickOn(row(robot, 0));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        app.settle();
        assertEquals(before, events(), "one Ctrl+Z takes the three back");
    }

    @Test
    void theArticleMenuSetsTheEventOfTheArticlesSelectedInTheList(FxRobot robot) {
        app.settle();
        knownEventOnTheLastArticle();
        List<Article> chosen = choose(robot, 1);
        MenuItem item = onFx(() -> ((MenuBar) robot.lookup("#menuBar").query()).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).flatMap(i -> i instanceof Menu sub ? sub.getItems().stream() : java.util.stream.Stream.of(i))
                .filter(i -> "menuArticleSetEvent".equals(i.getId())).findFirst().orElseThrow());
        setKnownThrough(robot, item, chosen);
    }

    /** Chooses {@code item} (its menu closed first), completes the known event in the dialog; each of {@code chosen} has it. */
    private void setKnownThrough(FxRobot robot, MenuItem item, List<Article> chosen) {
        // Not through interact(): the dialog waits for its answer inside the item's action.
        javafx.application.Platform.runLater(() -> {
            if (item.getParentPopup() != null) {
                item.getParentPopup().hide();
            }
            item.fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        app.settle();
        completeKnown(robot);
        Map<Long, String> after = events();
        for (Article a : chosen) {
            assertEquals(KNOWN, after.get(a.id()), "the event of “" + a.title() + "”");
        }
    }
}
