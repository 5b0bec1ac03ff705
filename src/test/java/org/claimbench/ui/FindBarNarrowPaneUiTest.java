package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ctrl+F in a narrow pane (three panes at 1024 × 700, issue 14): the find bar fits the pane, its field keeps room for a
 * phrase, next, previous and close stay inside the pane, and no pane's text loses width to it.
 */
class FindBarNarrowPaneUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage, 1024, 700);
    }

    private static Bounds onScreen(Node n) {
        return onFx(() -> n.localToScreen(n.getBoundsInLocal()));
    }

    @Test
    void inTheMiddleOfThreePanesTheFindBarFitsAndTheTextKeepsItsWidth(FxRobot robot) {
        app.settle();
        robot.interact(() -> app.context.workbench().addPaneWithNextArticle());
        app.settle();
        assertEquals(3, (int) onFx(() -> app.context.view().paneViews().size()));
        double[] widths = new double[3];
        for (int pane = 1; pane <= 3; pane++) {
            widths[pane - 1] = onScreen(app.area(pane)).getWidth();
        }

        robot.clickOn(app.area(2));
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("the");
        app.settle();

        Bounds pane = onScreen(robot.lookup("#articlePane-2").query());
        String count = robot.lookup("#findCount-2").queryLabeled().getText();
        assertTrue(count.matches("\\d+ of \\d+"), "the bar counts the hits: " + count);
        for (String id : new String[] {"#findField-2", "#findCount-2", "#findPrevious-2", "#findNext-2", "#findClose-2"}) {
            Node n = robot.lookup(id).query();
            Bounds b = onScreen(n);
            assertTrue(onFx(n::isVisible) && b.getWidth() > 0, id + " is shown");
            assertTrue(b.getMinX() >= pane.getMinX() - 0.5 && b.getMaxX() <= pane.getMaxX() + 0.5,
                    id + " lies inside its pane: " + b.getMinX() + "–" + b.getMaxX() + " in " + pane.getMinX() + "–" + pane.getMaxX());
        }
        // Room for the phrase: the field's width less what the count covers of it, if it stands inside the field.
        TextField field = robot.lookup("#findField-2").queryAs(TextField.class);
        Bounds f = onScreen(field);
        Bounds c = onScreen(robot.lookup("#findCount-2").query());
        double covered = c.getMinX() < f.getMaxX() && c.getMaxX() > f.getMinX() ? f.getMaxX() - c.getMinX() : 0;
        assertTrue(f.getWidth() - covered >= 80, "the field has room for a phrase: " + f.getWidth() + " less " + covered);
        // The count is drawn whole (not cut to "…").
        assertEquals(count, onFx(() -> ((javafx.scene.text.Text) robot.lookup("#findCount-2").query().lookup(".text")).getText()));
        // The bar takes one row and squeezes nothing above it: the pane's header keeps its two lines whole.
        javafx.scene.control.Label byline = robot.lookup("#paneByline-2").queryAs(javafx.scene.control.Label.class);
        assertTrue(onFx(() -> byline.getHeight() >= byline.prefHeight(byline.getWidth()) - 0.5),
                "the header's byline is not squeezed: " + onFx(byline::getHeight) + " of " + onFx(() -> byline.prefHeight(byline.getWidth())));
        Bounds bar = onScreen(robot.lookup("#findBar-2").query());
        assertTrue(bar.getHeight() < 1.5 * f.getHeight() + 12, "one row: the bar " + bar.getHeight() + " px high, the field " + f.getHeight());
        for (int p = 1; p <= 3; p++) {
            Bounds text = onScreen(app.area(p));
            assertEquals(widths[p - 1], text.getWidth(), 0.5, "pane " + p + "'s text keeps its width");
            assertTrue(text.getHeight() >= 120, "pane " + p + "'s text keeps its height: " + text.getHeight());
        }
        // Next, previous and close work from where they are.
        int on = Integer.parseInt(count.split(" of ")[0]);
        int of = Integer.parseInt(count.split(" of ")[1]);
        robot.clickOn("#findNext-2");
        assertEquals((on % of + 1) + " of " + of, robot.lookup("#findCount-2").queryLabeled().getText());
        robot.clickOn("#findPrevious-2");
        assertEquals(count, robot.lookup("#findCount-2").queryLabeled().getText());
        robot.clickOn("#findClose-2");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!onFx(() -> robot.lookup("#findBar-2").query().isVisible()), "close closes the bar");
    }
}
