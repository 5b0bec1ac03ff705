package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.claimbench.app.AppContext;
import org.claimbench.settings.AppDirs;
import org.claimbench.ui.common.ImmediateTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.claimbench.ui.WorkbenchFixture.onFx;

/**
 * The start-up's first frame: the panes are real and the menus, the toolbar (its buttons a frame before its sticky choices), the article list, the tabs below
 * the panes, the status bar and the panes' article choosers stand-ins, which the real controls replace a frame later without moving anything,
 * in a window of the size asked.
 */
@ExtendWith(ApplicationExtension.class)
class FirstFrameUiTest {

    @TempDir
    Path home;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** Where each part of the window is, by its id, in the scene's coordinates. */
    private static Map<String, Bounds> places(Scene scene) {
        Map<String, Bounds> places = new LinkedHashMap<>();
        for (String id : new String[] {"panes", "sourceLegend", "lists", "sidebar"}) {
            Node n = scene.lookup("#" + id);
            places.put(id, n == null ? null : n.localToScene(n.getLayoutBounds()));
        }
        // The row of tab headers: the stand-in's first, the real one's later.
        Node tabs = scene.lookup("#tabsStandIn") != null ? scene.lookup(".tab-header-stand-in") : scene.lookup("#bottomTabs .tab-header-area");
        places.put("tab headers", tabs == null ? null : tabs.localToScene(tabs.getLayoutBounds()));
        // The legend's list of sources: its stand-in's place first, the list's later.
        Node sources = scene.lookup("#sourceListStandIn") != null ? scene.lookup("#sourceListStandIn") : scene.lookup("#sourceList");
        places.put("list of sources", sources == null ? null : sources.localToScene(sources.getLayoutBounds()));
        // The toolbar: its stand-in's place first (under the stand-in of the menu bar, then under the real one for a frame), the real one's later.
        Node tools = scene.lookup("#toolBarStandIn") != null ? scene.lookup("#toolBarStandIn") : scene.lookup("#toolBar");
        places.put("toolbar", tools == null ? null : tools.localToScene(tools.getLayoutBounds()));
        // The first pane's text: its top and height.
        Node text = scene.lookup("#articleText-1");
        places.put("text of the first pane", text == null ? null : topAndHeight(text.localToScene(text.getLayoutBounds())));
        return places;
    }

    private static Bounds topAndHeight(Bounds b) {
        return new javafx.geometry.BoundingBox(0, b.getMinY(), 0, b.getHeight());
    }

    private void startsWithItsPanesFirstAndNothingMovesWhenTheRestComesIn(double width, double height) throws Exception {
        startsWithItsPanesFirstAndNothingMovesWhenTheRestComesIn(width, height, false);
    }

