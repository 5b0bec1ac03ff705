package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.claims.ClaimRow;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The rows that look selected in the Claims table are the rows T acts on. */
class ClaimsDeselectUiTest extends SampleWindowTest {

    private static final String TEXT = "The bridge opened late. The tolls will fall in June, the board said. "
            + "Drivers said the tolls were unfair. A porter said the tolls pay for lamps. The council said the tolls stay. "
            + "A cyclist said the tolls hurt riders. The council said the bridge is safe.";

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aRowCtrlClickedOutOfTheClaimsFoundNoLongerLooksSelected(FxRobot robot) {
        onFx(() -> {
            Workspace w = app.workspace();
            Article a = w.addArticle(new ArticleDraft(ArticleMetadata.titled("Bridge tolls"), TEXT)).article();
            for (String words : List.of("The tolls will fall in June", "the tolls were unfair", "the tolls pay for lamps", "the tolls stay",
                    "the tolls hurt riders", "the bridge is safe")) {
                int at = TEXT.indexOf(words);
                w.markClaim(a.id(), new TextSpan(at, at + words.length()), w.sources().get(4).id(), "", "");
            }
            return null;
        });
        robot.interact(() -> app.context.view().focusList(0));
        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();
        robot.clickOn("#claimsSearch").write("tolls");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, (int) onFx(() -> table.getSelectionModel().getSelectedItems().size()));
        assertEquals("The 5 claims found are selected: T gives them a topic, 1–5 a source.", status());
        // The first and the last found taken out with Ctrl+click, as a student took out two claims a word had found wrongly;
        // the status line follows at every click.
        List<String> lines = new java.util.ArrayList<>();
        for (int i : new int[] {0, 4}) {
            TableRow<?> row = onFx(() -> robot.lookup("#claimsTable .table-row-cell").queryAllAs(TableRow.class).stream()
                    .filter(r -> r.getIndex() == i && !r.isEmpty()).findFirst().orElseThrow());
            robot.press(KeyCode.CONTROL).clickOn(row).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            lines.add(status());
        }
        assertEquals(List.of("4 of the 5 claims found are selected: T gives them a topic, 1–5 a source.",
                "3 of the 5 claims found are selected: T gives them a topic, 1–5 a source."), lines, "the status line follows the selection");
        assertEquals(List.of(1, 2, 3), onFx(() -> List.copyOf(table.getSelectionModel().getSelectedIndices())), "the row is out of the selection");
        assertEquals(List.of(1, 2, 3), looking(robot), "the rows that look selected are the rows selected");
        // T gives the three a topic; the rows taken out stay out, and look so.
        robot.type(KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        WorkbenchFixture.answerTopic(robot, "What do the tolls cost?");
        Workspace w = app.workspace();
        assertEquals(List.of("the tolls were unfair", "the tolls pay for lamps", "the tolls stay"), onFx(() -> w.claims().stream()
                .filter(c -> c.topicId() != null).map(org.claimbench.domain.Claim::exact).toList()), "the rows taken out have no topic");
        List<Integer> chosen = onFx(() -> List.copyOf(table.getSelectionModel().getSelectedIndices()).stream().sorted().toList());
        assertEquals(List.of(1, 2, 3), chosen, "the three given the topic stay selected, the two taken out stay out");
        assertEquals(chosen, looking(robot), "the rows that look selected after T are the rows selected");
        assertTrue(!status().contains("found"), "the topic's line, not the search's, after T: " + status());
        // Back where the student was: the table, its rows chosen (the search took the keyboard, and Ctrl+Z there undid the
        // query, the next T was typed into it: factcheck49); Ctrl+F goes to the search with its query selected.
        assertTrue(onFx(table::isFocused), "the keyboard is back in the table");
        assertEquals("tolls", onFx(() -> robot.lookup("#claimsSearch").queryAs(javafx.scene.control.TextField.class).getText()), "the search as it was");
    }

    private String status() {
        return onFx(() -> app.context.workbench().statusProperty().get());
    }

    private static List<Integer> looking(FxRobot robot) {
        return onFx(() -> robot.lookup("#claimsTable .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> !r.isEmpty() && r.getIndex() >= 0 && (r.isSelected()
                        || r.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("selected"))))
                .map(TableRow::getIndex).sorted().toList());
    }
}
