package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window made short, then tall again (a laptop's window moved to a larger screen): the lists below the panes get
 * their room back. They kept the height the short window had left them, five lines fewer than at the start.
 */
class ShrinkAndGrowUiTest {

    @TempDir
    static Path home;

    private WorkbenchFixture app;

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.context.close()).get();
        FxToolkit.cleanupStages();
    }

    @Test
    void theListsBelowThePanesTakeBackTheirHeightWhenTheWindowGrowsAgain() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> app = WorkbenchFixture.start(stage, home.resolve("grow"), 1280, 720));
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitForFxEvents();
        Node lists = robot.lookup("#lists").query();
        double atStart = lists.getLayoutBounds().getHeight();
        assertTrue(atStart >= 270, "the lists have their room at 1280 x 720: " + atStart);

        robot.interact(() -> stage.setHeight(520));
        WaitForAsyncUtils.waitForFxEvents();
        double shrunk = lists.getLayoutBounds().getHeight();
        assertTrue(shrunk < atStart, "a short window takes room from the lists too: " + shrunk);

        robot.interact(() -> stage.setHeight(720));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        double grown = lists.getLayoutBounds().getHeight();
        assertTrue(grown >= atStart - 4, "the lists take back their height: " + grown + " px, " + atStart + " px at the start");
    }

    @Test
    void listsTheUserMadeSmallerByTheDividerStaySoWhenTheWindowIsResized() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> app = WorkbenchFixture.start(stage, home.resolve("chosen"), 1280, 720));
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitForFxEvents();
        Node lists = robot.lookup("#lists").query();
        Node divider = robot.lookup(n -> n.getParent() == lists.getParent().getParent() && n.getStyleClass().contains("split-pane-divider")).query();
        robot.drag(divider).moveBy(0, 60).drop();
        WaitForAsyncUtils.waitForFxEvents();
        double chosen = lists.getLayoutBounds().getHeight();
        assertTrue(chosen < 250, "the user gave the lists less room: " + chosen);

        robot.interact(() -> stage.setHeight(700));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.setHeight(720));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        double after = lists.getLayoutBounds().getHeight();
        assertTrue(Math.abs(after - chosen) <= 2, "their choice is kept: " + after + " px, " + chosen + " px chosen");
    }
}
