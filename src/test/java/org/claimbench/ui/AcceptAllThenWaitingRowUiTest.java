package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.ui.suggestions.ClaimSuggestionRow;
import org.claimbench.ui.suggestions.SuggestionsViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class AcceptAllThenWaitingRowUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage, 1280, 720);
    }

    /**
     * The newcomer's steps (factcheck49): the suggested claims of one article, Accept all (Ctrl+Shift+A), then a number key on
     * the row that waits for a source. JavaFX kept the selection's item on the first row, marked and gone from the list, while
     * the waiting row in its place was drawn selected: 4 marked the first row's words a second time, for Europe. Now the gone
     * row's selection is dropped (as a filter that hides the chosen row leaves nothing chosen), and ↓ then 4 marks the words
     * of the row the user sees chosen, once.
     */
    @Test
    void afterAcceptAllNoGoneRowStaysChosenAndANumberMarksTheWordsOfTheRowChosenOnce(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        app.settle();
        TableView<ClaimSuggestionRow> table = robot.lookup("#claimSuggestionsTable").queryTableView();
        Article article = onFx(() -> table.getItems().stream().filter(SuggestionsViewModel::unassigned).findFirst()
                .map(r -> app.workspace().article(r.suggestion().articleId()).orElseThrow()).orElseThrow());
        robot.clickOn("#claimSuggestionsArticleFilter");
        javafx.scene.Node entry = robot.lookup(".list-cell").match((javafx.scene.control.ListCell<?> c) -> article.title().equals(c.getText())
                && c.getScene() != table.getScene()).query();
        robot.clickOn(entry);
        app.settle();
        ClaimSuggestionRow previewed = onFx(() -> table.getSelectionModel().getSelectedItem());
        assertTrue(previewed != null && !SuggestionsViewModel.unassigned(previewed), "the first row, which Accept all marks, is chosen");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        app.settle();
        List<ClaimSuggestionRow> waiting = onFx(() -> List.copyOf(table.getItems()));
        assertTrue(!waiting.isEmpty() && waiting.stream().allMatch(SuggestionsViewModel::unassigned), "only rows that wait are left");
        assertEquals(null, onFx(() -> table.getSelectionModel().getSelectedItem()),
                "the row acted on is gone and no row is drawn chosen for it: nothing is chosen until the user chooses");
        robot.type(KeyCode.DOWN);
        app.settle();
        ClaimSuggestionRow chosen = onFx(() -> table.getSelectionModel().getSelectedItem());
        int at = onFx(() -> table.getSelectionModel().getSelectedIndex());
        assertTrue(chosen != null && waiting.contains(chosen) && waiting.get(at) == chosen,
                "↓ chooses a row of the list, the one drawn chosen: " + chosen + " at " + at);
        assertTrue(onFx(() -> app.context.workbench().statusProperty().get()).contains("Unassigned"),
                "the panes and the status bar show the row that waits");

        int before = onFx(() -> app.workspace().claims().size());
        robot.type(KeyCode.DIGIT4);
        app.settle();
        List<Claim> claims = onFx(() -> app.workspace().claimsOf(article.id()));
        assertEquals(before + 1, onFx(() -> app.workspace().claims().size()), "one claim marked");
        String europe = "Europe";
        assertTrue(claims.stream().anyMatch(c -> c.span().equals(chosen.suggestion().span())
                && onFx(() -> app.workspace().source(c.sourceId()).orElseThrow().name()).equals(europe)), "the waiting row's words, for Europe");
        assertEquals(claims.size(), claims.stream().map(Claim::span).distinct().count(), "no words marked twice");
    }
}
