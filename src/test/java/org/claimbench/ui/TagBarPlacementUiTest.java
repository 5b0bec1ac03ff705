package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Newcomer of round 34: in a short pane the tag bar's second row, shown by a selection near the bottom, lay under the
 * line below the text. The bar is whole inside the text's room wherever the selection is, beside it (the text scrolled a
 * little where neither side had room), never over the selected words.
 */
class TagBarPlacementUiTest {

    @TempDir
    static Path home;

    private WorkbenchFixture app;
    private final FxRobot robot = new FxRobot();

    /** Sources a desk adds to the five it starts with: with eight the bar takes two rows in a pane of a 1024 px window. */
    private static final List<String> MORE = List.of("European Commission", "Turkish presidency", "Chinese foreign ministry");

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.context.close()).get();
        FxToolkit.cleanupStages();
    }

    @Test
    void whereverTheSelectionIsInAShortPaneTheWholeBarIsBesideIt() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> app = WorkbenchFixture.start(stage, home.resolve("short"), 1024, 700));
        app.settle();
        robot.interact(() -> {
            for (int i = 0; i < MORE.size(); i++) {
                app.workspace().addSource(MORE.get(i), String.format("#%02x%02x%02x", 40 + 20 * i, 90, 200 - 15 * i));
            }
        });
        app.settle();
        // A third pane: each is narrower, and the bar takes three rows.
        robot.interact(() -> app.context.workbench().addPaneWithNextArticle());
        app.settle();
        for (int line = 1; line <= 8; line++) {
            InlineCssTextArea area = app.area(1);
            int lineFromBottom = line;
            // Two words on a line near the bottom of the pane's view.
            String phrase = onFx(() -> wordsNearTheBottom(area, lineFromBottom));
            app.selectWithMouse(robot, 1, phrase);
            WaitForAsyncUtils.waitForFxEvents();
            Region bar = (Region) robot.lookup(n -> n.getId() != null && n.getId().equals("tagBar-1") && n.isVisible()).query();
            String where = onFx(() -> {
                Region layer = (Region) bar.getParent();
                Bounds drawn = union(bar);
                Bounds selection = layer.screenToLocal(area.getSelectionBounds().orElseThrow());
                return phrase + ": bar " + drawn + " (height " + bar.getHeight() + ", pref " + bar.prefHeight(bar.getWidth()) + ") in a layer of "
                        + layer.getWidth() + " × " + layer.getHeight() + ", selection " + selection + ", drawn with its shadow " + bar.getBoundsInParent();
            });
            onFx(() -> {
                Region layer = (Region) bar.getParent();
                Bounds drawn = union(bar);
                Bounds selection = layer.screenToLocal(area.getSelectionBounds().orElseThrow());
                // Above the text, the pane's header is room too (round ui44): the bar is whole inside the pane, over no line below the text.
                double paneTop = layer.sceneToLocal(app.context.view().paneViews().get(0).localToScene(0, 0)).getY();
                assertTrue(drawn.getMinY() >= paneTop - 0.5 && drawn.getMaxY() <= layer.getHeight() + 0.5, "the whole bar is in the pane: " + where);
                assertTrue(drawn.getMaxY() <= selection.getMinY() + 0.5 || drawn.getMinY() >= selection.getMaxY() - 0.5,
                        "the bar leaves the selected words in sight: " + where);
                assertEquals(bar.getHeight(), drawn.getHeight(), 1, "the bar's box holds all its buttons: " + where);
                return null;
            });
            robot.type(javafx.scene.input.KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** The bounds, in the bar's parent, of the bar and every button in it (a row the box does not hold included). */
    private static Bounds union(Region bar) {
        double minY = bar.getBoundsInParent().getMinY();
        double maxY = bar.getLayoutY() + bar.getHeight();
        for (Node n : ((Parent) bar).getChildrenUnmodifiable()) {
            if (n instanceof Button && n.isVisible()) {
                Bounds b = bar.localToParent(n.getBoundsInParent());
                minY = Math.min(minY, b.getMinY());
                maxY = Math.max(maxY, b.getMaxY() + bar.snappedBottomInset());
            }
        }
        minY = Math.min(minY, bar.getLayoutY());
        return new javafx.geometry.BoundingBox(bar.getLayoutX(), Math.max(bar.getLayoutY(), minY), bar.getWidth(), maxY - Math.max(bar.getLayoutY(), minY));
    }

    /** Two whole words of the text on the {@code line}-th line from the bottom of the area's view. */
    private static String wordsNearTheBottom(InlineCssTextArea area, int line) {
        Bounds view = area.localToScreen(area.getLayoutBounds());
        double lineHeight = area.getCharacterBoundsOnScreen(0, 1).map(Bounds::getHeight).orElse(20.0);
        Point2D at = area.screenToLocal(view.getMinX() + 60, view.getMaxY() - lineHeight * (line - 0.5) - 4);
        int offset = area.hit(at.getX(), at.getY()).getInsertionIndex();
        String text = area.getText();
        int start = text.lastIndexOf(' ', offset) + 1;
        int end = text.indexOf(' ', text.indexOf(' ', offset) + 1);
        return text.substring(start, end);
    }
}
