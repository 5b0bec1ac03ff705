package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.claimbench.app.AppContext;
import org.claimbench.settings.AppDirs;
import org.claimbench.ui.article.ArticlePaneView;
import org.claimbench.ui.common.ImmediateTaskRunner;
import org.fxmisc.richtext.InlineCssTextArea;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the app's progressive workbench (light text first, RichTextFX's area a few frames later) in
 * a test's stage and runs work in its first laid-out frame, before the area can take over; the
 * mouse and key events a user's hand would send there.
 */
final class FirstFrameDriver {

    private final Stage stage;
    private AppContext ctx;

    FirstFrameDriver(Stage stage) {
        this.stage = stage;
    }

    /** Starts on the workspace of {@code home}/data (the samples if there is none) and runs work in the first frame. */
    void startAndInTheFirstFrame(Path home, Consumer<Scene> work) {
        onFx(() -> {
            ctx = new AppContext(new AppDirs(home.resolve("data"), home.resolve("config")), new ImmediateTaskRunner(), true);
            Scene scene = ctx.createScene(1440, 900);
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                work.accept(scene);
            };
            ctx.workbench().start();
            scene.addPostLayoutPulseListener(once[0]);
            stage.setScene(scene);
            // The stage is shared by the tests of a run: the window as big as the scene, whatever size one left it.
            stage.setWidth(1440);
            stage.setHeight(900);
            stage.show();
            return null;
        });
    }

    AppContext ctx() {
        return ctx;
    }

    ArticlePaneView firstPane() {
        return ctx.view().paneViews().get(0);
    }

    /** The area, once it has taken the light text's place in the first pane: within 30 s (10 s timed out at load 10–15). */
    InlineCssTextArea areaAfterTheSwap() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> firstPane().textArea() != null));
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> firstPane().textArea());
    }

    void close() {
        onFx(() -> {
            stage.hide();
            if (ctx != null) {
                ctx.close();
            }
            return null;
        });
    }

    static MouseEvent mouse(EventType<MouseEvent> type, Point2D p) {
        return mouse(type, p, 1);
    }

    static MouseEvent mouse(EventType<MouseEvent> type, Point2D p, int clicks) {
        return new MouseEvent(type, p.getX(), p.getY(), p.getX(), p.getY(), MouseButton.PRIMARY, clicks,
                false, false, false, false, type != MouseEvent.MOUSE_RELEASED, false, false, false, false, false, null);
    }

    static Point2D inScene(Scene scene, double screenX, double screenY) {
        return scene.getRoot().screenToLocal(screenX, screenY);
    }

    /** A number key pressed, as the toolkit sends it (to the focus owner). */
    static KeyEvent digit(int n) {
        KeyCode code = KeyCode.valueOf("DIGIT" + n);
        return new KeyEvent(KeyEvent.KEY_PRESSED, String.valueOf(n), String.valueOf(n), code, false, false, false, false);
    }

    /**
     * Ctrl+key (with Shift if asked) as the toolkit sends it, each event to what has the keyboard then (the scene when nothing
     * has): the modifiers pressed, the key pressed, typed (a letter: its control character) and released, the modifiers released.
     */
    static void shortcut(Scene scene, KeyCode key, boolean shift) {
        send(scene, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "Ctrl", KeyCode.CONTROL, false, true, false, false));
        if (shift) {
            send(scene, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "Shift", KeyCode.SHIFT, true, true, false, false));
        }
        send(scene, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, key.getName(), key, shift, true, false, false));
        if (key.isLetterKey()) {
            String control = String.valueOf((char) (key.getChar().charAt(0) - 'A' + 1));
            send(scene, new KeyEvent(KeyEvent.KEY_TYPED, control, "", KeyCode.UNDEFINED, shift, true, false, false));
        }
        send(scene, new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, key.getName(), key, shift, true, false, false));
        if (shift) {
            send(scene, new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, "Shift", KeyCode.SHIFT, false, true, false, false));
        }
        send(scene, new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, "Ctrl", KeyCode.CONTROL, false, false, false, false));
    }

    private static void send(Scene scene, KeyEvent e) {
        EventTarget target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene;
        Event.fireEvent(target, e.copyFor(target, target));
    }
}
