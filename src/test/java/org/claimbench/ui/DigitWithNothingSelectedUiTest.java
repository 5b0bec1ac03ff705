package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * student59: twice a drag selected nothing, the digit after it made no claim, and nothing in the window said so. A drag whose
 * motion comes as one event selects the words it went over; a number key pressed in a pane where no words are selected
 * makes no claim, and the line under the pane says what to do.
 */
class DigitWithNothingSelectedUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage, 1024, 700);
    }

    @Test
    void aDigitWithNoWordsSelectedSaysToSelectTheClaimsWordsFirst(FxRobot robot) {
        app.settle();
        int claims = onFx(() -> app.workspace().claimCount());
        robot.interact(() -> {
            app.area(1).requestFocus();
            app.area(1).deselect();
        });
        robot.type(KeyCode.DIGIT1);
        app.settle();
        assertEquals(claims, onFx(() -> app.workspace().claimCount()), "no claim is made");
        String line = onFx(() -> robot.lookup("#claimInfo-1").queryAs(Label.class).getText());
        assertTrue(line.contains("Select the claim's words first") || line.contains("Select words first"), line);

        // Words selected again: the line is the pane's own again, and the digit marks them.
        robot.interact(() -> app.area(1).selectRange(0, 20));
        app.settle();
        line = onFx(() -> robot.lookup("#claimInfo-1").queryAs(Label.class).getText());
        assertTrue(!line.contains("first"), line);
    }

    /**
     * The press and the release at another place with no drag handled between them, as a quick drag (xdotool's, the
     * student's) came to the area: it selected nothing and the release was a click.
     */
    @Test
    void aDragTheAreaDidNotFollowSelectsItsWordsOnTheReleaseAndTheDigitMarksThem(FxRobot robot) {
        app.settle();
        org.fxmisc.richtext.InlineCssTextArea area = app.area(1);
        String text = onFx(area::getText);
        int from = text.indexOf(' ', 40) + 1;
        int to = text.indexOf(' ', from + 25);
        javafx.geometry.Point2D[] at = onFx(() -> {
            javafx.geometry.Bounds a = area.getCharacterBoundsOnScreen(from, from + 1).orElseThrow();
            javafx.geometry.Bounds b = area.getCharacterBoundsOnScreen(to - 1, to).orElseThrow();
            // The event's x and y are the scene's (the event is copied for each node on its way, its x and y made that node's).
            javafx.scene.Parent root = area.getScene().getRoot();
            return new javafx.geometry.Point2D[] {root.screenToLocal(a.getMinX() + 1, a.getCenterY()), root.screenToLocal(b.getMaxX() - 1, b.getCenterY()),
                    new javafx.geometry.Point2D(a.getMinX() + 1, a.getCenterY()), new javafx.geometry.Point2D(b.getMaxX() - 1, b.getCenterY())};
        });
        int claims = onFx(() -> app.workspace().claimCount());
        robot.interact(() -> {
            area.requestFocus();
            // The motion is the release's own: the area never handled a drag (as in the student's window, where the area
            // selected nothing between the press and the release).
            javafx.event.Event.fireEvent(area, mouse(javafx.scene.input.MouseEvent.MOUSE_PRESSED, at[0], at[2], true));
            javafx.event.Event.fireEvent(area, mouse(javafx.scene.input.MouseEvent.MOUSE_RELEASED, at[1], at[3], false));
        });
        app.settle();
        assertEquals(text.substring(from, to), onFx(area::getSelectedText), "the words dragged over are selected");
        robot.type(KeyCode.DIGIT1);
        app.settle();
        assertEquals(claims + 1, onFx(() -> app.workspace().claimCount()), "1 marked them");
    }

    private static javafx.scene.input.MouseEvent mouse(javafx.event.EventType<javafx.scene.input.MouseEvent> type, javafx.geometry.Point2D inScene,
            javafx.geometry.Point2D screen, boolean down) {
        return new javafx.scene.input.MouseEvent(type, inScene.getX(), inScene.getY(), screen.getX(), screen.getY(), javafx.scene.input.MouseButton.PRIMARY, 1,
                false, false, false, false, down, false, false, false, false, false, null);
    }
}
