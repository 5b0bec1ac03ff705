package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.claimbench.analysis.topics.StudentQuestions;
import org.claimbench.domain.Topic;
import org.claimbench.ui.claims.TopicSuggestionsViewModel.Choice;
import org.claimbench.ui.claims.TopicSuggestionsViewModel.Group;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ctrl+Z in the topics-by-meaning dialog takes back the dialog's own last step, whatever it was: a move or an untick the
 * workspace never saw, or a topic set; never a step done before the dialog or in the main window. Ctrl+Z is fired at the
 * dialog's claims (under Monocle the robot's keys may reach the main window's menu as well, and would undo there). The
 * claims are our own ({@link StudentQuestions}).
 */
class UndoInTheTopicsDialogUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void ctrlZ(FxRobot robot, boolean shift) {
        Node claims = robot.lookup("#topicGroupClaims").query();
        robot.interact(() -> Event.fireEvent(claims, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.Z, shift, true, false, false)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** G in the table (the claims marked first): the groups the dialog shows, the first chosen. */
    private List<Group> groupsAfterG(FxRobot robot) {
        ListView<Group> groups = TopicSuggestionsUiTest.gInTheTable(app, robot);
        return onFx(() -> List.copyOf(groups.getItems()));
    }

    /** Enter on the group chosen: its topic set. */
    private static void enter(FxRobot robot) {
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String said(FxRobot robot) {
        return onFx(() -> robot.lookup("#topicGroupSaid").queryAs(Labeled.class).getText());
    }

    private String topicOf(long claimId) {
        Workspace w = app.workspace();
        return onFx(() -> w.claim(claimId).orElseThrow().topicId() == null ? ""
                : w.topic(w.claim(claimId).orElseThrow().topicId()).map(Topic::label).orElse(""));
    }

    @Test
    void ctrlZAfterAMoveIntoAnOpenGroupTakesBackTheMoveThenTheTopicSetButNothingDoneBeforeTheDialog(FxRobot robot) {
        Map<String, Long> ids = TopicSuggestionsUiTest.markStudentClaims(app, StudentQuestions.claims());
        long byHand = ids.values().iterator().next();
        // A topic set before the dialog opened: the workspace's undo would take it back next.
        robot.interact(() -> app.context.workbench().topics().setTopic(List.of(byHand), "Asked before the grouping"));
        List<Group> shown = groupsAfterG(robot);
        ListView<Group> groups = TopicSuggestionsUiTest.groupList(robot);
        Group first = shown.get(0);
        Group second = shown.get(1);
        Group third = shown.get(2);
        enter(robot);
        assertTrue(first.isDone(), "Enter set group 1");
        String firstTopic = first.proposed();
        // Group 2 is chosen: Tab to its claims, 3 moves the first of them to group 3, still open (the workspace sees nothing).
        robot.type(KeyCode.TAB);
        Choice moved = second.claims().get(0);
        robot.type(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(third.claims().contains(moved), "3 moved the claim to group 3");

        ctrlZ(robot, false);
        assertTrue(onFx(first::isDone), "the topic set on group 1 stays: the move was the last step");
        assertTrue(first.claims().stream().allMatch(c -> topicOf(c.row().id()).equals(firstTopic)), "group 1's claims keep their topic");
        assertEquals(moved, onFx(() -> second.claims().get(0)), "the claim is back in group 2, where it was");
        assertFalse(onFx(() -> third.claims().contains(moved)));
        assertTrue(onFx(() -> moved.tickedProperty().get()), "ticked, as it was");
        assertEquals(second, onFx(() -> groups.getSelectionModel().getSelectedItem()), "its group is shown");
        ListView<Choice> claims = robot.lookup("#topicGroupClaims").queryListView();
        assertEquals(moved, onFx(() -> claims.getSelectionModel().getSelectedItem()), "the claim is chosen");
        assertTrue(said(robot).startsWith("Undid the move: “") && said(robot).endsWith("” is back in group 2 (“" + second.proposed() + "”). Ctrl+Shift+Z redoes it."),
                said(robot));

        ctrlZ(robot, false);
        assertFalse(onFx(first::isDone), "the second Ctrl+Z takes group 1's topic back: open again");
        assertTrue(first.claims().stream().allMatch(c -> topicOf(c.row().id()).isEmpty()), "its claims have no topic");
        assertEquals(first, onFx(() -> groups.getSelectionModel().getSelectedItem()), "group 1 is shown");
        ComboBox<?> name = robot.lookup("#topicGroupName").queryAs(ComboBox.class);
        assertEquals(first.proposed(), onFx(() -> name.getEditor().getText()), "its name as before");
        assertFalse(onFx(name::isDisabled), "its name can be typed again");
        assertEquals("Undid: the topic “" + firstTopic + "” is off the " + first.claims().size() + " claims of group 1, open again."
                + " Ctrl+Shift+Z redoes it.", said(robot));
        assertEquals(said(robot), app.context.workbench().statusProperty().get(), "the main window's status line says it too");

        ctrlZ(robot, false);
        assertEquals("Asked before the grouping", topicOf(byHand), "a step done before the dialog is never undone from it");
        assertEquals(35, onFx(() -> app.workspace().claims().size()), "every claim marked stays");
        assertTrue(said(robot).startsWith("Nothing to undo in this dialog"), said(robot));
    }

    @Test
    void anUntickAndAMoveTheWorkspaceNeverSawAreTakenBackInTheOrderMadeAndNothingSavedGoes(FxRobot robot) {
        TopicSuggestionsUiTest.markStudentClaims(app, StudentQuestions.claims());
        List<Group> shown = groupsAfterG(robot);
        Group first = shown.get(0);
        Choice chosen = first.claims().get(0);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(onFx(() -> chosen.tickedProperty().get()), "Space unticked it");
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown.get(1).claims().contains(chosen), "2 moved it to group 2");

        ctrlZ(robot, false);
        assertEquals(chosen, onFx(() -> first.claims().get(0)), "back in group 1, where it was");
        assertFalse(onFx(() -> chosen.tickedProperty().get()), "unticked, as it was before the move");
        ctrlZ(robot, false);
        assertTrue(onFx(() -> chosen.tickedProperty().get()), "the untick taken back");
        assertTrue(said(robot).startsWith("Undid: “") && said(robot).endsWith("” ticked again. Ctrl+Shift+Z redoes it."), said(robot));
        ctrlZ(robot, false);
        assertTrue(said(robot).startsWith("Nothing to undo in this dialog"), said(robot));
        assertEquals(35, onFx(() -> app.workspace().claims().size()), "no claim marked before the dialog was undone");
    }

    @Test
    void aStepDoneInTheMainWindowAfterATopicSetHereIsNeverUndoneFromTheDialog(FxRobot robot) {
        TopicSuggestionsUiTest.markStudentClaims(app, StudentQuestions.claims());
        List<Group> shown = groupsAfterG(robot);
        Group first = shown.get(0);
        enter(robot);
        assertTrue(first.isDone());
        long other = shown.get(2).claims().get(0).row().id();
        robot.interact(() -> app.context.workbench().topics().setTopic(List.of(other), "Set in the main window"));
        WaitForAsyncUtils.waitForFxEvents();

        ctrlZ(robot, false);
        assertEquals("Set in the main window", topicOf(other), "the main window's step stays");
        assertTrue(onFx(first::isDone), "and so does the dialog's, which is no longer the workspace's last");
        assertTrue(said(robot).startsWith("Not undone: the topic “" + first.proposed() + "” set on "), said(robot));
        // Taken back in the main window, the dialog's step is the last again: Ctrl+Z here undoes it.
        robot.interact(() -> app.context.workbench().undo());
        ctrlZ(robot, false);
        assertFalse(onFx(first::isDone), "group 1 open again");
        assertTrue(first.claims().stream().allMatch(c -> topicOf(c.row().id()).isEmpty()));
    }

    @Test
    void ctrlShiftZBringsBackWhatCtrlZTookBackHereUntilANewStep(FxRobot robot) {
        TopicSuggestionsUiTest.markStudentClaims(app, StudentQuestions.claims());
        List<Group> shown = groupsAfterG(robot);
        ListView<Group> groups = TopicSuggestionsUiTest.groupList(robot);
        Group first = shown.get(0);
        Group second = shown.get(1);
        String firstTopic = first.proposed();
        enter(robot);
        // Group 2's first claim moved into group 1, set already: its topic is set at once.
        robot.type(KeyCode.TAB);
        Choice moved = second.claims().get(0);
        robot.type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(firstTopic, topicOf(moved.row().id()));
        ctrlZ(robot, false);
        ctrlZ(robot, false);
        assertFalse(onFx(first::isDone), "both steps taken back");
        assertEquals("", topicOf(moved.row().id()));

        ctrlZ(robot, true);
        assertTrue(onFx(first::isDone), "Ctrl+Shift+Z sets group 1 again");
        assertTrue(first.claims().stream().allMatch(c -> topicOf(c.row().id()).equals(firstTopic)), "on its claims");
        assertEquals("Redid: the topic “" + firstTopic + "” is on the " + first.claims().size() + " claims of group 1 again. Ctrl+Z undoes it.",
                said(robot));
        ctrlZ(robot, true);
        assertTrue(onFx(() -> first.claims().contains(moved) && !second.claims().contains(moved)), "the move again");
        assertEquals(firstTopic, topicOf(moved.row().id()), "its topic set again");
        assertEquals("", onFx(() -> moved.sinceProperty().get()), "as the group set it");
        ctrlZ(robot, true);
        assertTrue(said(robot).startsWith("Nothing to redo in this dialog"), said(robot));

        // After a Ctrl+Z, a new step (an untick) ends what can be redone.
        ctrlZ(robot, false);
        assertEquals("", topicOf(moved.row().id()));
        robot.interact(() -> groups.getSelectionModel().select(second));
        robot.interact(() -> second.claims().get(1).tickedProperty().set(false));
        ctrlZ(robot, true);
        assertTrue(said(robot).startsWith("Nothing to redo in this dialog"), said(robot));
        assertEquals("", topicOf(moved.row().id()), "the move stays taken back");

        // A topic set taken back here, then a step in the main window: its redo is gone there, and here it says so.
        ctrlZ(robot, false);
        ctrlZ(robot, false);
        assertFalse(onFx(first::isDone));
        long other = shown.get(2).claims().get(0).row().id();
        robot.interact(() -> app.context.workbench().topics().setTopic(List.of(other), "Set in the main window"));
        ctrlZ(robot, true);
        assertTrue(said(robot).startsWith("Not redone: the topic “" + firstTopic + "”"), said(robot));
        assertFalse(onFx(first::isDone));
        assertEquals("Set in the main window", topicOf(other));
    }

    /** In the name, while it has the keyboard, Ctrl+Z takes back letters typed there first, as in any text box. */
    @Test
    void inTheNameCtrlZTakesBackTheLettersTypedThereBeforeTheDialogsSteps(FxRobot robot) {
        TopicSuggestionsUiTest.markStudentClaims(app, StudentQuestions.claims());
        Group first = groupsAfterG(robot).get(0);
        Choice chosen = first.claims().get(0);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> name = robot.lookup("#topicGroupName").queryAs(ComboBox.class);
        robot.clickOn(name.getEditor());
        robot.write("Who pays?");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Who pays?", onFx(() -> name.getEditor().getText()));
        robot.interact(() -> Event.fireEvent(name.getEditor(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.Z, false, true, false, false)));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(onFx(() -> name.getEditor().getText()).equals("Who pays?"), "the typing taken back");
        assertFalse(onFx(() -> chosen.tickedProperty().get()), "the untick stays");
        for (int i = 0; i < 12 && onFx(() -> name.getEditor().isUndoable()); i++) {
            robot.interact(() -> Event.fireEvent(name.getEditor(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.Z, false, true, false, false)));
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(first.proposed(), onFx(() -> name.getEditor().getText()), "all typing taken back: the proposed name");
        robot.interact(() -> Event.fireEvent(name.getEditor(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.Z, false, true, false, false)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> chosen.tickedProperty().get()), "with nothing typed left, Ctrl+Z is the dialog's: the untick taken back");
    }
}
