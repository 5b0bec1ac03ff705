package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A list's right-click menu reads on the selected row (analyst54: the Articles list's menu drew white words on a white
 * menu, because the menu took the selected row's text colour): every item's words stand at least 4.5:1 against the
 * menu's background (WCAG 2.1, 1.4.3), for the article list and the sources' legend, with the row selected.
 */
class ListContextMenuReadsUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theArticleListsMenuReadsOnTheSelectedRow(FxRobot robot) {
        app.settle();
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        menuOnTheSelectedRowReads(robot, list);
    }

    @Test
    void theLegendsMenuReadsOnTheSelectedRow(FxRobot robot) {
        app.settle();
        ListView<?> legend = robot.lookup("#sourceLegend .list-view").queryAll().stream()
                .filter(n -> n instanceof ListView<?> && n.isVisible()).map(n -> (ListView<?>) n).findFirst().orElseThrow();
        menuOnTheSelectedRowReads(robot, legend);
    }

    private void menuOnTheSelectedRowReads(FxRobot robot, ListView<?> list) {
        robot.interact(() -> list.getSelectionModel().select(0));
        app.settle();
        Node row = list.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getIndex() == 0).findFirst().orElseThrow();
        assertTrue(row.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("selected")),
                "the first row is selected before the menu is asked for");
        // Monocle turns no secondary click into a menu request: the request the platform sends, fired at the row.
        javafx.geometry.Point2D at = row.localToScreen(20, 10);
        robot.interact(() -> javafx.event.Event.fireEvent(row, new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 20, 10, at.getX(), at.getY(), false, null)));
        app.settle();
        ContextMenu menu = robot.listWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(ContextMenu.class::cast).findFirst().orElseThrow(() -> new AssertionError("no menu shown"));
        List<String> unreadable = new ArrayList<>();
        robot.interact(() -> {
            Region content = (Region) menu.getSkin().getNode();
            Color back = lastFill(content.getBackground());
            for (MenuItem item : menu.getItems()) {
                if (item instanceof SeparatorMenuItem || item.getStyleableNode() == null) {
                    continue;
                }
                for (Node n : item.getStyleableNode().lookupAll(".label")) {
                    if (n instanceof Label l && l.getText() != null && !l.getText().isBlank() && l.getTextFill() instanceof Color c) {
                        double ratio = SuggestionsReviewUiTest.contrast(c, back);
                        if (ratio < 4.5) {
                            unreadable.add(l.getText() + " " + c + " on " + back + " (" + String.format("%.2f", ratio) + ")");
                        }
                    }
                }
            }
        });
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        app.settle();
        assertFalse(menu.getItems().isEmpty(), "the menu has items");
        assertTrue(unreadable.isEmpty(), "menu items that do not read on the menu: " + unreadable);
    }

    private static Color lastFill(Background bg) {
        for (int i = bg.getFills().size() - 1; i >= 0; i--) {
            if (bg.getFills().get(i).getFill() instanceof Color c && c.getOpacity() > 0.5) {
                return c;
            }
        }
        throw new AssertionError("the menu has no opaque background");
    }
}
