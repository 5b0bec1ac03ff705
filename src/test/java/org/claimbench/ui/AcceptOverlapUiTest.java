package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.suggestions.ClaimSuggestionRow;
import org.claimbench.ui.suggestions.SuggestionsViewModel;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Accepting a suggested claim that holds a marked claim inside its words asks first: widen that claim, or mark a new one as well. */
@ExtendWith(ApplicationExtension.class)
class AcceptOverlapUiTest {

    @TempDir
    static Path home;

    private WorkbenchFixture app;

    @Start
    void start(Stage stage) {
        app = WorkbenchFixture.start(stage, home.resolve(String.valueOf(System.nanoTime())));
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.context.close()).get();
    }

    @Test
    void widenTakesTheMarkedClaimToTheSuggestedWordsAndMarkAsWellAddsOne(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> app.context.workbench().suggestions().ready()));
        app.settle();
        Workspace w = app.workspace();
        SuggestionsViewModel suggestions = app.context.workbench().suggestions();
        ClaimSuggestionRow row = onFx(() -> suggestions.claims().stream()
                .filter(r -> !SuggestionsViewModel.unassigned(r) && r.suggestion().span().length() > 80).findFirst().orElseThrow());
        TextSpan whole = row.suggestion().span();
        long article = row.suggestion().articleId();
        Claim inner = onFx(() -> w.markClaim(article, middleWords(w.text(article), whole), app.context.model().sources().get(0).id(), "", ""));
        app.settle();
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
