package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.claimbench.ui.article.ArticlePaneViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Closing a pane at 1024 × 700: Ctrl+W closes the pane worked in (View › Close Article Pane, the key shown beside Close this
 * pane in a narrow header's ⋮ menu), and at three panes the header's × is still one click away.
 */
class PaneCloseKeyUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage, 1024, 700);
    }

    @Test
    void ctrlWClosesThePaneWorkedInAndTheMenusSayIt(FxRobot robot) {
        app.settle();
        for (int i = 0; i < 3; i++) {
            robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
            app.settle();
        }
        List<ArticlePaneViewModel> four = onFx(() -> List.copyOf(app.context.workbench().panes()));
        assertEquals(4, four.size());

        // The View menu names the key, beside Add Article Pane's Ctrl+T.
        MenuItem item = onFx(() -> ((MenuBar) robot.lookup(".menu-bar").query()).getMenus().stream()
                .filter(m -> "viewMenu".equals(m.getId())).flatMap(m -> m.getItems().stream())
                .filter(i -> "menuClosePane".equals(i.getId())).findFirst().orElse(null));
        assertTrue(item != null, "View has Close Article Pane");
        assertEquals(KeyCombination.keyCombination("Shortcut+W"), onFx(item::getAccelerator), "its key is Ctrl+W");

        // Four narrow headers: each keeps its × (on the byline's line, round ui48), whose tooltip names the key.
        String index = onFx(() -> robot.lookup(".pane-title-chooser").queryAll().stream()
                .map(Node::getId).sorted().toList()).get(1).replace("articleChooser-", "");
        javafx.scene.control.Button cross = robot.lookup("#closePane-" + index).queryButton();
        String tip = onFx(() -> cross.getTooltip() == null ? cross.getAccessibleHelp() : cross.getTooltip().getText());
        assertTrue(onFx(cross::isVisible) && tip != null && tip.contains(KeyCombination.keyCombination("Shortcut+W").getDisplayText()),
                "the ×'s tooltip names its key: " + tip);

        // Ctrl+W closes the pane worked in, from its text.
        ArticlePaneViewModel worked = four.get(2);
        robot.interact(() -> app.context.workbench().activePaneProperty().set(worked));
        robot.clickOn(app.area(3));
        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        app.settle();
        List<ArticlePaneViewModel> three = onFx(() -> List.copyOf(app.context.workbench().panes()));
        assertEquals(3, three.size(), "Ctrl+W closed a pane");
        assertFalse(three.contains(worked), "the one worked in");

        // Three panes at 1024 px: one click on a header's × closes its pane.
        String first = onFx(() -> robot.lookup(".pane-title-chooser").queryAll().stream().map(Node::getId).sorted().toList())
                .get(0).replace("articleChooser-", "");
        Node close = robot.lookup("#closePane-" + first).query();
        assertTrue(onFx(() -> close.isVisible() && close.getLayoutBounds().getWidth() > 0), "the × shows at three panes");
        robot.clickOn(close);
        app.settle();
        assertEquals(2, onFx(() -> app.context.workbench().panes().size()), "one click closed the pane");
    }
}
