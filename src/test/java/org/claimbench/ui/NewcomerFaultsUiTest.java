package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.domain.ContradictionStatus;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.contradictions.ContradictionRow;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Small faults a newcomer met in the window (stop 45), each as they met it. */
class NewcomerFaultsUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    /** Claims two by two in the first article, one of each pair per source, linked: the statuses given, in that order. */
    private List<Long> contradictions(List<ContradictionStatus> statuses) {
        app.settle();
        Workspace w = app.workspace();
        Article a = onFx(() -> app.context.model().articles().get(0));
        return onFx(() -> {
            List<Long> ids = new java.util.ArrayList<>();
            for (int i = 0; i < statuses.size(); i++) {
                Claim one = w.markClaim(a.id(), new TextSpan(i * 60, i * 60 + 20), app.context.model().sources().get(0).id(), "", "");
                Claim two = w.markClaim(a.id(), new TextSpan(i * 60 + 30, i * 60 + 50), app.context.model().sources().get(1).id(), "", "");
                long id = w.addContradiction(one.id(), two.id(), ContradictionKind.OTHER, "").id();
                if (statuses.get(i) != ContradictionStatus.OPEN) {
                    w.updateContradiction(id, ContradictionKind.OTHER, statuses.get(i), "");
                }
                ids.add(id);
            }
            return ids;
        });
    }

    @Test
    void theContradictionsTabCountsWhatTheStatusBarCountsAndOpensOnTheFirstOpenOne(FxRobot robot) {
        contradictions(List.of(ContradictionStatus.CONFIRMED, ContradictionStatus.DISMISSED, ContradictionStatus.OPEN,
                ContradictionStatus.OPEN));
        app.settle();
        // The user looked at the confirmed one earlier (clicked it), then went back to the claims.
        robot.clickOn("#contradictionsTab");
        app.settle();
        TableView<ContradictionRow> list = robot.lookup("#contradictionsTable").queryTableView();
        robot.clickOn(robot.from(list).lookup(".table-row-cell").nth(0).<javafx.scene.Node>query());
        app.settle();
        assertEquals(ContradictionStatus.CONFIRMED, onFx(() -> list.getSelectionModel().getSelectedItem().contradiction().status()));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        app.settle();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        app.settle();
        Tab tab = onFx(() -> ((TabPane) robot.lookup("#bottomTabs").query()).getTabs().get(1));
        String status = onFx(() -> robot.lookup("#workspaceCounts").tryQuery().map(n -> ((javafx.scene.control.Labeled) n).getText())
                .orElse(app.context.workbench().statusProperty().get()));
        assertTrue(status.contains("3 contradictions (1 dismissed)"), "the status bar: " + status);
        assertEquals("Contradictions (3 + 1 dismissed)", onFx(tab::getText), "the tab counts as the status bar does");

        TableView<ContradictionRow> table = robot.lookup("#contradictionsTable").queryTableView();
        ContradictionRow chosen = onFx(() -> table.getSelectionModel().getSelectedItem());
        assertEquals(ContradictionStatus.OPEN, chosen == null ? null : chosen.contradiction().status(),
                "Ctrl+2 opens on the first open contradiction, the one to review");
        assertEquals(2, onFx(() -> table.getSelectionModel().getSelectedIndex()));
    }

    @Test
    void theArticleListsEventFilterOffersTheArticlesOfNoEvent(FxRobot robot) {
        // Our own words, naming no event, no place and no day.
        String text = "A reader wrote in to say the column was too long.\n\nThe editor agreed and cut it.";
        robot.interact(() -> app.context.workbench().articleActions().addPasted(text, "A letter about length"));
        app.settle();
        Workspace w = app.workspace();
        Article pasted = w.articles().stream().filter(a -> a.title().startsWith("A letter about")).findFirst().orElseThrow();
        assertTrue(w.analysis().inferredEvent(pasted.id()).map(e -> e.label()).orElse("").isBlank(), "no event inferred either");
        ComboBox<String> filter = robot.lookup("#articleEventFilter").queryAs(ComboBox.class);
        assertTrue(onFx(() -> filter.getItems().contains("No event")), "the filter offers the articles of no event: " + filter.getItems());
        robot.interact(() -> filter.setValue("No event"));
        ListView<Article> list = robot.lookup("#articleList").queryAs(ListView.class);
        assertEquals(List.of(pasted), onFx(() -> List.copyOf(list.getItems())), "chosen, it lists the article of no event only");
    }

    @Test
    void theAddSourceDialogIsDarkInTheDarkTheme(FxRobot robot) {
        app.settle();
        robot.interact(() -> app.context.model().darkProperty().set(true));
        app.settle();
        int windows = robot.listWindows().size();
        robot.clickOn("#addSource");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(windows + 1, robot.listWindows().size(), "the dialog opened");
        DialogPane pane = robot.lookup(".dialog-pane").match(n -> n.getScene() != app.context.view().getScene()).queryAs(DialogPane.class);
        Color back = onFx(() -> (Color) pane.getBackground().getFills().get(0).getFill());
        // The field's own fill is its last (the first ones are its focus ring and border).
        Color field = onFx(() -> {
            var fills = ((javafx.scene.layout.Region) pane.lookup("#sourceNameField")).getBackground().getFills();
            return (Color) fills.get(fills.size() - 1).getFill();
        });
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(back.getBrightness() < 0.35, "the dialog's background is dark: " + back);
        assertTrue(field.getBrightness() < 0.35, "its text field too: " + field);
    }

    @Test
    void oneEscapeCancelsTheTopicDialogAndWithItsCompletionsShownFirstClosesThem(FxRobot robot) throws Exception {
        List<Long> ids = contradictions(List.of(ContradictionStatus.OPEN));
        Workspace w = app.workspace();
        robot.interact(() -> w.setTopic(List.of(w.claims().get(0).id()), "How long was the call?"));
        robot.interact(() -> app.context.view().focusList(0));
        TableView<?> table = robot.lookup("#claimsTable").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(1));
        long windows = stages(robot);

        robot.type(KeyCode.T);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#topicChoice").tryQuery().isPresent());
        assertEquals(windows + 1, stages(robot), "the topic dialog opened");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(windows, stages(robot), "one Escape cancels the dialog");

        robot.type(KeyCode.T);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#topicChoice").tryQuery().isPresent());
        ComboBox<String> box = robot.lookup("#topicChoice").queryComboBox();
        robot.clickOn(box.getEditor());
        robot.write("long");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#topicChoiceCompletions").tryQuery()
                .map(n -> n.getScene().getWindow().isShowing()).orElse(false));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(windows + 1, stages(robot), "the first Escape closes the completions only");
        assertFalse(robot.lookup("#topicChoiceCompletions").tryQuery().map(n -> n.getScene().getWindow().isShowing()).orElse(false));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(windows, stages(robot), "the second cancels the dialog");
        assertTrue(w.claims().stream().filter(c -> c.id() != w.claims().get(0).id()).allMatch(c -> c.topicId() == null), "no topic set");
        assertEquals(1, ids.size());
    }

    /** The windows shown that are stages (dialogs, the main window), not popups or tooltips. */
    private static long stages(FxRobot robot) {
        return onFx(() -> javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isShowing).filter(x -> x instanceof Stage).count());
    }
}
