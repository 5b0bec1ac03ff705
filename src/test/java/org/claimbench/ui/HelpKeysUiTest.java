package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;


import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Newcomer of round 36: after adding a sixth source, Help › How to Mark Claims (F1) still listed the keys 1–5 only. It
 * lists the workspace's own sources with their keys, as the legend numbers them.
 */
class HelpKeysUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void helpListsASourceTheUserAddedWithItsNumberKey(FxRobot robot) {
        robot.interact(() -> app.workspace().addSource("Harbour authority", "#336699"));
        app.settle();
        robot.clickOn(app.area(1));
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        String help = robot.lookup("#howToContent .label").queryAll().stream().map(n -> ((Label) n).getText())
                .reduce("", (a, b) -> a + "\n" + b);
        assertTrue(help.contains("1 Kremlin readout") && help.contains("5 Press, 6 Harbour authority)"), help);
        assertTrue(help.contains("From the keyboard: Ctrl+F"), "the keyboard's way to mark a claim is told");
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) robot.lookup(".dialog-pane .scroll-pane").query();
        double before = WorkbenchFixture.onFx(scroll::getVvalue);
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(WorkbenchFixture.onFx(scroll::getVvalue) > before, "Page Down scrolls the help (a newcomer, stop 47, could not)");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
