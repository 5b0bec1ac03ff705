package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Four panes in a window of 1024 × 700: each pane's article picker reads enough of its title to tell the articles apart. */
class PanePickerAtFourPanesUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage, 1024, 700);
    }

    @Test
    void eachOfFourPanesPickersShowsFifteenCharactersOfItsTitleAndItsCloseIsStillAtHand(FxRobot robot) {
        app.settle();
        for (int i = 0; i < 3; i++) {
            robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
            app.settle();
        }
        assertEquals(4, onFx(() -> app.context.workbench().panes().size()));
        assertEquals(1024.0, onFx(() -> app.context.view().getScene().getWidth()), 1.0);
        for (ComboBox<?> picker : robot.lookup(".pane-title-chooser").queryAllAs(ComboBox.class)) {
            Article shown = (Article) onFx(picker::getValue);
            ListCell<?> cell = onFx(picker::getButtonCell);
            // What the cell draws: as many of the title's characters as fit its room beside "…".
            String drawn = onFx(() -> WorkbenchFixture.drawnText(cell, cell.getWidth() - cell.snappedLeftInset() - cell.snappedRightInset()));
            String read = drawn.endsWith("…") ? drawn.substring(0, drawn.length() - 1) : drawn;
            assertTrue(shown.title().startsWith(read.strip()), "the picker draws the title's start: " + drawn);
            assertTrue(read.strip().length() >= Math.min(15, shown.title().length()), "the picker of " + picker.getId() + " reads “"
                    + drawn + "” (picker " + onFx(picker::getWidth) + " px, its cell " + onFx(cell::getWidth) + " px, “" + onFx(cell::getText) + "”) of “" + shown.title() + "”");
            String tip = onFx(picker::getAccessibleHelp);
            assertTrue(tip.startsWith(shown.title()), "its tooltip names the whole title: " + tip);
        }
        // Each pane closes with one click on its ×, shown (ui47 had it in the ⋮ menu at four panes: two clicks).
        for (int left = 4; left > 1; left--) {
            String index = ((ComboBox<?>) robot.lookup(".pane-title-chooser").queryAllAs(ComboBox.class).toArray()[left - 1]).getId()
                    .replace("articleChooser-", "");
            javafx.scene.Node close = robot.lookup("#closePane-" + index).query();
            assertTrue(onFx(() -> close.isVisible() && close.getScene() != null && close.getLayoutBounds().getWidth() > 0),
                    "pane " + index + " shows its ×");
            robot.clickOn(close);
            app.settle();
            assertEquals(left - 1, (int) onFx(() -> app.context.workbench().panes().size()), "one click on the × of pane " + index + " closed it");
        }
    }
}
