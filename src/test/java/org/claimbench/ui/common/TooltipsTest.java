package org.claimbench.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.TimeUnit;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A tooltip is made when the pointer first comes over its control; its text is the control's accessible help from the start. */
class TooltipsTest {

    @Test
    void theTooltipIsMadeWhenThePointerFirstComesOverItsControl() throws Exception {
        FxToolkit.registerPrimaryStage();
        Button plain = new Button("Import");
        Button bound = new Button("Undo");
        SimpleStringProperty undoText = new SimpleStringProperty("Nothing to undo");
        // Set off the JavaFX thread, as the workbench is built: no tooltip window is made here.
        Tooltips.set(plain, "Import article files");
        Tooltips.bind(bound, undoText);
        assertNull(plain.getTooltip(), "no tooltip yet");
        assertNull(bound.getTooltip(), "no tooltip yet");
        assertEquals("Import article files", plain.getAccessibleHelp(), "its text is the accessible help at once");
        assertEquals("Nothing to undo", bound.getAccessibleHelp());
        FxToolkit.setupStage(s -> {
            s.setScene(new Scene(new HBox(40, plain, bound), 400, 100));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        FxRobot robot = new FxRobot();
        robot.moveTo(plain);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> plain.getTooltip() != null);
        assertEquals("Import article files", plain.getTooltip().getText());
        assertNull(bound.getTooltip(), "the other control's tooltip waits for the pointer");

        robot.moveTo(bound);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> bound.getTooltip() != null);
        assertEquals("Nothing to undo", bound.getTooltip().getText());
        WaitForAsyncUtils.asyncFx(() -> undoText.set("Undo mark claim")).get(5, TimeUnit.SECONDS);
        assertEquals("Undo mark claim", bound.getTooltip().getText(), "a bound text follows its value");
        assertEquals("Undo mark claim", bound.getAccessibleHelp());

        robot.moveTo(plain);
        assertNotNull(plain.getTooltip());
    }
}
