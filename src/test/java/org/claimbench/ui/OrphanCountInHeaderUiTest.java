package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.domain.TextOrigin;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.article.ArticlePaneViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A pane's header counts every claim of its article, and says how many of them an edit left without words, which the text
 * cannot show (editor55: the header said "8 claims" over a text that showed 6 after a paragraph was deleted).
 */
class OrphanCountInHeaderUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aClaimWhoseWordsAnEditDeletedIsCountedApartInThePaneHeader(FxRobot robot) {
        ArticlePaneViewModel pane = app.context.workbench().panes().get(1);
        Article a = pane.article().orElseThrow();
        String text = app.workspace().text(a.id());
        int cut = text.indexOf(". ", text.length() / 2) + 1;
        long press = app.workspace().sourceNamed("Press").orElseThrow().id();
        robot.interact(() -> {
            app.workspace().markClaim(a.id(), new TextSpan(0, 20), press, "", "");
            app.workspace().markClaim(a.id(), new TextSpan(cut + 1, cut + 40), press, "", "");
        });
        WaitForAsyncUtils.waitForFxEvents();
        String before = pane.headerProperty().get();
        assertTrue(!before.contains("not in the text"), before);

        robot.interact(() -> app.workspace().reviseArticle(a.id(), text.substring(0, cut), TextOrigin.EDIT));
        WaitForAsyncUtils.sleep(1, java.util.concurrent.TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        int all = app.workspace().claimCountOf(a.id());
        String after = pane.headerProperty().get();
        assertTrue(after.contains(all + " claims (1 not in the text)"), after);
    }
}
