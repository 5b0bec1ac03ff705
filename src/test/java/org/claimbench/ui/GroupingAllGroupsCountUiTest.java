package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import javafx.geometry.Bounds;
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
 * A whole grouping as student-run56 did it (issue 14, item 11), with every group's claims in one list: our own 35 claims
 * ({@link StudentQuestions}) into their five questions in a 1280 × 720 window, every action counted (a key, a click, a
 * scroll, each word typed). Ctrl+1 and G open the dialog; one click shows every group's claims; walking that
 * list, each claim not in its question's group is chosen (a click, or ↓ when it is next; the claim after a move is chosen
 * by itself) and moved by its group's number; then a click on group 1 and each group named by typing its question and Enter
 * (a second group of a question takes it by its first word, ↓ and Enter). Headless, the dialog's window needs one click for
 * the keys (a desktop gives it the keyboard): not counted, as GroupingByMeaningCountUiTest does not count it.
 */
class GroupingAllGroupsCountUiTest extends SampleWindowTest {

    private int actions;

    @Start
    void start(Stage stage) {
        open(stage, 1280, 720);
    }

    @Test
    void thirtyFiveClaimsGoIntoTheirFiveQuestionsInAtMostFiftyActionsWithEveryGroupInOneList(FxRobot robot) {
        TopicSuggestionsUiTest.markStudentClaims(app, StudentQuestions.claims());
        robot.interact(() -> app.context.view().showTab(0));
        WaitForAsyncUtils.waitForFxEvents();
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        key(robot, KeyCode.G);
        app.settle();
        ListView<Group> groups = TopicSuggestionsUiTest.groupList(robot);
        robot.clickOn(groupCell(robot, 0));
        List<Group> shown = onFx(() -> List.copyOf(groups.getItems()));
        GroupsReadAsQuestions read = new GroupsReadAsQuestions(shown);
        Map<String, Integer> question = read.questionOfClaim;
        Map<Group, Integer> questionOfGroup = read.questionOfGroup;
        Map<Integer, Integer> groupOfQuestion = read.groupOfQuestion;
        assertEquals(5, groupOfQuestion.size(), "each question is the most frequent of some group: " + questionOfGroup.values());

        robot.clickOn("#topicGroupsAll");
        actions++;
        WaitForAsyncUtils.waitForFxEvents();
        int reading = actions;
        ListView<Choice> list = robot.lookup("#topicGroupClaims").queryListView();
        int moves = 0;
        while (true) {
            // The first claim, in the list's order, not in the group its question is read in (each group keeps the question
            // it is read as; a claim of another question goes to that question's first group).
            List<Choice> now = onFx(() -> List.copyOf(list.getItems()));
            Choice wrong = null;
            int at = -1;
            for (int i = 0; i < now.size() && wrong == null; i++) {
                Choice c = now.get(i);
                int in = onFx(() -> shown.indexOf(shown.stream().filter(g -> g.claims().contains(c)).findFirst().orElseThrow()));
                if (in != groupOfQuestion.get(question.get(c.row().quote()))) {
                    wrong = c;
                    at = i;
                }
            }
            if (wrong == null) {
                break;
            }
            int chosen = onFx(() -> list.getSelectionModel().getSelectedIndex());
            if (chosen != at || !onFx(list::isFocused)) {
                if (onFx(list::isFocused) && at > chosen && at - chosen <= 2) {
                    for (int i = chosen; i < at; i++) {
                        key(robot, KeyCode.DOWN);
                    }
                } else {
                    robot.clickOn(visibleCell(robot, list, at));
                    actions++;
                }
            }
            int to = groupOfQuestion.get(question.get(wrong.row().quote()));
            key(robot, KeyCode.getKeyCode(String.valueOf(to + 1)));
            moves++;
            Choice moved = wrong;
            assertTrue(onFx(() -> shown.get(to).claims().contains(moved)), "the claim moved: "
                    + onFx(() -> robot.lookup("#topicGroupSaid").queryAs(Labeled.class).getText()));
        }
        int moving = actions - reading;

        // Naming, from the group of the claim chosen on: Enter goes on to the next group still open.
        for (int n = 0; n < groupOfQuestion.size(); n++) {
            Group chosen = onFx(() -> groups.getSelectionModel().getSelectedItem());
            Group next = groupOfQuestion.values().stream().map(shown::get).filter(x -> !onFx(x::isDone))
                    .filter(x -> x == chosen).findFirst().orElse(null);
            if (next == null) {
                next = groupOfQuestion.values().stream().sorted().map(shown::get).filter(x -> !onFx(x::isDone)).findFirst().orElseThrow();
                robot.clickOn(groupCell(robot, shown.indexOf(next)));
                actions++;
            }
            Group naming = next;
            String text = StudentQuestions.QUESTIONS.get(questionOfGroup.get(naming)).question();
            robot.write(text);
            actions += text.split(" ").length;
            key(robot, KeyCode.ENTER);
            assertTrue(onFx(naming::isDone), "the group's topic is set: " + onFx(() -> robot.lookup("#topicGroupSaid").queryAs(Labeled.class).getText()));
        }
        for (Group g : shown) {
            assertTrue(groupOfQuestion.containsValue(shown.indexOf(g)) || onFx(() -> g.claims().isEmpty()),
                    "a group of no question of its own is left empty: " + shown.indexOf(g));
        }

        int right = GroupsReadAsQuestions.inTheirQuestion(app.workspace());
        System.out.println("GroupingAllGroupsCountUiTest: 35 claims into their 5 questions took " + actions + " actions (opening and"
                + " reading " + reading + ", " + moves + " moves in " + moving + ", naming " + (actions - reading - moving) + "); "
                + shown.size() + " groups; " + right + " of 35 in their question");
        assertEquals(35, right, "every claim in its own question");
        assertTrue(actions <= 50, "grouping took " + actions + " actions");
    }

    private static Labeled groupCell(FxRobot robot, int index) {
        return robot.lookup("#topicGroupList .list-cell").match(n -> n instanceof ListCell<?> l && l.getIndex() == index).queryAs(Labeled.class);
    }

    /**
     * The claim's row, whole in sight: when it is not, the list is scrolled to it, counted as one action (a turn of the wheel
     * or a drag of the bar; the headless robot's wheel does not scroll a list).
     */
    private ListCell<?> visibleCell(FxRobot robot, ListView<Choice> list, int index) {
        for (int turns = 0; turns < 2; turns++) {
            ListCell<?> cell = robot.lookup("#topicGroupClaims .list-cell").match(n -> n instanceof ListCell<?> l && l.getIndex() == index
                    && l.isVisible()).tryQuery().map(n -> (ListCell<?>) n).orElse(null);
            Bounds view = onFx(() -> list.localToScene(list.getLayoutBounds()));
            if (cell != null) {
                Bounds b = onFx(() -> cell.localToScene(cell.getLayoutBounds()));
                if (b.getMinY() >= view.getMinY() - 1 && b.getMaxY() <= view.getMaxY() + 1) {
                    return cell;
                }
            }
            robot.interact(() -> list.scrollTo(index));
            actions++;
            WaitForAsyncUtils.waitForFxEvents();
        }
        throw new AssertionError("claim " + index + " never came into sight");
    }

    private void key(FxRobot robot, KeyCode... keys) {
        robot.press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
        actions++;
    }
}
