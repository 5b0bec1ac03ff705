package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ctrl+Z with the keyboard in the Claims search: with nothing typed there since the keyboard came to it (a click, Ctrl+F),
 * it undoes the workspace's last action, as the menu says; once words are typed, it undoes the typing.
 */
class ClaimsSearchUndoUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void ctrlZ(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        app.settle();
    }

    @Test
    void ctrlZInTheSearchWithNothingTypedUndoesTheLastActionAndAfterTypingUndoesTheTyping(FxRobot robot) {
        app.settle();
        app.markWithMouse(robot, 1, WorkbenchUiTest.KREMLIN_PHRASE, KeyCode.DIGIT1);
        app.markWithMouse(robot, 2, WorkbenchUiTest.PRESS_PHRASE, KeyCode.DIGIT5);
        app.settle();
        assertEquals(2, app.workspace().claims().size());
        TextField search = robot.lookup("#claimsSearch").queryAs(TextField.class);
        robot.clickOn(search);
        WaitForAsyncUtils.waitForFxEvents();
        ctrlZ(robot);
        assertEquals(1, app.workspace().claims().size(), "nothing typed: the last claim marked is undone");

        robot.write("phone");
        WaitForAsyncUtils.waitForFxEvents();
        ctrlZ(robot);
        assertEquals(1, app.workspace().claims().size(), "after typing, Ctrl+Z is the box's own");
        assertEquals("", onFx(search::getText), "and undoes the typing");
    }
}
