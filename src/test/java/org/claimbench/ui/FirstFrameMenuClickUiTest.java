package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Newcomer of round 34: at start-up the first two clicks on Help did nothing (the first frame shows the menus' names
 * before the menus are real). A click on a menu's name in the first frame opens that menu once the menus are there.
 */
@ExtendWith(ApplicationExtension.class)
class FirstFrameMenuClickUiTest {

    @TempDir
    Path home;

    private FirstFrameDriver driver;

    @Start
    void start(Stage stage) {
        this.driver = new FirstFrameDriver(stage);
    }

    @AfterEach
    void close() {
        driver.close();
    }

    @Test
    void aClickOnHelpInTheFirstFrameOpensHelpOnceTheMenusAreReal() throws Exception {
        boolean[] standIn = new boolean[1];
        driver.startAndInTheFirstFrame(home, scene -> {
            // The name "Help" as drawn in the stand-in of the menu bar.
            Node help = scene.getRoot().lookupAll(".menu-bar-stand-in .label").stream()
                    .filter(n -> n instanceof javafx.scene.control.Label l && "Help".equals(l.getText())).findFirst().orElse(null);
            standIn[0] = help != null && scene.lookup("#menuBar") == null;
            if (help != null) {
                Bounds b = help.localToScene(help.getLayoutBounds());
                Point2D at = new Point2D(b.getCenterX(), b.getCenterY());
                Event.fireEvent(help, FirstFrameDriver.mouse(MouseEvent.MOUSE_PRESSED, at));
                Event.fireEvent(help, FirstFrameDriver.mouse(MouseEvent.MOUSE_RELEASED, at));
                Event.fireEvent(help, FirstFrameDriver.mouse(MouseEvent.MOUSE_CLICKED, at));
            }
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> driver.ctx().view().lookup("#bottomTabs") != null
                && driver.ctx().view().getScene().lookup("#menuBar") != null));
        assertTrue(standIn[0], "the first frame had the stand-in of the menus, not the menus");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> helpMenu().isShowing()));
        assertNotNull(onFx(this::helpMenu));
        assertTrue(onFx(() -> ((MenuBar) driver.ctx().view().getScene().lookup("#menuBar")).getMenus().stream()
                .filter(Menu::isShowing).count() == 1), "Help alone is open");
        onFx(() -> {
            helpMenu().hide();
            return null;
        });
    }

    private Menu helpMenu() {
        MenuBar bar = (MenuBar) driver.ctx().view().getScene().lookup("#menuBar");
        return bar == null ? null : bar.getMenus().stream().filter(m -> "Help".equals(m.getText())).findFirst().orElse(null);
    }
}
