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
 * A click on a suggested claim's dotted words answers: the status bar says what it is, and Ctrl+3 chooses it in the list,
 * where A accepts it; nothing moves at the click. A newcomer clicked one and nothing at all happened (factcheck51).
 */
class ClickSuggestedClaimUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aClickOnASuggestedClaimSaysWhatItIsMovesNothingAndCtrl3ChoosesItForA(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        app.settle();
        ClaimSuggestionRow target = suggestionInFirstPane(3);
        TableView<ClaimSuggestionRow> table = robot.lookup("#claimSuggestionsTable").queryTableView();
        ClaimSuggestionRow before = onFx(() -> table.getSelectionModel().getSelectedItem());
        assertTrue(before != target, "another row is chosen before the click");
        clickOn(robot, target);
        assertTrue(status(robot).startsWith("Suggested claim of " + target.source()) && status(robot).contains("Ctrl+3"), status(robot));
        assertEquals(before, onFx(() -> table.getSelectionModel().getSelectedItem()), "the click alone moves nothing in the list");
        assertEquals(0, app.workspace().claimCount(), "the click marked nothing");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        app.settle();
        assertEquals(target, onFx(() -> table.getSelectionModel().getSelectedItem()), "Ctrl+3 chose the suggestion clicked");
        assertTrue(onFx(table::isFocused), "the keyboard is in the list");
        robot.type(KeyCode.A);
        app.settle();
        assertEquals(1, app.workspace().claimCount(), "A accepted it");
        assertTrue(app.workspace().claimsOf(target.suggestion().articleId()).stream()
                .anyMatch(c -> c.span().equals(target.suggestion().span())), "the claim marked is the one clicked");
    }

    @Test
    void withTheListBehindAnotherTabAndFilteredToAnotherArticleCtrl3StillListsItChosen(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        app.settle();
        ClaimSuggestionRow target = suggestionInFirstPane(2);
        var other = onFx(() -> app.workspace().articles().stream().filter(a -> a.id() != target.suggestion().articleId()).findFirst().orElseThrow());
        robot.interact(() -> app.context.workbench().suggestions().filter().article().set(other));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        app.settle();
        clickOn(robot, target);
        assertTrue(status(robot).startsWith("Suggested claim of " + target.source()), status(robot));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        app.settle();
        TableView<ClaimSuggestionRow> table = robot.lookup("#claimSuggestionsTable").queryTableView();
        assertEquals(target, onFx(() -> table.getSelectionModel().getSelectedItem()), "Ctrl+3 lists it chosen, the filter that hid it cleared");
    }

    @Test
    void withSuggestedClaimsHiddenInTheTextAClickThereSaysNothingOfThem(FxRobot robot) throws Exception {
        ClaimSuggestionRow target = suggestionInFirstPane(2);
        robot.interact(() -> app.context.workbench().showSuggestionsProperty().set(false));
        app.settle();
        clickOn(robot, target);
        assertTrue(!status(robot).startsWith("Suggested claim"), "nothing drawn there, nothing said: " + status(robot));
    }

    private static String status(FxRobot robot) {
        return onFx(() -> robot.lookup("#statusBar").queryAs(org.controlsfx.control.StatusBar.class).getText());
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

    /** Scrolls the first pane to the suggestion's words and clicks their middle; the pane stays where it was at the click. */
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
        double place = onFx(area::getEstimatedScrollY);
        robot.clickOn(at);
        app.settle();
        assertEquals(place, onFx(area::getEstimatedScrollY), 1.0, "the pane stays where it was at the click");
    }
}
