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
 * lived), also after a restart, and another workspace opens with the one-group view until its user chooses otherwise. Our own claims
 * ({@link org.claimbench.analysis.topics.StudentQuestions}).
 */
class AllGroupsRememberedUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open(stage, 1280, 720);
    }

    private Stage stage;

    @Test
    void theAllGroupsViewChosenComesBackWithTheWorkspaceAfterARestartAndNotInAnother(FxRobot robot) throws Exception {
        Path at = home.resolve("restart" + System.nanoTime());
        restartAt(at);
        ListView<Group> groups = TopicSuggestionsUiTest.studentsClaimsGrouped(app, robot);
        int total = onFx(() -> groups.getItems().stream().mapToInt(g -> g.claims().size()).sum());
        robot.clickOn("#topicGroupsAll");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        Path file = app.workspace().file();

        // Another workspace, in the same window: the one-group view (the toggle was kept while the window lived).
        Path other = file.resolveSibling("other" + System.nanoTime() + ".claimbench");
        robot.interact(() -> app.context.session().create(other, app.context.workbench().opened()));
        app.settle();
        assertEquals(other, app.workspace().file());
        TopicSuggestionsUiTest.studentsClaimsGrouped(app, robot);
        assertFalse(onFx(() -> robot.lookup("#topicGroupsAll").queryAs(ToggleButton.class).isSelected()),
                "a workspace whose user never chose it: one group at a time");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        // The app started again, the first workspace opened: every group's claims in one list as G opens the dialog.
        restartAt(at);
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

    /** Closes the app and starts it again with its settings (and so its last workspace) in {@code at}. */
    private void restartAt(Path at) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.context.close()).get();
        app = WaitForAsyncUtils.asyncFx(() -> WorkbenchFixture.start(stage, at, 1280, 720)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }
}