    private void startsWithItsPanesFirstAndNothingMovesWhenTheRestComesIn(double width, double height, boolean dark) throws Exception {
        if (dark) {
            java.nio.file.Files.createDirectories(home.resolve("config"));
            java.nio.file.Files.writeString(home.resolve("config/settings.properties"), "theme=dark\n");
        }
        AppContext[] ctx = new AppContext[1];
        @SuppressWarnings("unchecked")
        Map<String, Bounds>[] firstFrame = new Map[1];
        boolean[] toolBarWithoutItsChoices = new boolean[1];
        List<Map<String, Bounds>> frames = new java.util.concurrent.CopyOnWriteArrayList<>();
        onFx(() -> {
            ctx[0] = new AppContext(new AppDirs(home.resolve("data"), home.resolve("config")), new ImmediateTaskRunner(), true);
            assertEquals(dark, String.valueOf(javafx.application.Application.getUserAgentStylesheet()).contains("dark"),
                    "the theme of the settings: " + javafx.application.Application.getUserAgentStylesheet());
            Scene scene = ctx[0].createScene(width, height);
            // Every frame's places until all parts are real (each part comes in a frame of its own).
            Runnable[] each = new Runnable[1];
            each[0] = () -> {
                if (firstFrame[0] == null) {
                    firstFrame[0] = places(scene);
                }
                frames.add(places(scene));
                if (scene.lookup("#toolBar") != null && scene.lookup("#stickySource") == null) {
                    toolBarWithoutItsChoices[0] = true;
                }
                if (scene.lookup("#stickySource") != null && scene.lookup("#statusBar") != null && scene.lookup("#bottomTabs") != null) {
                    scene.removePostLayoutPulseListener(each[0]);
                }
            };
            scene.addPostLayoutPulseListener(each[0]);
            stage.setScene(scene);
            // The stage is shared by the tests of a run, and one that sized it (FirstFrameDriver: 1440 × 900) keeps that size
            // through setScene: without this the small window was 1440 × 900 whenever another test had run first.
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
            ctx[0].workbench().start();
            // Before the first frame: the panes are there, the menus, article list and status bar are stand-ins.
            assertNotNull(scene.lookup("#panes"));
            assertNotNull(scene.lookup("#sourceLegend"));
            assertNotNull(scene.lookup("#menusStandIn"));
            assertNotNull(scene.lookup("#statusStandIn"));
            assertNotNull(scene.lookup("#articlesStandIn"));
            assertNotNull(scene.lookup("#sourceListStandIn"));
            assertEquals("Opening the sources…", ((javafx.scene.control.Labeled) scene.lookup("#sourceListStandIn .label")).getText());
            assertNull(scene.lookup("#sourceList"));
            assertNull(scene.lookup("#menuBar"));
            assertNull(scene.lookup("#articleList"));
            assertNull(scene.lookup("#statusBar"));
            assertNotNull(scene.lookup("#tabsStandIn"));
            assertTrue(((javafx.scene.control.Labeled) scene.lookup("#tabsStandInMessage")).getText().startsWith("Opening the claims"),
                    "the lists' place says they are coming, not an empty area");
            assertNull(scene.lookup("#bottomTabs"));
            // The panes' article choosers too: their stand-ins (no combo box in the first frame).
            assertNotNull(scene.lookup("#articleChooserStandIn-1"));
            assertNull(scene.lookup("#articleChooser-1"));
            // The first pane's text: the light text of the first frame, RichTextFX's area not made yet. (A menu's key pressed now
            // acts once the menus are real: KeyDuringStartUpUiTest. Not pressed here: Ctrl+T's third pane at 1024 px puts the
            // first pane's byline on two lines, which moves its text 16 px for a reason of its own.)
            assertNull(ctx[0].view().paneViews().get(0).textArea());
            assertEquals(width, scene.getWidth(), 0.5, "the window is as wide as asked");
            return null;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> stage.getScene().lookup("#menuBar") != null && stage.getScene().lookup("#toolBar") != null
                && stage.getScene().lookup("#stickySource") != null && stage.getScene().lookup("#stickyTopic") != null
                && stage.getScene().lookup("#sourceVisible-5") != null
                && stage.getScene().lookup("#statusBar") != null && stage.getScene().lookup("#articleList") != null && stage.getScene().lookup("#bottomTabs .tab-header-area") != null
                && stage.getScene().lookup("#articleChooser-1") != null));
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = stage.getScene();
        assertNull(onFx(() -> scene.lookup("#menusStandIn")), "the menus' stand-in is gone");
        assertNull(onFx(() -> scene.lookup("#toolBarStandIn")), "the toolbar's stand-in is gone");
        assertTrue(toolBarWithoutItsChoices[0], "a frame had the toolbar's buttons before its sticky choices (their first styling a frame apart)");
        assertNull(onFx(() -> scene.lookup("#statusStandIn")), "the status bar's stand-in is gone");
        assertNull(onFx(() -> scene.lookup("#tabsStandIn")), "the tabs' stand-in is gone");
        assertNull(onFx(() -> scene.lookup("#articleChooserStandIn-1")), "the chooser's stand-in is gone");
        assertNull(onFx(() -> scene.lookup("#sourceListStandIn")), "the list of sources' stand-in is gone");
        // The list of sources in its place, each of the workspace's five sources with its key and check box.
        for (int key = 1; key <= 5; key++) {
            int k = key;
            assertNotNull(onFx(() -> scene.lookup("#sourceList #sourceVisible-" + k)), "source " + k + " is listed");
        }
        assertNotNull(firstFrame[0], "the first frame was laid out");
        frames.add(onFx(() -> places(scene)));
        assertTrue(frames.size() >= 3, "the rest came in over several frames: " + frames.size());
        for (Map<String, Bounds> frame : frames) {
            for (var e : firstFrame[0].entrySet()) {
                assertNotNull(e.getValue(), e.getKey() + " in the first frame");
                Bounds was = e.getValue();
                Bounds is = frame.get(e.getKey());
                assertTrue(Math.abs(was.getMinX() - is.getMinX()) < 0.5 && Math.abs(was.getMinY() - is.getMinY()) < 0.5
                        && Math.abs(was.getWidth() - is.getWidth()) < 0.5 && Math.abs(was.getHeight() - is.getHeight()) < 0.5,
                        e.getKey() + " stays where the first frame put it: " + was + " then " + is + " (frame " + frames.indexOf(frame) + ")");
            }
        }
        onFx(() -> {
            stage.hide();
            ctx[0].close();
            return null;
        });
    }

    @Test
    void theFirstFrameHoldsThePanesAndNothingMovesWhenTheMenusListAndStatusBarComeInAFrameEach() throws Exception {
        startsWithItsPanesFirstAndNothingMovesWhenTheRestComesIn(1440, 900);
    }

    @Test
    void inASmallWindowTooNothingMovesWhenTheRestComesIn() throws Exception {
        startsWithItsPanesFirstAndNothingMovesWhenTheRestComesIn(1024, 700);
    }

    @Test
    void inTheDarkThemeTooNothingMovesWhenTheRestComesIn() throws Exception {
        // The stand-ins' heights were measured in the light theme; AtlantaFX's dark theme must lay the bars out the same.
        startsWithItsPanesFirstAndNothingMovesWhenTheRestComesIn(1440, 900, true);
    }
}
