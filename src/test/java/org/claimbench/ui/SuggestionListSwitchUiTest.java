package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.claimbench.ui.suggestions.ClaimSuggestionRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One mark at a time (issue 14, a fact-checker's session): a suggested claim outlined, then the suggested contradictions
 * shown with none chosen: no pane keeps the claim's outline (it stayed, for a list that had nothing chosen).
 */
@ExtendWith(ApplicationExtension.class)
class SuggestionListSwitchUiTest {

    @TempDir
    static Path home;

    private WorkbenchFixture app;

    @Start
    void start(Stage stage) {
        app = WorkbenchFixture.start(stage, home.resolve(String.valueOf(System.nanoTime())), 1024, 700);
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.context.close()).get();
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
