package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.suggestions.ClaimSuggestionRow;
import org.claimbench.ui.suggestions.SuggestionsViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A claim the user marks over a suggested claim's words, or inside them (the part worth checking), settles that suggestion
 * as marking its very words does: it leaves the list, and Ctrl+Z brings it back (analyst54: a whole sentence marked over a
 * suggested half of it, and a figure marked inside a long suggestion, left both listed, even after a restart).
 */
class MarkOverASuggestionUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage, 1400, 900);
    }

    @Test
    void aClaimMarkedInsideASuggestionsWordsSettlesItAndCtrlZBringsItBack(FxRobot robot) throws Exception {
        ClaimSuggestionRow row = longSuggestion();
        String text = onFx(() -> app.workspace().text(row.suggestion().articleId()));
        TextSpan span = row.suggestion().span();
        // A few words from its middle: about a sixth of it.
        int from = text.indexOf(' ', span.start() + span.length() / 3) + 1;
        int to = text.lastIndexOf(' ', from + span.length() / 6);
        markInPane(robot, row, new TextSpan(from, to));
        assertFalse(listed(span), "the suggestion is settled by the claim marked inside its words");
        undo(robot);
        assertTrue(listed(span), "Ctrl+Z brings the suggestion back");
    }

    @Test
    void aClaimMarkedOverASuggestionAndMoreSettlesItAndCtrlZBringsItBack(FxRobot robot) throws Exception {
        ClaimSuggestionRow row = longSuggestion();
        String text = onFx(() -> app.workspace().text(row.suggestion().articleId()));
        TextSpan span = row.suggestion().span();
        // Its words and as many again around them: the suggestion is less than half of the claim.
        int before = Math.min(span.start(), span.length() * 3 / 2);
        int after = Math.min(text.length() - span.end(), span.length() * 3 / 2);
        int from = before == 0 ? span.start() : text.indexOf(' ', span.start() - before) + 1;
        int to = after == 0 ? span.end() : text.lastIndexOf(' ', span.end() + after);
        assertTrue(to - from > 2 * span.length() + 2, "the claim is more than twice the suggestion: " + (to - from) + " against " + span.length());
        markInPane(robot, row, new TextSpan(from, to));
        assertFalse(listed(span), "the suggestion is settled by the claim marked over its words");
        undo(robot);
        assertTrue(listed(span), "Ctrl+Z brings the suggestion back");
    }

    /** A suggested claim of a speaker with a source, over 120 characters, in an article with text around it. */
    private ClaimSuggestionRow longSuggestion() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> app.context.workbench().suggestions().ready()));
        app.settle();
        return onFx(() -> app.context.workbench().suggestions().claims().stream()
                .filter(r -> !SuggestionsViewModel.unassigned(r) && r.suggestion().span().length() > 120 && r.suggestion().span().start() > 300)
                .findFirst().orElseThrow());
    }

    /** Shows the row's article in the first pane, selects {@code words} there and presses 1, as a user tags words. */
    private void markInPane(FxRobot robot, ClaimSuggestionRow row, TextSpan words) {
        Article article = onFx(() -> app.context.model().articles().stream().filter(a -> a.id() == row.suggestion().articleId())
                .findFirst().orElseThrow());
        robot.interact(() -> app.context.workbench().choose(app.context.workbench().panes().get(0), article));
        app.settle();
        int claims = onFx(() -> app.workspace().claimCount());
        robot.interact(() -> {
            app.area(1).requestFocus();
            app.area(1).selectRange(words.start(), words.end());
        });
        robot.type(KeyCode.DIGIT1);
        app.settle();
        assertEquals(claims + 1, onFx(() -> app.workspace().claimCount()), "1 marked a claim");
    }

    private void undo(FxRobot robot) {
        robot.interact(() -> app.area(1).requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        app.settle();
    }

    private boolean listed(TextSpan span) {
        return onFx(() -> app.context.workbench().suggestions().claims().stream().anyMatch(r -> r.suggestion().span().equals(span)));
    }
}
