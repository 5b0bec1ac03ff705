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

    @Test
    void aLongNoticeIsWrappedAndWholeOnItsWindow() throws Exception {
        // A newcomer at 1024 × 700 saw a notice run off the window's left edge: a notice is one line as wide as its words.
        FxToolkit.registerPrimaryStage();
        FxUserMessages messages = new FxUserMessages();
        FxToolkit.setupFixture(() -> {
            owner = new Stage();
            owner.setScene(new Scene(new StackPane(), 1024, 700));
            owner.setX(0);
            owner.setY(0);
            owner.show();
            messages.setOwner(owner);
        });
        messages.notify("Claims marked", "Marked 84 suggested claims of the harbour board and the tenants. Ctrl+Z takes them all back. "
                + "12 suggestions wait: their speakers have no source yet; Assign… (or A on a row) says whom each speaks for.");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> notice() != null);
        Thread.sleep(1200);
        WaitForAsyncUtils.waitForFxEvents();
        Window notice = notice();
        String where = notice.getX() + "," + notice.getY() + " " + notice.getWidth() + "×" + notice.getHeight() + " on its window "
                + owner.getX() + "," + owner.getY() + " " + owner.getWidth() + "×" + owner.getHeight();
        assertTrue(notice.getX() >= owner.getX() && notice.getX() + notice.getWidth() <= owner.getX() + owner.getWidth() + 1, "whole across: " + where);
        assertTrue(notice.getWidth() <= owner.getWidth() * 0.6, "wrapped, not one line across the window: " + where);
        assertTrue(notice.getY() >= owner.getY() && notice.getY() + notice.getHeight() <= owner.getY() + owner.getHeight() + 1, "whole down: " + where);
        javafx.scene.text.Text text = (javafx.scene.text.Text) notice.getScene().getRoot().lookup("#noticeMessage");
        javafx.geometry.Bounds words = text.localToScreen(text.getBoundsInLocal());
        assertTrue(words.getMaxY() <= notice.getY() + notice.getHeight() + 1 && words.getMaxX() <= notice.getX() + notice.getWidth() + 1,
                "every line of the notice inside it: " + words + " in " + where);
    }

    @Test
    void aNoticeInTheDarkThemeHasALightTitle() throws Exception {
        // Its title was dark grey on the dark theme's grey.
        FxToolkit.registerPrimaryStage();
        FxUserMessages messages = new FxUserMessages();
        messages.darkProperty().set(true);
        FxToolkit.setupFixture(() -> {
            owner = new Stage();
            owner.setScene(new Scene(new StackPane(), 800, 600));
            owner.show();
            messages.setOwner(owner);
        });
        messages.notify("Import finished", "Imported 2 articles.");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> notice() != null);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label title = (javafx.scene.control.Label) notice().getScene().getRoot().lookup(".title");
        javafx.scene.paint.Color fill = (javafx.scene.paint.Color) title.getTextFill();
        assertTrue(fill.getBrightness() > 0.8, "the title is light: " + fill);
    }

    @Test
    void aDialogWiderThanItsWindowAtTheScreensEdgeIsWholeOnTheScreen() throws Exception {
        // Edit text… (about 800 px) over a window at the screen's left edge came up with its left edge off the screen.
        FxToolkit.registerPrimaryStage();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        javafx.scene.control.Dialog<?>[] dialog = new javafx.scene.control.Dialog<?>[1];
        FxToolkit.setupFixture(() -> {
            DialogsOnScreen.install();
            owner = new Stage();
            owner.setScene(new Scene(new StackPane(), 420, 300));
            owner.setX(screen.getMinX());
            owner.setY(screen.getMinY());
            owner.show();
            javafx.scene.control.Dialog<String> d = new javafx.scene.control.Dialog<>();
            d.initOwner(owner);
            javafx.scene.layout.Region big = new javafx.scene.layout.Region();
            big.setPrefSize(760, 480);
            d.getDialogPane().setContent(big);
            d.getDialogPane().getButtonTypes().add(javafx.scene.control.ButtonType.OK);
            d.show();
            dialog[0] = d;
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        Window w = dialog[0].getDialogPane().getScene().getWindow();
        String where = w.getX() + "," + w.getY() + " " + w.getWidth() + "×" + w.getHeight() + " on " + screen;
        assertTrue(w.getWidth() > owner.getWidth(), "the dialog is wider than its window: " + where);
        assertTrue(w.getX() >= screen.getMinX() && w.getX() + w.getWidth() <= screen.getMaxX() + 1, "whole across: " + where);
        assertTrue(w.getY() >= screen.getMinY(), "whole down: " + where);
    }

    private static Window notice() {
        return Window.getWindows().stream().filter(w -> w instanceof javafx.stage.PopupWindow && w.isShowing() && w.getScene() != null
                && w.getScene().getRoot().lookup(".notification-bar") != null).findFirst().orElse(null);
    }
}
