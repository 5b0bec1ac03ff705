package org.claimbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import org.claimbench.settings.AppDirs;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app builds its workbench off the JavaFX thread while the window opens. JavaFX allows that
 * for nodes, not for windows: the build makes no window (no tooltip, no context menu, no popup),
 * and the theme is set on the JavaFX thread before the first control is made.
 */
class OffThreadBuildTest {

    @TempDir
    Path home;

    @Test
    void theWorkbenchIsBuiltOffTheJavaFxThreadWithoutMakingAWindow() throws Exception {
        FxToolkit.registerPrimaryStage();
        AppDirs dirs = new AppDirs(home.resolve("data"), home.resolve("config"));
        AppContext context = AppContext.buildOffFxThread(dirs, false).get(60, TimeUnit.SECONDS);
        try {
            assertTrue(Application.getUserAgentStylesheet().endsWith(".bss"), "the theme, from its binary stylesheet: "
                    + Application.getUserAgentStylesheet());
            List<Control> controls = new ArrayList<>();
            collect(context.view(), controls);
            assertFalse(controls.isEmpty());
            for (Control c : controls) {
                assertNull(c.getTooltip(), "no tooltip window made while building: " + c);
                assertNull(c.getContextMenu(), "no context menu made while building: " + c);
            }
            assertTrue(controls.stream().anyMatch(c -> c.getAccessibleHelp() != null && !c.getAccessibleHelp().isEmpty()),
                    "tooltips' texts are there, as accessible help");
            assertEquals(2, context.view().paneViews().size(), "two article panes, ready to show");
            // The menus and the toolbar are made on the JavaFX thread once the first frame is laid out (FirstFrameUiTest).
            assertNotNull(context.view().lookup("#menusStandIn"), "the first frame holds the menus' stand-in");
            assertTrue(controls.stream().noneMatch(c -> "toolImport".equals(c.getId())), "the toolbar is not built off the JavaFX thread");
            assertTrue(controls.stream().anyMatch(c -> "closePane-1".equals(c.getId())), "the panes were looked at");
            // The panes' article choosers are stand-ins until the first frame is laid out (FirstFrameUiTest).
            assertNotNull(context.view().paneViews().get(0).lookup("#articleChooserStandIn-1"), "the first frame holds the chooser's stand-in");
            assertTrue(controls.stream().noneMatch(c -> "articleChooser-1".equals(c.getId())), "no combo box is built off the JavaFX thread");
        } finally {
            WaitForAsyncUtils.asyncFx(context::close).get(5, TimeUnit.SECONDS);
        }
    }

    /** Every control, with the ones that only a skin would make children (no skin is made before the window styles them). */
    private static void collect(Node node, List<Control> controls) {
        if (node == null) {
            return;
        }
        if (node instanceof Control c) {
            controls.add(c);
        }
        List<Node> children = new ArrayList<>();
        if (node instanceof SplitPane s) {
            children.addAll(s.getItems());
        } else if (node instanceof ToolBar t) {
            children.addAll(t.getItems());
        } else if (node instanceof TabPane t) {
            t.getTabs().forEach(tab -> children.add(tab.getContent()));
        } else if (node instanceof StatusBar s) {
            children.addAll(s.getLeftItems());
            children.addAll(s.getRightItems());
        } else if (node instanceof Parent p) {
            children.addAll(p.getChildrenUnmodifiable());
        }
        children.forEach(child -> collect(child, controls));
    }
}
