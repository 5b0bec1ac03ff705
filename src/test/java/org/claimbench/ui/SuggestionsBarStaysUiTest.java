package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.domain.Source;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Checking sources in the suggested claims' source filter moves no control of the bar: the count's button said "Claims (48 of
 * 130)" once a filter was on, grew, and the filters wrapped to a second line under the pointer, their open list left where
 * the box had been (factcheck54, 1280 px wide).
 */
class SuggestionsBarStaysUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage, 1280, 900);
    }

    @Test
    void aSourceFilterCheckedMovesNoControlOfTheBar(FxRobot robot) {
        app.settle();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        app.settle();
        List<String> ids = List.of("#showClaimSuggestions", "#claimSuggestionsSourceFilter", "#claimSuggestionsArticleFilter",
                "#claimSuggestionsClearFilters", "#acceptAllClaimSuggestions");
        List<Bounds> before = places(robot, ids);
        String label = onFx(() -> robot.lookup("#showClaimSuggestions").queryLabeled().getText());
        List<Source> two = onFx(() -> app.context.workbench().suggestions().sources().subList(0, 2));
        robot.interact(() -> app.context.workbench().suggestions().filter().checkedSources().setAll(two));
        app.settle();
        String filtered = onFx(() -> robot.lookup("#showClaimSuggestions").queryLabeled().getText());
        assertTrue(filtered.contains(" of "), "the filter is on: " + label + " → " + filtered);
        List<Bounds> after = places(robot, ids);
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(before.get(i).getMinX(), after.get(i).getMinX(), 0.5, ids.get(i) + " stays where it was (x)");
            assertEquals(before.get(i).getMinY(), after.get(i).getMinY(), 0.5, ids.get(i) + " stays where it was (y)");
        }
        assertTrue(onFx(() -> robot.lookup("#showClaimSuggestions").queryLabeled().getWidth()
                >= robot.lookup("#showClaimSuggestions").queryLabeled().prefWidth(-1) - 0.5), "the count is not cut");
    }

    private static List<Bounds> places(FxRobot robot, List<String> ids) {
        return onFx(() -> ids.stream().map(id -> {
            Node n = robot.lookup(id).query();
            return n.localToScene(n.getLayoutBounds());
        }).toList());
    }
}
