package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.scene.control.Labeled;
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
 * The student's job with the topics suggested by meaning (issue 14, item 11): our own 35 claims of one summit into their
 * five questions ({@link StudentQuestions}), every claim in its own question, every action counted as GroupingCountUiTest
 * counts them (a key, a click, a word typed). The student knows the questions and reads each group: a claim of another
 * question is moved to that question's group by its number (↓ to it, the digit), the group named by typing its question
 * (or, when an earlier group has that question, its first word, ↓ and Enter from the topics there are), Enter; the claims
 * not grouped are moved by number into their questions' groups at the end. Headless, the dialog's window needs one click
 * for the keys (a desktop gives it the keyboard): not counted, as GroupingCountUiTest does not count the topic box's.
 */
class GroupingByMeaningCountUiTest extends SampleWindowTest {

    private int actions;

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void thirtyFiveClaimsOfOurOwnGoIntoTheirFiveQuestionsWithTheSuggestedGroups(FxRobot robot) {
        List<String> claims = StudentQuestions.claims();
        List<Integer> questionOfEach = StudentQuestions.questionOfEach();
        Map<String, Integer> question = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            question.put(claims.get(i), questionOfEach.get(i));
        }
        TopicSuggestionsUiTest.markStudentClaims(app, claims);
        robot.interact(() -> app.context.view().showTab(0));
        WaitForAsyncUtils.waitForFxEvents();

        key(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        key(robot, KeyCode.G);
        app.settle();
        ListView<Group> groups = TopicSuggestionsUiTest.groupList(robot);
        robot.clickOn(robot.lookup("#topicGroupList .list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> l && l.getIndex() == 0)
                .queryAs(Labeled.class));
        List<Group> shown = onFx(() -> List.copyOf(groups.getItems()));
        GroupsReadAsQuestions read = new GroupsReadAsQuestions(shown);
        Map<Group, Integer> questionOfGroup = read.questionOfGroup;
        Map<Integer, Integer> groupOfQuestion = read.groupOfQuestion;
        assertEquals(5, groupOfQuestion.size(), "each question is the most frequent of some group: " + questionOfGroup.values());
        Set<Integer> named = new HashSet<>();
        for (Group g : shown) {
            if (g.notGrouped()) {
                continue;
            }
            assertTrue(onFx(() -> groups.getSelectionModel().getSelectedItem() == g), "the next group is chosen after Enter");
            int q = questionOfGroup.get(g);
            moveOut(robot, g, question, q, groupOfQuestion);
            String text = StudentQuestions.QUESTIONS.get(q).question();
            if (named.add(q)) {
                robot.write(text);
                actions += text.split(" ").length;
                key(robot, KeyCode.ENTER);
            } else {
                String first = text.split(" ")[0];
                robot.write(first);
                actions++;
                key(robot, KeyCode.DOWN);
                key(robot, KeyCode.ENTER);
            }
            assertTrue(onFx(g::isDone), "the group's topic is set: " + onFx(() -> robot.lookup("#topicGroupSaid").queryAs(Labeled.class).getText()));
        }
        // The claims not grouped: ↓ to their group, Tab, each moved by number into its question's group (set at once).
        Group rest = shown.get(shown.size() - 1);
        if (rest.notGrouped()) {
            int at = onFx(() -> groups.getSelectionModel().getSelectedIndex());
            for (int i = at; i < shown.size() - 1; i++) {
                key(robot, KeyCode.DOWN);
            }
            moveOut(robot, rest, question, -1, groupOfQuestion);
        }

        int right = GroupsReadAsQuestions.inTheirQuestion(app.workspace());
        System.out.println("GroupingByMeaningCountUiTest: 35 claims into their 5 questions took " + actions + " actions with the"
                + " suggested groups (" + (shown.size() - (rest.notGrouped() ? 1 : 0)) + " groups, " + (rest.notGrouped() ? rest.claims().size() : 0)
                + " not grouped at first); " + right + " of 35 in their question");
        assertEquals(35, right, "every claim in its own question");
        // Measured: 50 (63 with each group's claims in the order of the table, before the least sure were listed first).
        assertTrue(actions <= 50, "grouping took " + actions + " actions");
    }

    /** Moves each claim of the group not of question q (all, for q = −1) to its question's group: Tab, then ↓ to each, its digit. */
    private void moveOut(FxRobot robot, Group g, Map<String, Integer> question, int q, Map<Integer, Integer> groupOfQuestion) {
        int pos = 0;
        boolean tabbed = false;
        while (true) {
            List<Choice> now = onFx(() -> List.copyOf(g.claims()));
            int wrong = -1;
            for (int i = pos; i < now.size() && wrong < 0; i++) {
                if (question.get(now.get(i).row().quote()) != q) {
                    wrong = i;
                }
            }
            if (wrong < 0) {
                return;
            }
            if (!tabbed) {
                key(robot, KeyCode.TAB);
                tabbed = true;
            }
            for (int i = pos; i < wrong; i++) {
                key(robot, KeyCode.DOWN);
            }
            int to = groupOfQuestion.get(question.get(now.get(wrong).row().quote()));
            key(robot, KeyCode.getKeyCode(String.valueOf(to + 1)));
            assertEquals(now.size() - 1, (int) onFx(() -> g.claims().size()), "the claim moved: "
                    + onFx(() -> robot.lookup("#topicGroupSaid").queryAs(Labeled.class).getText()));
            pos = wrong;
        }
    }

    private void key(FxRobot robot, KeyCode... keys) {
        robot.press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
        actions++;
    }
}
