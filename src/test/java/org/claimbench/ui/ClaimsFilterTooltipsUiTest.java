package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 1024 × 700 the pointer resting on each control of the Claims tab's filter line shows what that filter does, in a tooltip
 * that leaves the line and the table's first rows in sight (factcheck55: the search's tooltip, two lines the window's width,
 * covered the whole filter line and the first row).
 */
class ClaimsFilterTooltipsUiTest extends SizedWindowTest {

    @Test
    void eachFilterSaysWhatItDoesInATooltipThatLeavesTheLineInSight() throws Exception {
        openAt("tips", 1024, 700);
        robot.interact(() -> app.context.view().focusList(0));
        app.settle();
        Parent line = robot.lookup("#claimsFilterLine").queryAs(Parent.class);
        List<Control> controls = onFx(() -> line.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Control && !(n instanceof Label) && n.isVisible() && n.getLayoutBounds().getWidth() > 0)
                .map(n -> (Control) n).toList());
        assertTrue(controls.size() >= 6, "the line's filters: " + controls);
        Bounds lineOnScreen = onFx(() -> line.localToScreen(line.getLayoutBounds()));
        for (Control c : controls) {
            // The pointer over the control: a tooltip made when it is first pointed at (Tooltips) is made now. Monocle's robot
            // does not wait out the tooltip's delay reliably, so the test shows it where the pointer is, as JavaFX would.
            robot.moveTo(c);
            WaitForAsyncUtils.waitForFxEvents();
            Tooltip tip = onFx(c::getTooltip);
            assertTrue(tip != null, c.getId() + " has a tooltip");
            String text = onFx(tip::getText);
            assertFalse(text == null || text.isBlank(), c.getId() + " says what it does");
            javafx.geometry.Point2D at = robot.point(c).query();
            robot.interact(() -> tip.show(c, at.getX(), at.getY() + 12));
            WaitForAsyncUtils.waitForFxEvents();
            double width = onFx(tip::getWidth);
            robot.interact(tip::hide);
            assertTrue(width <= lineOnScreen.getWidth() / 2, c.getId() + "'s tooltip leaves most of the line in sight: " + width + " px of "
                    + lineOnScreen.getWidth() + " (" + text + ")");
        }
    }
}
