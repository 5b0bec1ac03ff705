package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.app.AppContext;
import org.claimbench.settings.AppDirs;
import org.claimbench.ui.common.ImmediateTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A menu's key pressed while the window is still coming in (the start-up's frames: stand-ins first, then the real menus, the
 * rest, the lists below the panes) acts once, whichever frame it falls in: Ctrl+T adds one pane, not two, not none.
 * The keys are sent as the toolkit sends them (Ctrl pressed, T pressed, typed and released, Ctrl released) to what has
 * the keyboard, inside the frame named, after its layout.
 */
@ExtendWith(ApplicationExtension.class)
class KeyDuringStartUpUiTest {

    @TempDir
    Path home;

    private Stage stage;
    private AppContext ctx;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        onFx(() -> {
            stage.hide();
            if (ctx != null) {
                ctx.close();
            }
            return null;
        });
    }

    @Test
    void ctrlTBeforeTheFirstFrameAddsOnePane() throws Exception {
        ctrlTAddsOnePaneWhenPressedIn("the window shown, before its first layout", null);
    }

    @Test
    void ctrlTInTheFirstFrameAddsOnePane() throws Exception {
        ctrlTAddsOnePaneWhenPressedIn("the first frame (the menus' stand-ins)", s -> s.lookup("#menusStandIn") != null);
    }

    @Test
    void ctrlTOnceTheMenusAreRealButTheRestIsNotAddsOnePane() throws Exception {
        ctrlTAddsOnePaneWhenPressedIn("the frame of the real menus, before the tabs below the panes",
                s -> s.lookup("#menuBar") != null && s.lookup("#bottomTabs") == null);
    }

    @Test
    void ctrlTWhileTheListsBelowThePanesAreBuiltAddsOnePane() throws Exception {
        ctrlTAddsOnePaneWhenPressedIn("a frame of the lists below the panes, before the claims table",
                s -> s.lookup("#bottomTabs") != null && s.lookup("#claimsTable") == null);
    }

    @Test
    void ctrlShiftDInTheFirstFrameSwitchesTheThemeOnce() throws Exception {
        ctrlShiftDSwitchesOnceWhenPressedIn("the first frame (the menus' stand-ins)", s -> s.lookup("#menusStandIn") != null);
    }

    @Test
    void ctrlShiftDOnceTheMenusAreRealButTheRestIsNotSwitchesTheThemeOnce() throws Exception {
        ctrlShiftDSwitchesOnceWhenPressedIn("the frame of the real menus, before the tabs below the panes",
                s -> s.lookup("#menuBar") != null && s.lookup("#bottomTabs") == null);
    }

    @Test
    void ctrlShiftDWhileTheListsBelowThePanesAreBuiltSwitchesTheThemeOnce() throws Exception {
        ctrlShiftDSwitchesOnceWhenPressedIn("a frame of the lists below the panes, before the claims table",
                s -> s.lookup("#bottomTabs") != null && s.lookup("#claimsTable") == null);
    }

    private void ctrlShiftDSwitchesOnceWhenPressedIn(String stageOfStartUp, Predicate<Scene> inThatFrame) throws Exception {
        java.util.List<Boolean> switches = new java.util.concurrent.CopyOnWriteArrayList<>();
        startAndPressIn(inThatFrame, scene -> {
            ctx.model().darkProperty().addListener((o, was, now) -> switches.add(now));
            FirstFrameDriver.shortcut(scene, KeyCode.D, true);
        });
        assertEquals(java.util.List.of(true), switches, "Ctrl+Shift+D pressed in " + stageOfStartUp + " switched to the dark theme once");
        assertTrue(onFx(() -> ctx.model().darkProperty().get()), "dark after Ctrl+Shift+D in " + stageOfStartUp);
    }

    private void ctrlTAddsOnePaneWhenPressedIn(String stageOfStartUp, Predicate<Scene> inThatFrame) throws Exception {
        int[] panesBefore = {-1};
        startAndPressIn(inThatFrame, scene -> {
            panesBefore[0] = ctx.view().paneViews().size();
            FirstFrameDriver.shortcut(scene, KeyCode.T, false);
        });
        assertTrue(panesBefore[0] > 0, "a frame was " + stageOfStartUp);
        assertEquals(panesBefore[0] + 1, (int) onFx(() -> ctx.view().paneViews().size()),
                "Ctrl+T pressed in " + stageOfStartUp + " added one pane");
    }

    /**
     * Starts the app's progressive workbench, runs keys in the first frame that matches (null: as soon as the window is shown,
     * before its first layout), and waits for the start-up's end.
     */
    private void startAndPressIn(Predicate<Scene> inThatFrame, java.util.function.Consumer<Scene> keys) throws Exception {
        boolean[] pressed = new boolean[1];
        onFx(() -> {
            ctx = new AppContext(new AppDirs(home.resolve("data"), home.resolve("config")), new ImmediateTaskRunner(), true);
            Scene scene = ctx.createScene(1440, 900);
            Runnable[] each = new Runnable[1];
            each[0] = () -> {
                if (inThatFrame != null && inThatFrame.test(scene)) {
                    scene.removePostLayoutPulseListener(each[0]);
                    pressed[0] = true;
                    keys.accept(scene);
                }
            };
            ctx.workbench().start();
            scene.addPostLayoutPulseListener(each[0]);
            stage.setScene(scene);
            stage.setWidth(1440);
            stage.setHeight(900);
            stage.show();
            if (inThatFrame == null) {
                scene.removePostLayoutPulseListener(each[0]);
                pressed[0] = true;
                keys.accept(scene);
            }
            return null;
        });
        // The start-up over: the lists below the panes built, every pane's area in place of its light text.
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> onFx(() -> stage.getScene().lookup("#claimsTable") != null
                && stage.getScene().lookup("#statusBar") != null
                && ctx.view().paneViews().stream().allMatch(p -> p.textArea() != null)));
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pressed[0], "the keys were pressed in the frame named");
    }
}
