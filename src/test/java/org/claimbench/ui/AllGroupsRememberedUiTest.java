package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.ui.claims.TopicSuggestionsViewModel.Choice;
import org.claimbench.ui.claims.TopicSuggestionsViewModel.Group;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The topics dialog's "All groups' claims in one list" is remembered per workspace, as the window's layout is: a user who
 * chose it gets it again when the workspace opens again (student-run56 chose it; round ui56b kept it only while the window
 * lived), and another workspace opens with the one-group view until its user chooses otherwise. Our own claims
 * ({@link org.claimbench.analysis.topics.StudentQuestions}).
 */
class AllGroupsRememberedUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage, 1280, 720);
    }

    @Test
    void theAllGroupsViewChosenComesBackWithTheWorkspaceAndNotInAnother(FxRobot robot) throws Exception {
        ListView<Group> groups = TopicSuggestionsUiTest.studentsClaimsGrouped(app, robot);
        int total = onFx(() -> groups.getItems().stream().mapToInt(g -> g.claims().size()).sum());
        robot.clickOn("#topicGroupsAll");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        Path file = app.workspace().file();

        // Another workspace: the one-group view.
        Path other = file.resolveSibling("other" + System.nanoTime() + ".claimbench");
        robot.interact(() -> app.context.session().create(other, app.context.workbench().opened()));
        app.settle();
        assertEquals(other, app.workspace().file());
        assertFalse(onFx(() -> app.context.workbench().topics().allGroupsShownProperty().get()),
                "a workspace whose user never chose it: one group at a time");

        // The first workspace again: every group's claims in one list as G opens the dialog.
        robot.interact(() -> app.context.session().open(file, app.context.workbench().opened()));
        app.settle();
        assertEquals(file, app.workspace().file());
        TopicSuggestionsUiTest.gInTheTable(app, robot);
        assertTrue(onFx(() -> robot.lookup("#topicGroupsAll").queryAs(ToggleButton.class).isSelected()), "the view chosen is back");
        ListView<Choice> claims = robot.lookup("#topicGroupClaims").queryListView();
        assertEquals(total, (int) onFx(() -> claims.getItems().size()), "every group's claims in one list");
        assertTrue(onFx(() -> robot.lookup("#topicGroupClaimKeys").queryAs(Labeled.class).getText()).startsWith("Every group's claims"),
                "the line above the list says so");
        robot.type(KeyCode.ESCAPE);
    }
}
