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
import org.claimbench.domain.ContradictionKind;
import org.claimbench.ui.article.ArticlePaneViewModel;
import org.claimbench.ui.claims.ClaimRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The boxes that mark claims (a pair picked to link, a review's pair, a row's outline) end once the user is done with
 * what they point at: the link made, the review left or turned from.
 */
class MarksEndUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void twoRowsLinkedWithCtrlLLeaveNoClaimBoxedOrOutlined(FxRobot robot) {
        app.settle();
        markWithMouse(robot, 1, WorkbenchUiTest.KREMLIN_PHRASE, KeyCode.DIGIT1);
        markWithMouse(robot, 2, WorkbenchUiTest.PRESS_PHRASE, KeyCode.DIGIT5);
        robot.clickOn("#claimsTab");
        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();
        robot.clickOn(robot.lookup("#claimsTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.press(KeyCode.SHIFT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, table.getSelectionModel().getSelectedItems().size());
        assertTrue(marks().stream().allMatch(m -> m.outline().equals("none")), "two rows are a pair, boxed as picked, not outlined: " + marks());

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        app.settle();
        assertEquals(1, app.workspace().contradictions().size(), "Enter made the link");
        assertEquals(List.of(new Marks(List.of(), "none"), new Marks(List.of(), "none")), marks(),
                "the pair is linked: neither pane keeps a box or an outline");
    }

    @Test
    void choosingAnotherArticleDuringAReviewEndsThePairsMarks(FxRobot robot) {
        app.settle();
        reviewAPair(robot);
        // The user turns to their own reading: an article from the list.
        robot.clickOn(robot.lookup("#articleList .list-cell").nth(2).queryAs(javafx.scene.Node.class));
        app.settle();
        assertEquals(List.of(new Marks(List.of(), "none"), new Marks(List.of(), "none")), marks(), "the review's pair is no longer looked at");
    }

    @Test
    void leavingTheReviewEndsItsMarksEvenWhenThePanesAreTheUsersOwn(FxRobot robot) {
        app.settle();
        reviewAPair(robot);
        // A pane added during the review makes the layout the user's: leaving keeps it, and the pair's boxes go all the same.
        robot.interact(() -> app.context.workbench().addPaneWithNextArticle());
        app.settle();
        robot.clickOn("#claimsTab");
        app.settle();
        assertEquals(3, marks().size());
        assertTrue(marks().stream().allMatch(m -> m.emphasised().isEmpty() && m.outline().equals("none")), marks().toString());
    }

    @Test
    void deletingTheContradictionShownLeavesNothingMarkedOrDescribed(FxRobot robot) {
        app.settle();
        reviewAPair(robot);
        assertTrue(app.context.workbench().statusProperty().get().contains("contradiction"), app.context.workbench().statusProperty().get());
        robot.type(KeyCode.DELETE);
        app.settle();
        assertEquals(0, app.workspace().contradictions().size());
        assertEquals(List.of(new Marks(List.of(), "none"), new Marks(List.of(), "none")), marks(), "the pair is gone: no box stays");
        assertTrue(!app.context.workbench().statusProperty().get().contains("against"), app.context.workbench().statusProperty().get());
    }

    /** A contradiction between two claims of the two articles shown, chosen in the Contradictions tab: both boxed. */
    private void reviewAPair(FxRobot robot) {
        List<Article> shown = onFx(() -> app.context.workbench().panes().stream().map(p -> p.article().orElseThrow()).toList());
        long[] claims = onFx(() -> {
            var w = app.workspace();
            Claim one = w.markClaim(shown.get(0).id(), words(w.text(shown.get(0).id())), app.context.model().sources().get(0).id(), "", "");
            Claim two = w.markClaim(shown.get(1).id(), words(w.text(shown.get(1).id())), app.context.model().sources().get(1).id(), "", "");
            w.addContradiction(one.id(), two.id(), ContradictionKind.OTHER, "");
            return new long[] {one.id(), two.id()};
        });
        app.settle();
        robot.clickOn("#contradictionsTab");
        app.settle();
        robot.clickOn(robot.lookup("#contradictionsTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        app.settle();
        List<Marks> during = marks();
        assertTrue(during.get(0).emphasised().contains(claims[0]) && during.get(1).emphasised().contains(claims[1]), during.toString());
    }

    /** What a pane marks: the claims it emphasises (boxes) and the span it outlines ("none"). */
    private record Marks(List<Long> emphasised, String outline) {
    }

    private List<Marks> marks() {
        return onFx(() -> app.context.workbench().panes().stream().map(this::marksOf).toList());
    }

    private Marks marksOf(ArticlePaneViewModel p) {
        return new Marks(p.emphasised().stream().sorted().toList(), p.outlined().map(String::valueOf).orElse("none"));
    }

    /** Five words from the text's second word on. */
    private static org.claimbench.domain.TextSpan words(String text) {
        int start = text.indexOf(' ') + 1;
        while (!Character.isLetter(text.charAt(start))) {
            start++;
        }
        int end = start;
        for (int i = 0; i < 5; i++) {
            end = text.indexOf(' ', end + 1);
        }
        return new org.claimbench.domain.TextSpan(start, end);
    }

    private void markWithMouse(FxRobot robot, int pane, String phrase, KeyCode key) {
        app.markWithMouse(robot, pane, phrase, key);
        app.settle();
    }
}
