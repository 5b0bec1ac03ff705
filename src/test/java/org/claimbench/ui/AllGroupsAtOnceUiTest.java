package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.analysis.topics.StudentQuestions;
import org.claimbench.ui.claims.TopicSuggestionsViewModel.Choice;
import org.claimbench.ui.claims.TopicSuggestionsViewModel.Group;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * student-run56 (issue 14, item 11): reading what the suggested groups held cost a click per group ("there is no view of all
 * of them"), and a move cost four actions (a click on the group, Tab, ↓ to the claim, its number). One click shows every
 * group's claims in one list, each with its group's number and name, where ↑/↓ walk all claims, a number moves, Space
 * unticks and letters name the chosen claim's group; a click on a claim row and a number move it, in either view. The claims
 * are our own ({@link StudentQuestions}).
 */
class AllGroupsAtOnceUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage, 1280, 720);
    }

    private ListView<Group> groups(FxRobot robot) {
        return TopicSuggestionsUiTest.studentsClaimsGrouped(app, robot);
    }

    static ListCell<?> claimCell(FxRobot robot, ListView<Choice> claims, Choice c) {
        robot.interact(() -> claims.scrollTo(c));
        WaitForAsyncUtils.waitForFxEvents();
        int at = onFx(() -> claims.getItems().indexOf(c));
        return robot.lookup("#topicGroupClaims .list-cell").match(n -> n instanceof ListCell<?> l && l.getIndex() == at).query();
    }

    @Test
    void oneClickShowsEveryGroupsClaimsWithItsGroupAndTheKeysActAcrossThem(FxRobot robot) {
        ListView<Group> groups = groups(robot);
        List<Group> shown = onFx(() -> List.copyOf(groups.getItems()));
        int total = shown.stream().mapToInt(g -> g.claims().size()).sum();
        robot.clickOn("#topicGroupsAll");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Choice> claims = robot.lookup("#topicGroupClaims").queryListView();
        assertEquals(total, (int) onFx(() -> claims.getItems().size()), "every group's claims in one list");
        assertTrue(onFx(claims::isFocused), "the list has the keys");
        Labeled keys = robot.lookup("#topicGroupClaimKeys").queryAs(Labeled.class);
        assertTrue(onFx(keys::getText).startsWith("Every group's claims"), "the line above the list says what it shows: " + onFx(keys::getText));
        // Each row says its group: the last claim of group 1 and the first of group 2.
        Group one = shown.get(0);
        Group two = shown.get(1);
        Choice lastOfOne = onFx(() -> one.claims().get(one.claims().size() - 1));
        Choice firstOfTwo = onFx(() -> two.claims().get(0));
        ListCell<?> cell = claimCell(robot, claims, lastOfOne);
        Labeled groupLine = (Labeled) cell.lookup("#topicGroupOfClaim");
        assertTrue(onFx(() -> groupLine.isVisible() && groupLine.getText().startsWith("1 ") && groupLine.getText().contains(one.nameProperty().get())),
                "the row names its group: " + onFx(groupLine::getText));
        robot.clickOn(cell);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(firstOfTwo, onFx(() -> claims.getSelectionModel().getSelectedItem()), "↓ walks on into group 2");
        assertSame(two, onFx(() -> groups.getSelectionModel().getSelectedItem()), "its group is the one chosen");
        assertEquals(total, (int) onFx(() -> claims.getItems().size()), "still every claim");
        // Space unticks it; its group's name is typed from here; a number moves it to group 1.
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(onFx(() -> firstOfTwo.tickedProperty().get()), "Space unticked the claim chosen");
        robot.type(KeyCode.SPACE);
        robot.write("Who signs the treaty?");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> name = robot.lookup("#topicGroupName").queryAs(ComboBox.class);
        assertEquals("Who signs the treaty?", onFx(() -> two.nameProperty().get()), "the name typed is the chosen claim's group's");
        Choice next = onFx(() -> two.claims().get(1));
        robot.clickOn(claimCell(robot, claims, firstOfTwo));
        robot.type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> one.claims().contains(firstOfTwo)), "the number moved it to group 1");
        assertEquals(total, (int) onFx(() -> claims.getItems().size()), "still every claim, the moved one in its new group");
        assertSame(next, onFx(() -> claims.getSelectionModel().getSelectedItem()), "the claim that followed it is chosen");
        assertTrue(onFx(() -> name.getEditor().getText()).equals("Who signs the treaty?"), "its group's name as typed");
        // The toggle again: back to the chosen group's claims.
        robot.clickOn("#topicGroupsAll");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(onFx(() -> groups.getSelectionModel().getSelectedItem().claims().size()), onFx(() -> claims.getItems().size()),
                "one group's claims again");
        assertTrue(onFx(keys::getText).startsWith("Its claims"), onFx(keys::getText));
    }

    @Test
    void aClickOnAClaimRowAndANumberMoveItInTwoActions(FxRobot robot) {
        ListView<Group> groups = groups(robot);
        List<Group> shown = onFx(() -> List.copyOf(groups.getItems()));
        ListView<Choice> claims = robot.lookup("#topicGroupClaims").queryListView();
        Group one = shown.get(0);
        Choice second = onFx(() -> one.claims().get(1));
        ListCell<?> cell = claimCell(robot, claims, second);
        int actions = 0;
        robot.clickOn(cell);
        actions++;
        robot.type(KeyCode.DIGIT2);
        actions++;
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> shown.get(1).claims().contains(second)), "a click and 2 moved it to group 2: "
                + onFx(() -> robot.lookup("#topicGroupSaid").queryAs(Labeled.class).getText()));
        assertEquals(2, actions);
        // A click on its box ticks and chooses the row: the number then moves that claim.
        Choice first = onFx(() -> one.claims().get(0));
        ListCell<?> firstCell = claimCell(robot, claims, first);
        robot.clickOn(firstCell.lookup(".check-box"));
        robot.type(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> shown.get(2).claims().contains(first)), "the claim whose box was clicked moved to group 3");
    }
}
