package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A status message too long for the line is read whole at a click on the line: a box above the status bar holds it all,
 * wrapped inside the window, until Escape (analyst54 never read the end of "The source is for this suggestion only (“…”
 * is not…").
 */
class WholeStatusMessageUiTest extends SampleWindowTest {

    /** A message of our own as long as the app's longest: a claim marked, what became of the speaker, what undoes it. */
    private static final String LONG = "Marked a claim of Harbour board: “the ferry will run twice a day from the spring, at the old"
            + " fares, whatever the council decides about the pier”. The source is for this suggestion only (“the pier's"
            + " caretaker” is not remembered). Ctrl+Z undoes it.";

    @Start
    void start(Stage stage) {
        open(stage, 1024, 700);
    }

    @Test
    void aClickOnAShortenedStatusMessageShowsItWholeAboveTheBar(FxRobot robot) {
        app.settle();
        robot.interact(() -> app.context.workbench().statusProperty().set(LONG));
        app.settle();
        Label line = robot.lookup("#statusBar .status-label").queryAs(Label.class);
        String shown = onFx(() -> ((Text) line.lookup(".text")).getText());
        assertNotEquals(LONG, shown, "the line at 1024 px shows the message shortened");
        robot.clickOn(line);
        WaitForAsyncUtils.waitForFxEvents();
        PopupWindow box = onFx(() -> Window.getWindows().stream().filter(w -> w.isShowing() && w instanceof javafx.scene.control.Tooltip t
                && "wholeStatusMessage".equals(t.getId()))
                .map(w -> (PopupWindow) w).findFirst().orElse(null));
        assertNotNull(box, "a click on the line shows the message whole");
        Label whole = onFx(() -> (Label) box.getScene().getRoot().lookupAll(".tooltip").stream().filter(n -> n instanceof Label).findFirst().orElseThrow());
        assertEquals(LONG, onFx(whole::getText), "the whole message");
        assertEquals(LONG, onFx(() -> ((Text) whole.lookup(".text")).getText()), "drawn whole, wrapped, not cut");
        Window window = robot.lookup("#statusBar").query().getScene().getWindow();
        Bounds bar = onFx(() -> {
            Node n = robot.lookup("#statusBar").query();
            return n.localToScreen(n.getLayoutBounds());
        });
        assertTrue(onFx(() -> box.getX() >= window.getX() - 0.5 && box.getX() + box.getWidth() <= window.getX() + window.getWidth() + 0.5),
                "inside the window's width: " + onFx(box::getX) + " + " + onFx(box::getWidth));
        assertTrue(onFx(() -> box.getY() + box.getHeight() <= bar.getMinY() + 1 && box.getY() >= window.getY()),
                "above the status bar, inside the window: " + onFx(box::getY) + " + " + onFx(box::getHeight) + " over " + bar.getMinY());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!onFx(box::isShowing), "Escape closes it");
    }
}
