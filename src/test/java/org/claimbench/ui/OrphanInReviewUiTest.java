package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.domain.TextOrigin;
import org.claimbench.domain.TextSpan;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A claim whose words an edit of its article deleted (an orphan) in a contradiction and in the Claims table: the window says
 * where its words went and what to do, instead of showing the pair's one article twice ("A left, B right", B nowhere) or
 * doing nothing on Show in article (a newcomer, stop 46).
 */
class OrphanInReviewUiTest extends SampleWindowTest {

    private static final String SENTENCE = "The harbour board said the night ferry would stop running in March.";

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aContradictionWhoseClaimLostItsWordsSaysSoAndShowsTheOther(FxRobot robot) {
        List<Article> shown = onFx(() -> app.context.workbench().panes().stream().map(p -> p.article().orElseThrow()).toList());
        Article left = shown.get(0);
        Article right = shown.get(1);
        var w = app.workspace();
        String text = w.text(right.id());
        // A sentence of our own added to the right article, claimed, then taken out again by a new version of its text.
        robot.interact(() -> w.reviseArticle(right.id(), text + "\n\n" + SENTENCE, TextOrigin.FILE));
        long[] ids = onFx(() -> {
            Claim a = w.markClaim(left.id(), new TextSpan(0, 20), w.sourceNamed("Press").orElseThrow().id(), "", "");
            int at = w.text(right.id()).indexOf(SENTENCE);
            Claim b = w.markClaim(right.id(), new TextSpan(at, at + SENTENCE.length()), w.sourceNamed("Europe").orElseThrow().id(), "", "");
            w.addContradiction(a.id(), b.id(), ContradictionKind.OTHER, "");
            return new long[] {a.id(), b.id()};
        });
        robot.interact(() -> w.reviseArticle(right.id(), text, TextOrigin.FILE));
        app.settle();
        assertTrue(w.claim(ids[1]).orElseThrow().isOrphan(), "the claim's words are gone from the new text");
        String byline = onFx(() -> app.context.workbench().panes().get(1).bylineProperty().get().line());
        assertTrue(byline.endsWith(" · 1 claim (1 not in the text)"),
                "the pane counts the claim it cannot draw, as the article list does, and says it is not in the text: " + byline);

        robot.clickOn("#contradictionsTab");
        app.settle();
        String cellB = onFx(() -> robot.lookup("#contradictionsTable .table-cell").queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.getIndex() == 0 && c.getText() != null && c.getText().startsWith("Europe"))
                .map(n -> ((TableCell<?, ?>) n).getText()).findFirst().orElse(""));
        assertTrue(cellB.startsWith("Europe: ⚠ no longer in the text: "), cellB);
        robot.clickOn(robot.lookup("#contradictionsTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        app.settle();
        String status = onFx(() -> app.context.workbench().statusProperty().get());
        assertTrue(status.contains("A shown; B's words are gone from its article's text"), status);
        assertTrue(onFx(() -> app.context.workbench().panes().get(0).emphasised().contains(ids[0])
                || app.context.workbench().panes().get(1).emphasised().contains(ids[0])), "claim A is shown");

        robot.clickOn("#claimsTab");
        app.settle();
        robot.interact(() -> app.context.workbench().claims().jumpTo(app.context.workbench().claims().rows().stream()
                .filter(r -> r.id() == ids[1]).findFirst().orElseThrow()));
        app.settle();
        String jumped = onFx(() -> app.context.workbench().statusProperty().get());
        assertTrue(jumped.endsWith("is no longer in its article's text: re-place it at other words or delete it."), jumped);
    }
}
