package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.analysis.topics.StudentQuestions;
import org.claimbench.analysis.topics.StudentQuestions.Question;
import org.claimbench.domain.Topic;
import org.claimbench.ui.claims.TopicSuggestionsViewModel.Choice;
import org.claimbench.ui.claims.TopicSuggestionsViewModel.Group;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In the suggested topics' dialog, the topics there are are offered nearest in meaning to the group shown first (they came
 * in the order they were made, whatever the group held: student-run51), and a question's first letters narrow the list to
 * the questions that begin with them, in that order. Our own claims ({@link StudentQuestions}): two claims of each question
 * are given it first, the other 25 grouped by G.
 */
class TopicCompletionByMeaningUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    /** Marks the claims, gives two of each question that question (in the questions' order); the question of each quote. */
    private Map<String, String> questionsGivenTwoClaimsEach() {
        Map<String, Long> ids = TopicSuggestionsUiTest.markStudentClaims(app, StudentQuestions.claims());
        Map<String, String> questionOf = new HashMap<>();
        Workspace w = app.workspace();
        for (Question q : StudentQuestions.QUESTIONS) {
            q.claims().forEach(c -> questionOf.put(c, q.question()));
            onFx(() -> w.setTopic(List.of(ids.get(q.claims().get(0)), ids.get(q.claims().get(1))), q.question()));
        }
        app.settle();
        return questionOf;
    }

    /** The question most of the group's claims belong to. */
    private static String majority(Group g, Map<String, String> questionOf) {
        return g.claims().stream().map(Choice::row).map(r -> questionOf.get(r.quote()))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static List<String> offeredOnDown(FxRobot robot) {
        ComboBox<?> name = robot.lookup("#topicGroupName").queryAs(ComboBox.class);
        robot.clickOn(name.getEditor());
        robot.interact(() -> name.getEditor().setText(""));
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<String> list = robot.lookup("#topicGroupNameCompletions").queryListView();
        List<String> offered = onFx(() -> List.copyOf(list.getItems()));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        return offered;
    }

    @Test
    void theTopicsOfferedForAGroupComeNearestInMeaningFirst(FxRobot robot) {
        Map<String, String> questionOf = questionsGivenTwoClaimsEach();
        ListView<Group> groups = TopicSuggestionsUiTest.gInTheTable(app, robot);
        List<Group> shown = onFx(() -> List.copyOf(groups.getItems())).stream().filter(g -> !g.notGrouped()).toList();
        int right = 0;
        StringBuilder seen = new StringBuilder();
        for (Group g : shown) {
            robot.interact(() -> groups.getSelectionModel().select(g));
            List<String> offered = offeredOnDown(robot);
            assertEquals(5, offered.size(), "every topic there is is offered: " + offered);
            String want = majority(g, questionOf);
            right += offered.get(0).equals(want) ? 1 : 0;
            seen.append("\n  group of ").append(want).append(": first offered ").append(offered.get(0));
        }
        System.out.println("topics offered first: " + right + " of " + shown.size() + seen);
        // Offered in the order made, only a group of the first question would be right.
        assertTrue(right >= shown.size() - 1 && right >= 3, right + " of " + shown.size() + " groups offered their own question first:" + seen);
    }

    @Test
    void aQuestionsFirstLettersNarrowToTheQuestionsBeginningSoNearestFirstAndDownEnterSetsIt(FxRobot robot) {
        Map<String, String> questionOf = questionsGivenTwoClaimsEach();
        ListView<Group> groups = TopicSuggestionsUiTest.gInTheTable(app, robot);
        // A group whose question begins with W, not the first of those made ("Who pays for the dam?"), and which ↓ offers
        // first (the ranking itself is the test above's).
        Group g = null;
        for (Group x : onFx(() -> List.copyOf(groups.getItems()))) {
            String q = x.notGrouped() ? "" : majority(x, questionOf);
            if (q.startsWith("W") && !q.startsWith("Who")) {
                robot.interact(() -> groups.getSelectionModel().select(x));
                if (offeredOnDown(robot).get(0).equals(q)) {
                    g = x;
                    break;
                }
            }
        }
        assertTrue(g != null, "a group of a question beginning with W is offered its question first");
        String want = majority(g, questionOf);
        Group chosen = g;
        robot.interact(() -> groups.getSelectionModel().select(chosen));
        robot.clickOn(groups.lookup(".list-cell:selected"));
        // Typed in the list of groups: the first key replaces the proposed name.
        robot.type(KeyCode.W);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<String> list = robot.lookup("#topicGroupNameCompletions").queryListView();
        List<String> offered = onFx(() -> List.copyOf(list.getItems()));
        assertEquals(4, offered.stream().filter(l -> l.startsWith("W")).count(), "the questions beginning with W: " + offered);
        assertTrue(offered.subList(0, 4).stream().allMatch(l -> l.startsWith("W")), "those beginning with W come first: " + offered);
        assertEquals(want, offered.get(0), "the nearest in meaning first, for a group of " + chosen.claims().stream()
                .map(c -> questionOf.get(c.row().quote())).toList());
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Workspace w = app.workspace();
        long set = onFx(() -> chosen.claims().stream().filter(c -> w.claim(c.row().id()).orElseThrow().topicId() != null)
                .filter(c -> w.topic(w.claim(c.row().id()).orElseThrow().topicId()).map(Topic::label).orElse("").equals(want)).count());
        assertEquals(chosen.claims().size(), set, "W, ↓, Enter set the group's question on its claims");
    }
}
