package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A status message belongs to the action that made it: a dialog opened, or the keyboard put into a search, some seconds
 * later takes it off the line (walk62 read "No group found among the 6 claims" under the paste dialog and Help); a dialog
 * opened at once leaves it, as the action that opened the dialog may have said it.
 */
class StaleStatusUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private String status() {
        return onFx(() -> app.context.workbench().statusProperty().get());
    }

    /** G in the Claims tab of a workspace whose claims are none yet: a message of its own, no dialog. */
    private String sayWithG(FxRobot robot) {
        robot.interact(() -> app.context.view().focusList(0));
        robot.type(KeyCode.G);
        WaitForAsyncUtils.waitForFxEvents();
        String said = status();
        assertTrue(said.startsWith("No claims to group yet"), said);
        return said;
    }

    private static void closeDialogs() {
        onFx(() -> {
            Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getOwner() != null && w.isShowing()).toList()
                    .forEach(Window::hide);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aDialogOpenedAtOnceKeepsTheMessageAndOneOpenedSecondsLaterClearsIt(FxRobot robot) throws Exception {
        String said = sayWithG(robot);
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(said, status(), "the message just said stays while Help opens at once");
        closeDialogs();

        said = sayWithG(robot);
        Thread.sleep(5_300);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#pasteTitle").tryQuery().isPresent(), "the paste dialog is open");
        assertEquals("", status(), "the message of G, seconds old, is not left under the paste dialog");
        closeDialogs();
    }

    @Test
    void theKeyboardPutIntoTheClaimsSearchSecondsAfterAMessageClearsIt(FxRobot robot) throws Exception {
        sayWithG(robot);
        Thread.sleep(5_300);
        robot.clickOn("#claimsSearch");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", status(), "the search is a new action: the old message goes");
    }
}
