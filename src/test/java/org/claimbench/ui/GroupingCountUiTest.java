package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.ui.claims.ClaimRow;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A student groups the samples' 35 claims into five questions with the claims' search as it is now (issue 14, item 11),
 * counting every action: a key, a click, a word typed (as student45 and factcheck49 counted; the "|" between words a
 * search asks for is typed as a space is, "OR" is a word). The claims of a question do not lie in rows in a row: each
 * group is one search whose words are alternatives, and the claims left over the last group, by the "No topic" filter.
 */
class GroupingCountUiTest extends SampleWindowTest {

    private int actions;

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void thirtyFiveSampleClaimsGoIntoFiveQuestionsBySearchesInAtMostFiftyActions(FxRobot robot) {
        Workspace w = app.workspace();
        // The claims to group (marked by accepting suggestions whose speakers have a source: not counted).
        app.acceptClaimsWithASource(robot, 35);
        robot.interact(() -> app.context.view().showTab(0));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();
        TextField search = robot.lookup("#claimsSearch").queryAs(TextField.class);
        assertEquals(35, (int) onFx(() -> table.getItems().size()));

        key(robot, KeyCode.CONTROL, KeyCode.F);
        assertTrue(onFx(search::isFocused), "Ctrl+F with the Claims tab showing goes to its search");
        List<String[]> groups = List.of(
                new String[] {"ceasefire|truce|peace", "Who wants a ceasefire?"},
                new String[] {"surrender|root|conditions", "What does Russia demand?"},
                new String[] {"meeting|bilateral|conversation", "Will they meet?"},
                new String[] {"partner|congratulating|films|election", "How does Putin court Trump?"});
        for (String[] g : groups) {
            if (!onFx(search::isFocused)) {
                robot.clickOn(search);
                actions++;
            }
            write(robot, g[0]);
            key(robot, KeyCode.ENTER);
            assertTrue(onFx(table::isFocused), "Enter goes to the claims found");
            key(robot, KeyCode.T);
            answer(robot, g[1]);
        }
        // The claims left: the "No topic" filter, the empty table's "Clear the search", Ctrl+A, T.
        robot.clickOn("#claimsTopicFilter");
        actions++;
        robot.clickOn(onFx(() -> robot.lookup(".list-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && "No topic".equals(c.getText()) && c.isVisible())
                .findFirst().orElseThrow()));
        actions++;
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#claimsPlaceholderClearSearch");
        actions++;
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(table::isFocused));
        key(robot, KeyCode.CONTROL, KeyCode.A);
        key(robot, KeyCode.T);
        answer(robot, "What else?");

        Map<String, Long> counts = new TreeMap<>(onFx(() -> w.claims().stream().filter(c -> c.topicId() != null)
                .collect(java.util.stream.Collectors.groupingBy(c -> w.topic(c.topicId()).orElseThrow().label(), java.util.stream.Collectors.counting()))));
        System.out.println("GroupingCountUiTest: 35 claims into 5 questions took " + actions + " actions: " + counts);
        assertEquals(35L, counts.values().stream().mapToLong(Long::longValue).sum(), "every claim has a question: " + counts);
        assertEquals(5, counts.size(), counts.toString());
        assertTrue(actions <= 50, "grouping took " + actions + " actions");
    }

    private void key(FxRobot robot, KeyCode... keys) {
        robot.press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
        actions++;
    }

    /** Types a search; each word is an action, the "|" between them none (a space is none either). */
    private void write(FxRobot robot, String words) {
        robot.write(words);
        WaitForAsyncUtils.waitForFxEvents();
        actions += words.split("[\\s|]+").length;
    }

    /** The question typed in the topic dialog and Enter: a word each, and the key. */
    private void answer(FxRobot robot, String question) {
        WorkbenchFixture.answerTopic(robot, question);
        actions += question.split(" ").length + 1;
    }
}
