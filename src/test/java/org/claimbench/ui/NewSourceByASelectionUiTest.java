package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Source;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An editor's words that fit none of the five default sources (factcheck47: a local council story): the bar by the selection
 * offers "New source…"; named there, the source is added as the next number key and the words become its claim at once,
 * one step for undo and redo.
 */
class NewSourceByASelectionUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void newSourceByTheSelectionAddsItAndMarksTheWordsAsItsClaim(FxRobot robot) {
        Workspace w = app.workspace();
        String phrase = onFx(() -> {
            String text = app.area(1).getText();
            int at = text.indexOf(' ', 20) + 1;
            return text.substring(at, text.indexOf(' ', text.indexOf(' ', text.indexOf(' ', at) + 1) + 1));
        });
        app.selectWithMouse(robot, 1, phrase);
        WaitForAsyncUtils.waitForFxEvents();
        Button fresh = robot.lookup("#tag-1-new").queryButton();
        assertTrue(onFx(() -> fresh.isVisible() && fresh.getParent().isVisible()), "the bar by the selection offers a new source");
        robot.clickOn(fresh);
        WaitForAsyncUtils.waitForFxEvents();
        TextField name = onFx(() -> javafx.stage.Window.getWindows().stream().filter(x -> x.getScene() != null)
                .map(x -> x.getScene().getRoot().lookup("#sourceNameField")).filter(java.util.Objects::nonNull)
                .map(n -> (TextField) n).findFirst().orElseThrow());
        // Room for a typical name whole (walk62 saw "vernment" of a two-word name in a field of about 90 px).
        javafx.scene.text.Text typical = new javafx.scene.text.Text("Harbour master's office xy");
        assertEquals(24 + 2, typical.getText().length());
        typical.setFont(name.getFont());
        assertTrue(onFx(() -> name.getWidth() - name.snappedLeftInset() - name.snappedRightInset()) >= typical.getLayoutBounds().getWidth(),
                "the name field shows 26 characters: " + onFx(name::getWidth));
        javafx.stage.Window dialog = onFx(() -> name.getScene().getWindow());
        assertTrue(onFx(() -> dialog.getWidth() <= app.context.view().getScene().getWindow().getWidth()), "the dialog fits the window");
        robot.clickOn(name).write("Harbour council");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> names = onFx(() -> w.sources().stream().map(Source::name).toList());
        assertEquals(6, names.size(), "one source more: " + names);
        assertEquals("Harbour council", names.get(5), "the next number key, 6");
        Claim marked = onFx(() -> w.claims().stream().filter(c -> c.exact().equals(phrase)).findFirst().orElseThrow());
        assertEquals(onFx(() -> w.sources().get(5).id()), marked.sourceId(), "the words are the new source's claim");
        assertTrue(app.context.workbench().statusProperty().get().startsWith("Added the source “Harbour council” (key 6) and marked a claim of it"),
                app.context.workbench().statusProperty().get());
        assertEquals("Undo tag as new source Harbour council", undoMenuText(robot), "the undo menu names the action");
        // One Ctrl+Z takes the claim and the source back; one redo brings both.
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, (int) onFx(() -> w.sources().size()), "one Ctrl+Z took the source back too");
        assertTrue(onFx(() -> w.claims().stream().noneMatch(c -> c.exact().equals(phrase))), "and the claim");
        assertTrue(app.context.workbench().statusProperty().get().startsWith("Undid: Tag as new source Harbour council."),
                app.context.workbench().statusProperty().get());
        robot.interact(() -> app.context.workbench().redo());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Harbour council", onFx(() -> w.sources().get(5).name()), "redo brings the source back");
        assertEquals(onFx(() -> w.sources().get(5).id()),
                onFx(() -> w.claims().stream().filter(c -> c.exact().equals(phrase)).findFirst().orElseThrow().sourceId()),
                "and its claim");
        assertEquals("Undo tag as new source Harbour council", undoMenuText(robot));
    }

    private static String undoMenuText(FxRobot robot) {
        return onFx(() -> ((javafx.scene.control.MenuBar) robot.lookup("#menuBar").query()).getMenus().get(1).getItems().get(0).getText());
    }

    @Test
    void cancelledNothingChangesAndTheSelectionStays(FxRobot robot) {
        Workspace w = app.workspace();
        String phrase = onFx(() -> app.area(2).getText().substring(0, app.area(2).getText().indexOf(' ', 12)));
        app.selectWithMouse(robot, 2, phrase);
        robot.clickOn("#tag-2-new");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, (int) onFx(() -> w.sources().size()));
        assertEquals(0, (int) onFx(w::claimCount));
        assertEquals(phrase, onFx(() -> app.area(2).getSelectedText()), "the selection stays for a number key");
    }
}
