package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.ComboBox;
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
 * Typing into the suggested topics' claim list (student-run52, surprise 5: after Tab, Space unticks and digits move claims,
 * and nothing said what letters do there). A question typed there goes to the group's name, a line above the claims says
 * so, and letters typed in a group whose topic is set say why they change nothing. The claims are our own
 * ({@link StudentQuestions}).
 */
class TypingInTheGroupsClaimsUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage, 1280, 720);
    }

    /** The 35 claims of {@link StudentQuestions} marked, G in the table: the dialog's list of groups. */
    private ListView<Group> groupsOfTheStudentsClaims(FxRobot robot) {
        TopicSuggestionsUiTest.markStudentClaims(app, StudentQuestions.claims());
        return TopicSuggestionsUiTest.gInTheTable(app, robot);
    }

    @Test
    void aQuestionTypedInTheClaimListGoesToTheGroupsNameAndLeavesTheTicksAndGroupsAsTheyWere(FxRobot robot) {
        ListView<Group> groups = groupsOfTheStudentsClaims(robot);
        List<Group> shown = onFx(() -> List.copyOf(groups.getItems()));
        List<Integer> sizes = shown.stream().map(g -> g.claims().size()).toList();
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Choice> claims = robot.lookup("#topicGroupClaims").queryListView();
        assertTrue(onFx(claims::isFocused), "Tab went to the group's claims");
        robot.write("Why 2 dams now?");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> name = robot.lookup("#topicGroupName").queryAs(ComboBox.class);
        assertEquals("Why 2 dams now?", onFx(() -> name.getEditor().getText()), "the question typed is the group's name");
        assertEquals(sizes, shown.stream().map(g -> g.claims().size()).toList(), "no claim moved");
        assertTrue(shown.get(0).claims().stream().allMatch(c -> c.tickedProperty().get()), "no claim unticked");
        javafx.scene.control.Labeled keys = robot.lookup("#topicGroupClaimKeys").queryAs(javafx.scene.control.Labeled.class);
        assertTrue(onFx(keys::isVisible) && onFx(() -> keys.getText()).contains("letters typed go to the name"),
                "the line above the claims says where letters go");
    }

    @Test
    void lettersTypedInAGroupWhoseTopicIsSetSayWhyTheyChangeNothing(FxRobot robot) {
        ListView<Group> groups = groupsOfTheStudentsClaims(robot);
        Group first = onFx(() -> groups.getItems().get(0));
        robot.write("Who pays for the new dam?").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(first.isDone(), "group 1 is set");
        robot.clickOn(robot.lookup("#topicGroupList .list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> l && l.getIndex() == 0)
                .queryAs(javafx.scene.control.Labeled.class));
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("w");
        WaitForAsyncUtils.waitForFxEvents();
        String said = robot.lookup("#topicGroupSaid").queryAs(javafx.scene.control.Labeled.class).getText();
        assertTrue(said.startsWith("Group 1's topic is set (“Who pays for the new dam?”): letters typed here change nothing."), said);
        ComboBox<?> name = robot.lookup("#topicGroupName").queryAs(ComboBox.class);
        assertEquals("Who pays for the new dam?", onFx(() -> name.getEditor().getText()), "its name as set");
    }

    /**
     * student-run56: after group 1's topic was set, claims moved into it from another group kept its row at "set on 5
     * claims"; the first Tab into a group's claims showed no chosen row; and the long line saying the move narrowed the
     * groups' column by about 70 px, re-wrapping every row.
     */
    @Test
    void aClaimMovedIntoASetGroupCountsInItsRowTabChoosesTheFirstClaimAndTheGroupsColumnKeepsItsWidth(FxRobot robot) {
        ListView<Group> groups = groupsOfTheStudentsClaims(robot);
        Group first = onFx(() -> groups.getItems().get(0));
        robot.write("Who pays for the new dam?").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(first.isDone(), "group 1 is set");
        int setOn = onFx(() -> first.claims().size());
        assertEquals("set on " + setOn + " claims", first.doneProperty().get());
        double width = onFx(groups::getWidth);
        robot.clickOn(robot.lookup("#topicGroupList .list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> l && l.getIndex() == 1)
                .queryAs(javafx.scene.control.Labeled.class));
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Choice> claims = robot.lookup("#topicGroupClaims").queryListView();
        assertEquals(0, onFx(() -> claims.getSelectionModel().getSelectedIndex()), "Tab chose the group's first claim");
        robot.type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        String said = robot.lookup("#topicGroupSaid").queryAs(javafx.scene.control.Labeled.class).getText();
        assertTrue(said.startsWith("Moved") && said.contains("its topic is set"), said);
        assertEquals(width, onFx(groups::getWidth), 1.0, "the groups' column kept its width under the long line");
        assertEquals("set on " + (setOn + 1) + " claims", first.doneProperty().get(), "the claim moved in counts");
    }
}
