package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The tag bar by a selection covers neither the selected words nor the line just before them, where the claim's speaker
 * is often named (walk61 shot 059: the bar lay on "Chancellor Friedrich Merz according to The Washington", over the words
 * saying who made the claim being tagged). It goes below the selection's last line, the text scrolled a little where the
 * selection is at the view's bottom, and it follows the selection as the text scrolls.
 */
class TagBarBelowUiTest extends SizedWindowTest {

    @Test
    void aSelectionOnTheFirstLinesHasTheBarBelowItClearOfTheLineAbove() throws Exception {
        openAt("top", 1280, 720);
        for (int pane = 1; pane <= 2; pane++) {
            for (int line = 1; line <= 4; line++) {
                InlineCssTextArea area = app.area(pane);
                int l = line;
                String phrase = onFx(() -> twoWordsAtHeight(area, lineHeight(area) * (l - 0.5)));
                app.selectWithMouse(robot, pane, phrase);
                WaitForAsyncUtils.waitForFxEvents();
                assertClearOfTheSelectionAndTheLineAbove(pane, "line " + l + " ('" + phrase + "')");
                robot.type(KeyCode.ESCAPE);
                WaitForAsyncUtils.waitForFxEvents();
            }
        }
    }

    @Test
    void aSelectionOnTheViewsLastLineHasTheBarBelowItTheTextScrolledForIt() throws Exception {
        openAt("bottom", 1280, 720);
        InlineCssTextArea area = app.area(2);
        String phrase = onFx(() -> twoWordsAtHeight(area, area.getHeight() - lineHeight(area) * 1.5));
        app.selectWithMouse(robot, 2, phrase);
        app.settle();
        assertClearOfTheSelectionAndTheLineAbove(2, "the view's last whole line ('" + phrase + "')");
    }

    @Test
    void theBarFollowsTheSelectionAsTheTextScrollsAndIsAwayWhileItIsOutOfView() throws Exception {
        openAt("scroll", 1280, 720);
        InlineCssTextArea area = app.area(2);
        String phrase = onFx(() -> twoWordsAtHeight(area, lineHeight(area) * 5.5));
        app.selectWithMouse(robot, 2, phrase);
        app.settle();
        double before = onFx(() -> bar(2).getLayoutY());
        double by = onFx(() -> lineHeight(area) * 2);
        robot.interact(() -> area.scrollYBy(by));
        app.settle();
        assertEquals(before - by, onFx(() -> bar(2).getLayoutY()), 2, "the bar moved up with the text");
        assertClearOfTheSelectionAndTheLineAbove(2, "scrolled by two lines");

        robot.interact(() -> area.scrollYBy(area.getHeight() * 2));
        app.settle();
        assertFalse(onFx(() -> bar(2).isVisible()), "no bar while the selection is out of view");
        robot.interact(() -> area.scrollYBy(-area.getHeight() * 2));
        app.settle();
        assertTrue(onFx(() -> bar(2).isVisible()), "the bar back by the selection in view again");
        assertClearOfTheSelectionAndTheLineAbove(2, "scrolled back");
    }

    /** The bar of pane {@code pane} is shown, whole inside the pane, below the selection, over neither it nor the line above it. */
    private void assertClearOfTheSelectionAndTheLineAbove(int pane, String what) throws Exception {
        InlineCssTextArea area = app.area(pane);
        onFx(() -> {
            Region bar = bar(pane);
            assertTrue(bar.isVisible(), "the bar is shown: " + what);
            Region layer = (Region) bar.getParent();
            Bounds drawn = new BoundingBox(bar.getLayoutX(), bar.getLayoutY(), bar.getWidth(), bar.getHeight());
            Bounds selection = layer.screenToLocal(area.getSelectionBounds().orElseThrow());
            double line = lineHeight(area);
            Bounds lineAbove = new BoundingBox(selection.getMinX() - 2000, selection.getMinY() - line, 4000, line);
            String where = "pane " + pane + ", " + what + ": bar " + drawn + ", selection " + selection + ", layer " + layer.getHeight();
            assertFalse(drawn.intersects(selection), "the bar is not over the selection: " + where);
            assertFalse(drawn.intersects(lineAbove), "the bar is not over the line above the selection: " + where);
            assertTrue(drawn.getMinY() >= selection.getMaxY(), "the bar is below the selection: " + where);
            assertTrue(drawn.getMaxY() <= layer.getHeight() + 0.5, "the bar is whole inside the pane: " + where);
            return null;
        });
    }

    private Region bar(int pane) {
        return (Region) robot.lookup(n -> ("tagBar-" + pane).equals(n.getId())).query();
    }

    private static double lineHeight(InlineCssTextArea area) {
        return area.getCharacterBoundsOnScreen(0, 1).orElseThrow().getHeight();
    }

    /** Two whole words of the text on the line at {@code y} px from the area's top, both on that line. */
    private static String twoWordsAtHeight(InlineCssTextArea area, double y) {
        Bounds first = area.getCharacterBoundsOnScreen(0, 1).orElseThrow();
        Point2D top = area.screenToLocal(first.getMinX() + 80, first.getMinY());
        int offset = area.hit(top.getX(), top.getY() + y).getInsertionIndex();
        String text = area.getText();
        int start = text.lastIndexOf(' ', offset) + 1;
        int end = text.indexOf(' ', text.indexOf(' ', offset) + 1);
        // Words found first where they are (selectWithMouse selects a phrase's first place), on one line.
        while (text.indexOf(text.substring(start, end)) != start && text.indexOf(' ', end + 1) > 0) {
            end = text.indexOf(' ', end + 1);
        }
        String phrase = text.substring(start, end);
        return phrase.contains("\n") ? phrase.substring(0, phrase.indexOf('\n')).strip() : phrase;
    }
}

