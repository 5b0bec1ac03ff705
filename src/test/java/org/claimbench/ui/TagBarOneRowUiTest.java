package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The bar by a selection keeps its new source's button on the sources' row: at two panes in a 1280 px window it took a row of
 * its own, a lone "+" under the five sources (round ui48's screenshot); the bar is one row there. Its names stay readable: a
 * source's name is not cut (at 1024 px the whole names take two rows, the button at the end of the second).
 */
class TagBarOneRowUiTest extends SizedWindowTest {

    @Test
    void atTwoPanesIn1280PixelsTheNewSourceButtonSitsOnTheSourcesRow() throws Exception {
        barWithNewSourceBesideTheSources("wide", 1280, 720, true);
    }

    @Test
    void atTwoPanesIn1024PixelsTheNewSourceButtonSitsOnARowOfSourcesWithTheirWholeNames() throws Exception {
        barWithNewSourceBesideTheSources("narrow", 1024, 700, false);
    }

    private void barWithNewSourceBesideTheSources(String name, double width, double height, boolean oneRow) throws Exception {
        openAt(name, width, height);
        assertEquals(2, (int) onFx(() -> app.context.workbench().panes().size()));
        for (int pane = 1; pane <= 2; pane++) {
            int p = pane;
            String text = onFx(() -> app.area(p).getText());
            int at = text.indexOf(' ', text.indexOf('\n') + 1) + 1;
            String phrase = text.substring(at, text.indexOf(' ', text.indexOf(' ', at) + 1));
            app.selectWithMouse(robot, pane, phrase);
            WaitForAsyncUtils.waitForFxEvents();
            Region bar = (Region) robot.lookup(n -> ("tagBar-" + p).equals(n.getId()) && n.isVisible()).query();
            List<Node> shown = onFx(() -> bar.getChildrenUnmodifiable().stream().filter(n -> n.isVisible() && n.isManaged()).toList());
            Node fresh = robot.lookup("#tag-" + p + "-new").query();
            String where = width + " px, pane " + p + ": " + onFx(() -> shown.stream()
                    .map(n -> (n instanceof javafx.scene.control.Labeled l ? "'" + l.getText() + "'" : n.getId()) + "@" + n.getLayoutY()).toList());
            assertTrue(shown.contains(fresh), "the new source's button is there: " + where);
            if (oneRow) {
                javafx.geometry.Bounds first = onFx(() -> shown.get(0).getBoundsInParent());
                assertTrue(shown.stream().allMatch(n -> onFx(() -> n.getBoundsInParent().getMinY() < first.getMaxY()
                        && n.getBoundsInParent().getMaxY() > first.getMinY())), "one row: " + where);
            }
            javafx.geometry.Bounds plus = onFx(fresh::getBoundsInParent);
            assertTrue(shown.stream().anyMatch(n -> n != fresh && n instanceof Button && onFx(() -> n.getBoundsInParent().getMinY() < plus.getMaxY()
                    && n.getBoundsInParent().getMaxY() > plus.getMinY())), "the new source's button shares a row with sources: " + where);
            for (Node n : shown) {
                if (n instanceof Button b && b != fresh) {
                    String label = onFx(b::getText);
                    assertTrue(!label.endsWith("…") && !label.matches("\\d+"), "a source's name is not cut: " + where);
                }
            }
            assertTrue(onFx(() -> bar.getLayoutX() + bar.getWidth() <= ((Region) bar.getParent()).getWidth()), "the bar is whole in its pane");
            robot.type(javafx.scene.input.KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
