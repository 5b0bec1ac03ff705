package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.article.ArticlePaneViewModel;
import org.claimbench.ui.claims.ClaimRow;
import org.claimbench.workspace.ClaimDraft;
import org.claimbench.workspace.Workspace;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Claims table follows the text and the text the table (issue 14): a claim clicked in an article chooses its row;
 * one click on a row (or the arrow keys) brings its claim into view, outlined, in the pane that shows its article,
 * the keyboard staying in the table; a row of an article no pane shows swaps no pane's article.
 */
class ClaimsTableFollowsTextUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage, 1024, 700);
    }

    @Test
    void clickingAClaimInTheTextChoosesItsRow(FxRobot robot) {
        long article = shownIn(1);
        String text = app.workspace().text(article);
        // Both in the pane's first lines.
        List<Claim> marked = mark(article, 10.0 / text.length(), 50.0 / text.length());
        robot.interact(() -> app.context.view().showTab(0));
        app.settle();
        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();
        Claim second = marked.get(1);
        robot.clickOn(onFx(() -> WorkbenchFixture.middleOf(app.area(1), second.exact()).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(second.id()), selected(table), "the row of the claim clicked is chosen");

        Claim first = marked.get(0);
        robot.clickOn(onFx(() -> WorkbenchFixture.middleOf(app.area(1), first.exact()).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(first.id()), selected(table), "the next claim clicked takes the row over");
    }

    @Test
    void oneClickOnARowOutlinesItsClaimInThePaneThatShowsItAndTheKeyboardStaysInTheTable(FxRobot robot) {
        long article = shownIn(2);
        // Far down the article: out of the pane's view until it is scrolled to.
        List<Claim> marked = mark(article, 0.80, 0.90);
        robot.interact(() -> app.context.view().showTab(0));
        app.settle();
        ArticlePaneViewModel pane = app.context.workbench().panes().get(1);
        InlineCssTextArea area = app.area(2);
        assertFalse(inView(area, marked.get(0)), "the claim starts out of the pane's view");

        robot.clickOn(rowOf(robot, marked.get(0).id()));
        app.settle();
        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();
        assertEquals(Optional.of(new TextSpan(marked.get(0).start(), marked.get(0).end())), onFx(pane::outlined), "the claim is outlined");
        assertTrue(onFx(() -> inView(area, marked.get(0))), "and in the pane's view");
        assertTrue(onFx(table::isFocused), "the keyboard stays in the table");

        // The other row is below or above, as the table is sorted.
        boolean below = onFx(() -> table.getSelectionModel().getSelectedIndex() == 0);
        robot.type(below ? KeyCode.DOWN : KeyCode.UP);
        app.settle();
        assertEquals(Optional.of(new TextSpan(marked.get(1).start(), marked.get(1).end())), onFx(pane::outlined), "↓ (or ↑) outlines the other row's claim");
        assertTrue(onFx(table::isFocused), "the keyboard is still in the table");
    }

    @Test
    void ofTwoPanesShowingTheRowsArticleThePaneWorkedInOutlinesIt(FxRobot robot) {
        long article = shownIn(1);
        List<Claim> marked = mark(article, 0.80, 0.90);
        ArticlePaneViewModel left = app.context.workbench().panes().get(0);
        ArticlePaneViewModel right = app.context.workbench().panes().get(1);
        robot.interact(() -> {
            right.show(app.workspace().article(article).orElseThrow(), null);
            app.context.workbench().activePaneProperty().set(right);
            app.context.view().showTab(0);
        });
        app.settle();
        robot.clickOn(rowOf(robot, marked.get(0).id()));
        app.settle();
        assertEquals(Optional.of(new TextSpan(marked.get(0).start(), marked.get(0).end())), onFx(right::outlined),
                "the pane worked in (the right one) outlines the claim");
        assertEquals(Optional.empty(), onFx(left::outlined), "not the left pane, which shows the same article");
    }

    @Test
    void aClaimClickedWhileTheFiltersHideItsRowIsOutlinedWhenItsRowIsClickedLater(FxRobot robot) {
        long article = shownIn(1);
        String text = app.workspace().text(article);
        Claim claim = mark(article, 10.0 / text.length(), 0.90).get(0);
        robot.interact(() -> {
            app.context.view().showTab(0);
            app.context.workbench().claims().textFilter().set("no claim says this");
        });
        app.settle();
        robot.clickOn(onFx(() -> WorkbenchFixture.middleOf(app.area(1), claim.exact()).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> app.context.workbench().statusProperty().get()).contains("filters hide its row"));

        robot.interact(() -> app.context.workbench().claims().textFilter().set(""));
        app.settle();
        assertFalse(onFx(() -> app.context.workbench().statusProperty().get()).contains("filters hide its row"),
                "once the filters change, the status line no longer says they hide the row");
        robot.clickOn(rowOf(robot, claim.id()));
        app.settle();
        assertEquals(Optional.of(new TextSpan(claim.start(), claim.end())), onFx(app.context.workbench().panes().get(0)::outlined),
                "its row, clicked once the filters show it, outlines the claim as any row chosen does");
    }

    @Test
    void aRowOfAnArticleNoPaneShowsSwapsNoPaneAndSaysHowToOpenIt(FxRobot robot) {
        List<Long> shown = shownArticles();
        long other = app.workspace().articles().stream().map(a -> a.id()).filter(id -> !shown.contains(id)).findFirst().orElseThrow();
        List<Claim> marked = mark(other, 0.10, 0.20);
        Claim inPane = mark(shown.get(0), 0.30, 0.40).get(0);
        robot.interact(() -> app.context.view().showTab(0));
        app.settle();
        robot.clickOn(rowOf(robot, inPane.id()));
        app.settle();
        assertTrue(onFx(() -> app.context.workbench().panes().get(0).outlined().isPresent()), "a claim of the left pane's article outlined there");

        robot.clickOn(rowOf(robot, marked.get(0).id()));
        app.settle();
        assertEquals(shown, shownArticles(), "no pane's article is swapped on a mere choice");
        String status = onFx(() -> app.context.workbench().statusProperty().get());
        assertTrue(status.startsWith("Enter") && status.contains("no pane shows"), status);
        assertTrue(onFx(() -> app.context.workbench().panes().stream().noneMatch(p -> p.outlined().isPresent())),
                "the row chosen before is no longer outlined");
    }

    private long shownIn(int pane) {
        return onFx(() -> app.context.workbench().panes().get(pane - 1).article().orElseThrow().id());
    }

    private List<Long> shownArticles() {
        return onFx(() -> app.context.workbench().panes().stream().map(p -> p.article().map(a -> a.id()).orElse(-1L)).toList());
    }

    /** Marks two claims of a dozen characters at two fractions of an article's text (on word starts). */
    private List<Claim> mark(long article, double at, double then) {
        Workspace w = app.workspace();
        String text = w.text(article);
        List<ClaimDraft> drafts = java.util.stream.Stream.of(at, then).map(f -> {
            int start = text.indexOf(' ', (int) (text.length() * f)) + 1;
            return new ClaimDraft(article, new TextSpan(start, start + 12), w.sources().get(0).id(), "", "");
        }).toList();
        List<Claim> claims = onFx(() -> w.markClaims(drafts));
        app.settle();
        return claims;
    }

    private static boolean inView(InlineCssTextArea area, Claim c) {
        Optional<Bounds> b = area.getCharacterBoundsOnScreen(c.start(), c.start() + 1);
        Bounds view = area.localToScreen(area.getBoundsInLocal());
        return b.isPresent() && b.get().getMinY() >= view.getMinY() && b.get().getMaxY() <= view.getMaxY();
    }

    private static Node rowOf(FxRobot robot, long claimId) {
        return robot.lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n instanceof TableRow<?> r && r.getItem() instanceof ClaimRow c && c.id() == claimId).findFirst().orElseThrow();
    }

    private static List<Long> selected(TableView<ClaimRow> table) {
        return onFx(() -> table.getSelectionModel().getSelectedItems().stream().map(ClaimRow::id).toList());
    }
}
