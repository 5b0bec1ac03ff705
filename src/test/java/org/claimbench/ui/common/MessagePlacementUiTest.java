package org.claimbench.ui.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Review of round 11: a question comes up on its window, and whole on the screen, where the window is smaller than the
 * question and stands at the screen's edge (put at the window's corner, the dialog ran off the screen past it).
 */
class MessagePlacementUiTest {

    private Stage owner;

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            new java.util.ArrayList<>(Window.getWindows()).forEach(w -> {
                if (w instanceof Stage s && s != owner) {
                    s.close();
                }
            });
            if (owner != null) {
                owner.close();
            }
        });
    }

    @Test
    void aQuestionAboutASmallWindowInTheScreensCornerIsWholeOnTheScreen() throws Exception {
        FxToolkit.registerPrimaryStage();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        FxUserMessages messages = new FxUserMessages();
        FxToolkit.setupFixture(() -> {
            owner = new Stage();
            owner.setScene(new Scene(new StackPane(), 260, 160));
            owner.setX(screen.getMaxX() - 270);
            owner.setY(screen.getMaxY() - 170);
            owner.show();
            messages.setOwner(owner);
        });
        messages.ask("Widen the claim?", "A claim of the harbour board is marked inside these words already. Widen it to the suggested "
                + "words, or mark a new claim as well?", List.of("Widen the marked claim", "Mark a new claim as well"), choice -> { });
        WaitForAsyncUtils.waitForFxEvents();
        Node message = new FxRobot().lookup("#askMessage").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> message.getScene().getWindow().isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = message.getScene().getWindow();
        String where = dialog.getX() + "," + dialog.getY() + " " + dialog.getWidth() + "×" + dialog.getHeight() + " on " + screen;
        assertTrue(dialog.getWidth() > owner.getWidth(), "the dialog is wider than its window: " + where);
        assertTrue(dialog.getX() >= screen.getMinX() && dialog.getX() + dialog.getWidth() <= screen.getMaxX() + 1, "whole across: " + where);
        assertTrue(dialog.getY() >= screen.getMinY() && dialog.getY() + dialog.getHeight() <= screen.getMaxY() + 1, "whole down: " + where);
        assertTrue(dialog.getX() < owner.getX() + owner.getWidth() && dialog.getY() < owner.getY() + owner.getHeight(),
                "still over its window: " + where);
    }
}
