package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.domain.TextOrigin;
import org.claimbench.domain.TextSpan;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Before a new version from a file takes claims' words away, the window asks; the question names every claim the version
 * touches, those it keeps on other words too (editor55: it named the two claims losing their words and not the third,
 * whose corrected word the older file put back).
 */
class NewVersionQuestionUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theQuestionBeforeANewVersionNamesTheClaimsItRewordsAsWellAsThoseItDrops(FxRobot robot) {
        String before = "The lock keepers met on Monday. Their union said the gates would open in April. The council said the "
                + "canal would stay closed to barges. A boatman said the water was low.";
        String after = "The lock keepers met on Monday. Their union said the gates would open in March. A boatman said the water "
                + "was low.";
        Article a = onFx(() -> app.workspace().addArticle(new ArticleDraft(ArticleMetadata.titled("Canal locks"), before)).article());
        String text = onFx(() -> {
            var w = app.workspace();
            long src = w.sourceNamed("Press").orElseThrow().id();
            for (String words : List.of("Their union said the gates would open in April", "The council said the canal would stay closed")) {
                int at = before.indexOf(words);
                w.markClaim(a.id(), new TextSpan(at, at + words.length()), src, "", "");
            }
            app.context.workbench().articleActions().revise(app.context.model().article(a.id()).orElseThrow(), after, TextOrigin.FILE);
            return null;
        }) == null ? "" : "";
        WaitForAsyncUtils.waitForFxEvents();
        String says = onFx(() -> robot.lookup("#askMessage").queryLabeled().getText());
        assertTrue(says.contains("The council said the canal would stay closed"), says);
        assertTrue(says.contains("It also changes the words of a claim (“Their union said the gates would open in April”)"), says);
        robot.clickOn("Cancel");
        assertEquals(before, onFx(() -> app.workspace().text(a.id())) + text, "cancelled: nothing changed");
    }

    /**
     * editor58: a claim kept flagged after Edit text, then a new version from a file with its first words again, beside a
     * claim whose words the version drops and one whose words it changes. The question and the status line count the one
     * changed as changed and the one back on its marked words as back, as the Claims tab then shows (they said "2 claims …
     * flagged" and "2 changed"; one was).
     */
    @Test
    void aFlaggedClaimBackOnItsMarkedWordsIsNamedAsBackInTheQuestionAndTheStatusLine(FxRobot robot) {
        String v1 = "Ferry notes\n\nThe operator said no decision on the winter timetable had been reached. The union said the "
                + "crews would strike on Friday. The harbour master said the quay is safe.\n";
        String edited = v1.replace("had been reached", "was reached");
        String file = v1.replace("would strike on Friday", "would strike on Monday").replace(" The harbour master said the quay is safe.", "");
        Article a = onFx(() -> app.workspace().addArticle(new ArticleDraft(ArticleMetadata.titled("Ferry notes"), v1)).article());
        long[] ids = onFx(() -> {
            var w = app.workspace();
            long src = w.sourceNamed("Press").orElseThrow().id();
            long[] out = new long[3];
            int i = 0;
            for (String words : List.of("no decision on the winter timetable had been reached.", "the crews would strike on Friday.",
                    "the quay is safe.")) {
                int at = v1.indexOf(words);
                out[i++] = w.markClaim(a.id(), new TextSpan(at, at + words.length()), src, "", "").id();
            }
            // Edit text, then "Keep flagged for review": the claim stands flagged on its edited words.
            w.reviseArticle(a.id(), edited, TextOrigin.EDIT);
            return out;
        });
        assertTrue(onFx(() -> app.workspace().isChangedSinceMarked(ids[0])));
        robot.interact(() -> app.context.workbench().articleActions().revise(app.context.model().article(a.id()).orElseThrow(), file,
                TextOrigin.FILE));
        WaitForAsyncUtils.waitForFxEvents();
        String says = onFx(() -> robot.lookup("#askMessage").queryLabeled().getText());
        assertTrue(says.contains("It also changes the words of a claim (“the crews would strike on Friday.”)"), says);
        assertTrue(says.contains("A claim flagged for review (“no decision on the winter timetable had been reached.”) is back on the "
                + "words first marked"), says);
        robot.clickOn("Import the new version");
        WaitForAsyncUtils.waitForFxEvents();
        String status = onFx(() -> app.context.workbench().statusProperty().get());
        assertTrue(status.contains("1 claim changed, 1 back on its marked words, 1 lost its words"), status);
        assertEquals(1L, (long) onFx(() -> app.workspace().changedCount()), "one claim flagged, as both said");
        assertTrue(onFx(() -> app.workspace().isChangedSinceMarked(ids[1])));
    }
}
