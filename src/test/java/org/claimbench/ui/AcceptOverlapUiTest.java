package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.suggestions.ClaimSuggestionRow;
import org.claimbench.ui.suggestions.SuggestionsViewModel;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Accepting a suggested claim that holds a marked claim inside its words asks first: widen that claim, or mark a new one as well. */
class AcceptOverlapUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void widenTakesTheMarkedClaimToTheSuggestedWordsAndMarkAsWellAddsOne(FxRobot robot) throws Exception {
        Workspace w = app.workspace();
        SuggestionsViewModel suggestions = app.context.workbench().suggestions();
        Claim inner = markInsideALongSuggestion();
        TextSpan whole = suggested;
        ClaimSuggestionRow still = onFx(() -> suggestions.claims().stream().filter(r -> r.suggestion().span().equals(whole)).findFirst().orElseThrow());
        int before = onFx(() -> w.claims().size());

        robot.interact(() -> suggestions.accept(still));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#askMessage").queryLabeled().getText().contains(inner.exact().substring(0, 10)), "the dialog names the marked claim");
        robot.clickOn("Widen the marked claim");
        app.settle();
        assertEquals(before, onFx(() -> w.claims().size()), "no second claim over the first");
        Claim widened = onFx(() -> w.claim(inner.id()).orElseThrow());
        assertEquals(whole, widened.span(), "the marked claim now stands on the suggested words");
        assertEquals(inner.sourceId(), widened.sourceId(), "it keeps its source");
        assertTrue(app.context.workbench().statusProperty().get().startsWith("Widened"), app.context.workbench().statusProperty().get());

        robot.interact(() -> app.context.workbench().undo());
        app.settle();
        assertEquals(inner.span(), onFx(() -> w.claim(inner.id()).orElseThrow().span()), "Ctrl+Z puts it back on its words");
        ClaimSuggestionRow again = onFx(() -> suggestions.claims().stream().filter(r -> r.suggestion().span().equals(whole)).findFirst().orElseThrow());
        robot.interact(() -> suggestions.accept(again));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Mark a new claim as well");
        app.settle();
        assertEquals(before + 1, onFx(() -> w.claims().size()), "marked as well: a new claim over the first");
    }

    @Test
    void keyAOnASuggestionThatAsksFirstStaysOnItsRowUntilTheQuestionIsAnsweredAndTheDialogIsOnTheWindow(FxRobot robot) throws Exception {
        Workspace w = app.workspace();
        markInsideALongSuggestion();
        TextSpan whole = suggested;
        robot.interact(() -> app.context.view().focusList(2));
        javafx.scene.control.TableView<ClaimSuggestionRow> table = robot.lookup("#claimSuggestionsTable").queryTableView();
        robot.interact(() -> {
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).suggestion().span().equals(whole)) {
                    table.getSelectionModel().clearAndSelect(i);
                }
            }
            table.requestFocus();
        });
        app.settle();
        int before = onFx(() -> w.claims().size());

        robot.type(javafx.scene.input.KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node message = robot.lookup("#askMessage").query();
        assertEquals(whole, onFx(() -> table.getSelectionModel().getSelectedItem().suggestion().span()),
                "while the question is open, the row asked about stays chosen (and the panes on it)");
        javafx.stage.Window dialog = message.getScene().getWindow();
        javafx.stage.Window owner = table.getScene().getWindow();
        assertTrue(dialog.getX() >= owner.getX() && dialog.getX() + dialog.getWidth() <= owner.getX() + owner.getWidth() + 1,
                "the dialog is on the window: " + dialog.getX() + "+" + dialog.getWidth() + " in " + owner.getX() + "+" + owner.getWidth());
        for (javafx.scene.Node b : message.getScene().getRoot().lookupAll(".button")) {
            javafx.scene.control.Button button = (javafx.scene.control.Button) b;
            javafx.scene.text.Text shown = (javafx.scene.text.Text) button.lookup(".text");
            assertEquals(button.getText(), shown.getText(), "each choice reads whole");
        }
        robot.clickOn("Mark a new claim as well");
        app.settle();
        assertEquals(before + 1, onFx(() -> w.claims().size()), "the answer marks the claim");
    }

    /** The words of the suggested claim {@link #markInsideALongSuggestion} marked a claim inside. */
    private TextSpan suggested;

    /** Marks a claim inside the words of a long suggested claim (of a speaker with a source), once suggestions are ready. */
    private Claim markInsideALongSuggestion() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> app.context.workbench().suggestions().ready()));
        app.settle();
        Workspace w = app.workspace();
        ClaimSuggestionRow row = onFx(() -> app.context.workbench().suggestions().claims().stream()
                .filter(r -> !SuggestionsViewModel.unassigned(r) && r.suggestion().span().length() > 80).findFirst().orElseThrow());
        suggested = row.suggestion().span();
        long article = row.suggestion().articleId();
        Claim inner = onFx(() -> w.markClaim(article, middleWords(w.text(article), suggested), app.context.model().sources().get(0).id(), "", ""));
        app.settle();
        return inner;
    }

    /** Whole words from about a third into a span to about its middle. */
    private static TextSpan middleWords(String text, TextSpan span) {
        int start = text.indexOf(' ', span.start() + span.length() / 3) + 1;
        int end = text.indexOf(' ', span.start() + span.length() / 2 + 10);
        while (!Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        while (!Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        return new TextSpan(start, end);
    }
}
