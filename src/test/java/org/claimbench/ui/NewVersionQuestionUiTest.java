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
}
