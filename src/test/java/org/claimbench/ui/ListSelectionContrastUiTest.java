package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Background;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The chosen row of the article list and of the Topics dialog's list stands out from its neighbours (WCAG contrast at
 * least 3:1) in both themes, with the keyboard in the list or elsewhere, as the claims table's does (newcomer37 measured
 * 1.17:1 light and 1.55:1 dark).
 */
class ListSelectionContrastUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theChosenArticleStandsOutInBothThemesFocusedOrNot(FxRobot robot) {
        app.settle();
        ListView<?> list = robot.lookup("#articleList").queryListView();
        robot.interact(() -> list.getSelectionModel().clearAndSelect(1));
        standsOut(robot, list, () -> list.requestFocus(), () -> robot.lookup("#claimsTable").query().requestFocus());
    }

    @Test
    void theChosenTopicStandsOutInBothThemesFocusedOrNot(FxRobot robot) {
        app.settle();
        Workspace w = app.workspace();
        long article = app.workspace().articles().get(0).id();
        robot.interact(() -> {
            long source = app.context.model().sources().get(0).id();
            for (int i = 0; i < 3; i++) {
                var c = w.markClaim(article, new org.claimbench.domain.TextSpan(i * 20, i * 20 + 10), source, "", "");
                w.setTopic(List.of(c.id()), "Question number " + (i + 1) + "?");
            }
        });
        app.settle();
        robot.clickOn("#editMenu").clickOn("#menuTopics");
        ListView<?> list = robot.lookup("#topicList").queryListView();
        robot.interact(() -> list.getSelectionModel().clearAndSelect(1));
        standsOut(robot, list, () -> list.requestFocus(), () -> robot.lookup("#renameTopic").query().requestFocus());
    }

    private void standsOut(FxRobot robot, ListView<?> list, Runnable focusList, Runnable focusElsewhere) {
        for (boolean dark : List.of(false, true)) {
            robot.interact(() -> app.context.model().darkProperty().set(dark));
            for (boolean focused : List.of(true, false)) {
                robot.interact(focused ? focusList : focusElsewhere);
                WaitForAsyncUtils.waitForFxEvents();
                Color chosen = onFx(() -> cellColour(list, 1));
                for (int neighbour : List.of(0, 2)) {
                    Color other = onFx(() -> cellColour(list, neighbour));
                    double ratio = SuggestionsReviewUiTest.contrast(chosen, other);
                    assertTrue(ratio >= 3, (dark ? "dark" : "light") + " theme, " + (focused ? "focused" : "not focused")
                            + ": the chosen row against row " + neighbour + ": " + ratio);
                }
            }
        }
    }

    static Color cellColour(ListView<?> list, int index) {
        ListCell<?> cell = (ListCell<?>) list.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> c && c.getIndex() == index && c.isVisible()).findFirst().orElseThrow();
        Background bg = cell.getBackground();
        Paint fill = bg == null || bg.getFills().isEmpty() ? Color.TRANSPARENT : bg.getFills().get(bg.getFills().size() - 1).getFill();
        return fill instanceof Color c && c.getOpacity() > 0 ? c : (Color) list.getBackground().getFills().get(0).getFill();
    }
}
