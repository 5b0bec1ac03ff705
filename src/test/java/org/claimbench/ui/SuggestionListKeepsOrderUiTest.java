package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.ui.suggestions.ClaimSuggestionRow;
import org.claimbench.ui.suggestions.ContradictionSuggestionRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The suggestions lists keep their order while the user reviews (issue 14, factcheck55: after D the rows of one source
 * sat below those of another, and the row chosen was not the one after the dismissed one). The row acted on leaves, the
 * next takes its place and is chosen, the others keep their order; rows that come meanwhile come after them.
 */
class SuggestionListKeepsOrderUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        openWithBackgroundThread(stage);
    }

    private void ready() throws Exception {
        suggestionsReady();
    }

    private static <R> List<Object> keys(TableView<R> table, Function<R, Object> key) {
        return onFx(() -> table.getItems().stream().map(key).toList());
    }

    /**
     * Acts with {@code keys} from a row in the list's middle, one key at a time, and checks after each that the rows left
     * are the rows before less the one acted on, in their order (rows that came meanwhile after them), the next one chosen.
     */
    private <R> void walk(FxRobot robot, TableView<R> table, Function<R, Object> key, List<KeyCode> typed) {
        int start = onFx(() -> table.getItems().size()) / 3;
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(start);
            table.scrollTo(start);
        });
        app.settle();
        for (int i = 0; i < typed.size(); i++) {
            List<Object> before = keys(table, key);
            int at = onFx(() -> table.getSelectionModel().getSelectedIndex());
            Object acted = before.get(at);
            Object next = before.get(at + 1);
            robot.type(typed.get(i));
            app.settle();
            List<Object> after = keys(table, key);
            List<Object> expected = new ArrayList<>(before);
            expected.remove(at);
            String when = "after " + typed.get(i) + " number " + (i + 1);
            assertTrue(!after.contains(acted), when + ": the row acted on left the list");
            assertTrue(after.size() >= expected.size(), when + ": no other row left (" + after.size() + " < " + expected.size() + ")");
            int moved = 0;
            while (moved < expected.size() && expected.get(moved).equals(after.get(moved))) {
                moved++;
            }
            assertEquals(expected.size(), moved, when + ": the rows keep their order; the first moved: " + (moved < expected.size()
                    ? expected.get(moved) + ", now " + after.get(moved) : ""));
            assertEquals(next, onFx(() -> key.apply(table.getSelectionModel().getSelectedItem())), when + ": the next row is chosen");
            assertEquals(at, (int) onFx(() -> table.getSelectionModel().getSelectedIndex()), when + ": in the place of the one acted on");
        }
    }

    @Test
    void dismissingAndAcceptingSuggestedClaimsKeepsTheOtherRowsInTheirOrder(FxRobot robot) throws Exception {
        ready();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        app.settle();
        TableView<ClaimSuggestionRow> table = robot.lookup("#claimSuggestionsTable").queryTableView();
        assertTrue(onFx(() -> table.getItems().size()) > 20, "the samples give claim suggestions");
        walk(robot, table, r -> List.of(r.suggestion().articleId(), r.suggestion().span()),
                List.of(KeyCode.D, KeyCode.DIGIT1, KeyCode.D, KeyCode.D, KeyCode.DIGIT2, KeyCode.D));
    }

    @Test
    void dismissingAndAcceptingSuggestedContradictionsKeepsTheOtherRowsInTheirOrder(FxRobot robot) throws Exception {
        ready();
        robot.interact(() -> app.context.workbench().suggestions().acceptAll(List.copyOf(app.context.workbench().suggestions().filter().shown())));
        app.settle();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        app.settle();
        TableView<ContradictionSuggestionRow> table = robot.lookup("#contradictionSuggestionsTable").queryTableView();
        assertTrue(onFx(() -> table.getItems().size()) >= 12, "the samples give contradiction suggestions");
        walk(robot, table, r -> List.of(r.a().id(), r.b().id()),
                List.of(KeyCode.D, KeyCode.A, KeyCode.D, KeyCode.A, KeyCode.D, KeyCode.D, KeyCode.A, KeyCode.D));
    }
}
