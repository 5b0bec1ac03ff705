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

/** Typing into the suggested topics' claim list (student-run52, surprise 5). */
class TypingInTheGroupsClaimsUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage, 1280, 720);
    }

    @Test
    void aQuestionTypedInTheClaimListGoesToTheGroupsNameAndLeavesTheTicksAndGroupsAsTheyWere(FxRobot robot) {
        TopicSuggestionsUiTest.markStudentClaims(app, StudentQuestions.claims());
        ListView<Group> groups = TopicSuggestionsUiTest.gInTheTable(app, robot);
        List<Group> shown = onFx(() -> List.copyOf(groups.getItems()));
        List<Integer> sizes = shown.stream().map(g -> g.claims().size()).toList();
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Choice> claims = robot.lookup("#topicGroupClaims").queryListView();
        assertTrue(onFx(claims::isFocused), "Tab went to the group's claims");
        robot.write("Why 2 dams now?");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> name = robot.lookup("#topicGroupName").queryAs(ComboBox.class);
        System.out.println("NAME=" + onFx(() -> name.getEditor().getText()) + " focus=" + onFx(() -> name.getEditor().isFocused()));
        assertEquals("Why 2 dams now?", onFx(() -> name.getEditor().getText()), "the question typed is the group's name");
        assertEquals(sizes, shown.stream().map(g -> g.claims().size()).toList(), "no claim moved");
        assertTrue(shown.get(0).claims().stream().allMatch(c -> c.tickedProperty().get()), "no claim unticked");
    }
}
