package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.claimbench.ui.suggestions.ClaimSuggestionRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * One mark at a time (issue 14, a fact-checker's session): a suggested claim outlined, then the suggested contradictions
 * shown with none chosen: no pane keeps the claim's outline (it stayed, for a list that had nothing chosen).
 */
class SuggestionListSwitchUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage, 1024, 700);
    }

    @Test
    void theOtherListWithNothingChosenLeavesNoOutlineInThePanes(FxRobot robot) throws Exception {
        TableView<ClaimSuggestionRow> table = app.claimSuggestionsInSight(robot);
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        app.settle();
        assertTrue(outlines().contains(true), "the suggested claim chosen is outlined");

        // No claim is marked: no contradiction can be suggested, the list has nothing to choose.
        robot.interact(() -> app.context.view().focusList(3));
        app.settle();
        assertEquals(0, (int) onFx(() -> app.context.workbench().suggestions().contradictions().size()));
        assertTrue(!outlines().contains(true), "nothing chosen, nothing outlined: " + outlines());
    }

    private List<Boolean> outlines() {
        return onFx(() -> app.context.workbench().panes().stream().map(p -> p.outlined().isPresent()).toList());
    }
}
