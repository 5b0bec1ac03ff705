package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.ui.suggestions.ClaimSuggestionRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A click on a suggested claim's dotted words answers: the suggestion is chosen in its list, so A accepts it; with the list
 * behind another tab, the status bar says what it is and how to review it. A newcomer clicked one and nothing at all
 * happened (factcheck51).
 */
class ClickSuggestedClaimUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aClickOnASuggestedClaimChoosesItInTheListAndAAcceptsIt(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        app.settle();
        ClaimSuggestionRow target = suggestionInFirstPane(3);
        TableView<ClaimSuggestionRow> table = robot.lookup("#claimSuggestionsTable").queryTableView();
        assertTrue(onFx(() -> table.getSelectionModel().getSelectedItem() != target), "another row is chosen before the click");
        clickOn(robot, target);
        assertEquals(target, onFx(() -> table.getSelectionModel().getSelectedItem()), "the clicked suggestion is the row chosen");
        assertTrue(onFx(table::isFocused), "the keyboard is in the list");
        int before = app.workspace().claimCount();
        robot.type(KeyCode.A);
        app.settle();
        assertEquals(before + 1, app.workspace().claimCount(), "A accepted it");
        assertTrue(app.workspace().claimsOf(target.suggestion().articleId()).stream()
                .anyMatch(c -> c.span().equals(target.suggestion().span())), "the claim marked is the one clicked");
    }

    @Test
    void withTheListBehindAnotherTabTheStatusBarSaysWhatWasClicked(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        app.settle();
        ClaimSuggestionRow target = suggestionInFirstPane(2);
        clickOn(robot, target);
        String status = onFx(() -> robot.lookup("#statusBar").queryAs(org.controlsfx.control.StatusBar.class).getText());
        assertTrue(status.startsWith("Suggested claim of " + target.source()) && status.contains("Ctrl+3"), status);
        assertEquals(0, app.workspace().claimCount(), "the click marked nothing");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        app.settle();
        TableView<ClaimSuggestionRow> table = robot.lookup("#claimSuggestionsTable").queryTableView();
        assertEquals(target, onFx(() -> table.getSelectionModel().getSelectedItem()), "Ctrl+3 lists it chosen, as the status bar says");
    }

    /** The n-th suggested claim (0-based) of the first pane's article, once the suggestions are listed. */
    private ClaimSuggestionRow suggestionInFirstPane(int n) throws Exception {
        var suggestions = app.context.workbench().suggestions();
        long article = onFx(() -> app.context.workbench().panes().get(0).article().orElseThrow().id());
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> onFx(() -> suggestions.claims().stream()
                .filter(r -> r.suggestion().articleId() == article).count() > n));
        return onFx(() -> suggestions.claims().stream().filter(r -> r.suggestion().articleId() == article)
                .sorted(java.util.Comparator.comparingInt(r -> r.suggestion().span().start())).skip(n).findFirst().orElseThrow());
    }

    /** Scrolls the first pane to the suggestion's words and clicks their middle. */
    private void clickOn(FxRobot robot, ClaimSuggestionRow target) {
        var area = app.area(1);
        int middle = (target.suggestion().span().start() + target.suggestion().span().end()) / 2;
        robot.interact(() -> {
            area.moveTo(middle);
            area.requestFollowCaret();
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Point2D at = onFx(() -> area.getCharacterBoundsOnScreen(middle, middle + 1)
                .map(b -> new javafx.geometry.Point2D(b.getCenterX(), b.getCenterY())).orElseThrow());
        robot.clickOn(at);
        app.settle();
    }
}
