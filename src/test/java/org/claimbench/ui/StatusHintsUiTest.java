package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.domain.Source;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the status line says is true while it shows: a key it names works, a new action says what it did (newcomer37). */
class StatusHintsUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private String status() {
        return onFx(() -> app.context.workbench().statusProperty().get());
    }

    @Test
    void aNewEditAfterUndoTakesTheRedoHintOffTheStatusLine(FxRobot robot) {
        app.markWithMouse(robot, 2, WorkbenchUiTest.PRESS_PHRASE, KeyCode.DIGIT5);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(status().contains("Ctrl+Shift+Z redoes it"), status());
        // An edit that writes no message of its own: nothing is left to redo.
        Source first = app.workspace().sources().get(0);
        robot.interact(() -> app.workspace().renameSource(first.id(), "Harbour board"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(status().contains("Ctrl+Shift+Z"), "no redo is left to name: " + status());
        assertTrue(status().startsWith("Undid: "), "what was undone is still said: " + status());
    }

    @Test
    void addingASourceSaysSoWithItsKeyAndCtrlZTakesItBack(FxRobot robot) {
        int sources = app.workspace().sources().size();
        robot.clickOn("#addSource");
        robot.clickOn("#sourceNameField").write("Harbour board");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(sources + 1, app.workspace().sources().size());
        assertEquals("Added the source “Harbour board”: select words and press " + (sources + 1) + " to mark them as its claims."
                + " Ctrl+Z undoes it.", status());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(sources, app.workspace().sources().size(), "Ctrl+Z took the source back");
    }
}
