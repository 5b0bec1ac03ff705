package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.domain.Claim;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A drag that overshoots into the first letter of the next word marks the claim up to the word before (walk62 marked
 * "…phone conversation, the"); a drag that stops in a word's larger part takes that word whole.
 */
class DragBarelyIntoAWordUiTest extends SampleWindowTest {

    private static final String TEXT = "The ferry captain said the crossing took forty minutes, then the engines stopped near the pier.";

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aDragReachingOneLetterOfTheNextWordEndsTheClaimAtTheWordBefore(FxRobot robot) {
        Article a = WorkbenchFixture.onFx(() -> app.workspace().addArticle(new ArticleDraft(ArticleMetadata.titled("Ferry"), TEXT)).article());
        robot.interact(() -> app.context.workbench().panes().get(0).show(a, null));
        app.settle();
        Claim short1 = dragAndMark(robot, "The ferry captain", "said the crossing took forty minutes, t");
        assertEquals("said the crossing took forty minutes", short1.exact(), "the letter of \"then\" and the comma left out");
        robot.type(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        Claim longer = dragAndMark(robot, "The ferry captain", "he engines stopped near the pie");
        assertEquals("the engines stopped near the pier", longer.exact(), "a drag from the larger part of a word to the larger part of "
                + "another takes both whole");
    }

    /** Drags from the first to the last character of {@code words} (found after {@code after}) and presses 5. */
    private Claim dragAndMark(FxRobot robot, String after, String words) {
        InlineCssTextArea area = app.area(1);
        int start = TEXT.indexOf(words, TEXT.indexOf(after));
        int end = start + words.length();
        Point2D[] drag = WorkbenchFixture.onFx(() -> {
            Bounds first = area.getCharacterBoundsOnScreen(start, start + 1).orElseThrow();
            Bounds last = area.getCharacterBoundsOnScreen(end - 1, end).orElseThrow();
            return new Point2D[] {new Point2D(first.getMinX() + 1, first.getCenterY()), new Point2D(last.getMaxX() - 1, last.getCenterY())};
        });
        robot.moveTo(drag[0]).press(MouseButton.PRIMARY).moveTo(drag[1]).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(words, WorkbenchFixture.onFx(area::getSelectedText), "the drag selected what the user dragged over");
        int before = WorkbenchFixture.onFx(() -> app.workspace().claimCount());
        robot.type(KeyCode.DIGIT5);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 1, (int) WorkbenchFixture.onFx(() -> app.workspace().claimCount()), "5 marked a claim");
        long article = WorkbenchFixture.onFx(() -> app.context.workbench().panes().get(0).article().orElseThrow().id());
        return WorkbenchFixture.onFx(() -> app.workspace().claimsOf(article).stream().max(java.util.Comparator.comparingLong(Claim::id)).orElseThrow());
    }
}
