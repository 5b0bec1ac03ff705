package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertTrue;


import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import org.claimbench.ui.article.ArticlePaneView;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The tag bar by a selection covers no text the user reads on: above the selected lines (over the lines read already, or
 * over the pane's header for the text's first lines), never over the selection, whole inside the pane. Seen in the real
 * window at 1280 × 720 (round ui44): a selection on the text's second line put the bar below it, over the third and fourth.
 */
class TagBarAboveUiTest extends SizedWindowTest {

    @Test
    void aSelectionOnTheFirstLinesHasTheBarAboveItNotOverTheLinesBelow() throws Exception {
        openAt("top", 1280, 720);
        for (int pane = 1; pane <= 2; pane++) {
            for (int line = 1; line <= 4; line++) {
                InlineCssTextArea area = app.area(pane);
                int l = line;
                String phrase = onFx(() -> twoWordsOnLine(area, l));
                app.selectWithMouse(robot, pane, phrase);
                WaitForAsyncUtils.waitForFxEvents();
                int p = pane;
                Region bar = (Region) robot.lookup(n -> ("tagBar-" + p).equals(n.getId()) && n.isVisible()).query();
                onFx(() -> {
                    Region layer = (Region) bar.getParent();
                    Bounds drawn = bar.getLayoutBounds();
                    drawn = new javafx.geometry.BoundingBox(bar.getLayoutX(), bar.getLayoutY(), drawn.getWidth(), drawn.getHeight());
                    Bounds selection = layer.screenToLocal(area.getSelectionBounds().orElseThrow());
                    Node paneNode = app.context.view().paneViews().get(p - 1);
                    double paneTop = layer.sceneToLocal(paneNode.localToScene(0, 0)).getY();
                    String where = "pane " + p + ", line " + l + " ('" + phrase + "'): bar " + drawn + ", selection " + selection
                            + ", pane's top " + paneTop;
                    assertTrue(drawn.getMaxY() <= selection.getMinY() + 0.5, "the bar is above the selected line: " + where);
                    assertTrue(drawn.getMinY() >= paneTop - 0.5, "the bar is whole inside the pane: " + where);
                    assertTrue(paneNode instanceof ArticlePaneView);
                    return null;
                });
                robot.type(javafx.scene.input.KeyCode.ESCAPE);
                WaitForAsyncUtils.waitForFxEvents();
            }
        }
    }

    /** Two whole words of the text on its {@code line}-th shown line (the text at its top), both on that line. */
    private static String twoWordsOnLine(InlineCssTextArea area, int line) {
        Bounds first = area.getCharacterBoundsOnScreen(0, 1).orElseThrow();
        double lineHeight = first.getHeight();
        Point2D at = area.screenToLocal(first.getMinX() + 80, first.getMinY() + lineHeight * (line - 0.5));
        int offset = area.hit(at.getX(), at.getY()).getInsertionIndex();
        String text = area.getText();
        int start = text.lastIndexOf(' ', offset) + 1;
        int end = text.indexOf(' ', text.indexOf(' ', offset) + 1);
        String phrase = text.substring(start, end);
        // A line ending in one word ("surrender."): that word, not the next paragraph's.
        return phrase.contains("\n") ? phrase.substring(0, phrase.indexOf('\n')).strip() : phrase;
    }
}
