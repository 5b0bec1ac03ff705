package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.claimbench.ui.suggestions.ClaimSuggestionRow;
import org.claimbench.ui.suggestions.ContradictionSuggestionRow;
import org.claimbench.ui.suggestions.SuggestionsViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Suggested contradictions scored again keep their places and new pairs come after the rows listed (round ui56), where
 * nothing said they had come (issue 14; student-run56 accepted more claims and found four new pairs only by reading the list
 * again). A line above the list counts them; N (or its button) chooses the first of them, and the line goes once they are
 * seen. The samples, on the background thread as in the app.
 */
class NewSuggestionsLineUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        openWithBackgroundThread(stage);
    }

    private static List<Object> keys(TableView<ContradictionSuggestionRow> table) {
        return onFx(() -> table.getItems().stream().map(r -> (Object) List.of(r.a().id(), r.b().id())).toList());
    }

    @Test
    void newPairsBelowTheRowsListedAreCountedAndNTakesTheReviewerToThem(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.context.model().workspace().isPresent());
        app.settle();
        SuggestionsViewModel vm = app.context.workbench().suggestions();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(vm::ready));
        // Two sides' claims first, as a reviewer who accepts one side's suggestions and then another's.
        Set<String> later = Set.of("Ukraine", "Europe");
        robot.interact(() -> vm.acceptAll(vm.filter().shown().stream().filter(r -> !later.contains(r.source())).toList()));
        app.settle();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        app.settle();
        TableView<ContradictionSuggestionRow> table = robot.lookup("#contradictionSuggestionsTable").queryTableView();
        HBox line = robot.lookup("#newSuggestionsLine").queryAs(HBox.class);
        assertFalse(onFx(line::isVisible), "the list as ranked: nothing new");
        List<Object> before = keys(table);
        double tall = onFx(table::getHeight);
        assertTrue(before.size() >= 2, "the samples give contradiction suggestions: " + before.size());

        List<ClaimSuggestionRow> rest = onFx(() -> List.copyOf(vm.claims().stream().filter(r -> later.contains(r.source())).toList()));
        assertTrue(!rest.isEmpty(), "the samples suggest Ukraine's and Europe's claims");
        robot.interact(() -> vm.acceptAll(rest));
        app.settle();
        List<Object> after = keys(table);
        int firstNew = 0;
        while (firstNew < after.size() && before.contains(after.get(firstNew))) {
            firstNew++;
        }
        int added = after.size() - firstNew;
        assertTrue(added > 0, "the new claims bring pairs after the rows listed: " + before.size() + " rows, now " + after.size());
        assertTrue(onFx(line::isVisible), "the line says new suggestions came");
        // In the bar, not over the list: above it, it took two of the four rows a 1024 × 700 screen shows (student59).
        assertEquals(tall, onFx(table::getHeight), 1, "the list keeps its height while the line shows");
        String says = onFx(() -> robot.lookup("#newSuggestionsText").queryAs(Label.class).getText());
        assertTrue(says.startsWith(added + " new"), "it counts them: " + says + " (" + added + " new)");

        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(0);
        });
        robot.type(KeyCode.N);
        app.settle();
        assertEquals(firstNew, (int) onFx(() -> table.getSelectionModel().getSelectedIndex()), "N chose the first new suggestion");
        assertTrue(onFx(table::isFocused), "the keyboard stays in the list");
        assertFalse(onFx(line::isVisible), "seen: the line is gone");
    }
}
