package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.article.ArticlePaneViewModel;
import org.claimbench.ui.contradictions.ContradictionRow;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A review shows its pairs without undoing the user's panes more than it must, and gives them back after. */
class ReviewLayoutUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aPairInOneArticleTakesOnePaneWhereBothFitElseTwoAnArticleShownStaysInItsPaneAndLeavingTheReviewGivesThePanesBack(FxRobot robot) {
        app.settle();
        Workspace w = app.workspace();
        List<Article> articles = onFx(() -> List.copyOf(app.context.model().articles()));
        assertTrue(articles.size() >= 4, "the samples are five articles");
        Article first = articles.get(0);
        Article second = articles.get(1);
        // The user's own layout: two articles the review has no business with.
        List<ArticlePaneViewModel> panes = onFx(() -> List.copyOf(app.context.workbench().panes()));
        robot.interact(() -> {
            app.context.workbench().choose(panes.get(0), articles.get(2));
            app.context.workbench().choose(panes.get(1), articles.get(3));
        });
        app.settle();
        List<Long> mine = shown();

        long[] ids = twoPairs(w, first, second);
        robot.interact(() -> app.context.view().showTab(1));
        app.settle();

        // Both claims in one article, a few lines apart: one pane shows both, emphasised, the article once; the status
        // line says where each is.
        robot.interact(() -> app.context.workbench().showContradiction(row(ids[0])));
        app.settle();
        List<Long> inOne = shown();
        assertEquals(1, inOne.stream().filter(id -> id == first.id()).count(), "the article is shown once: " + inOne);
        assertTrue(onFx(() -> app.context.workbench().panes().get(inOne.indexOf(first.id())).emphasised().containsAll(List.of(ids[2], ids[3]))),
                "both claims emphasised in it");
        String pane = inOne.indexOf(first.id()) == 0 ? "the left pane" : "the right pane";
        assertTrue(app.context.workbench().statusProperty().get().startsWith("A above B, both in " + pane + " · "),
                app.context.workbench().statusProperty().get());
        assertTrue(onFx(() -> bothInView(inOne.indexOf(first.id()) + 1, ids[2], ids[3])), "both claims in sight in the pane");

        // Both claims in one article, too far apart for one pane's view: the pane showing the article keeps it, at claim A,
        // and the other pane shows it at claim B, so both are in sight (one pane left B out of sight: issue 14,
        // WorkbenchUiTest's long paragraph); both claims emphasised in each.
        robot.interact(() -> app.context.workbench().showContradiction(row(ids[4])));
        app.settle();
        List<Long> apart = shown();
        int kept = inOne.indexOf(first.id());
        int otherPane = kept == 0 ? 1 : 0;
        assertEquals(List.of(first.id(), first.id()), apart, "the article is shown in two panes: " + apart);
        assertTrue(onFx(() -> app.context.workbench().panes().stream().allMatch(p -> p.emphasised().containsAll(List.of(ids[2], ids[5])))),
                "both claims emphasised in each");
        assertTrue(onFx(() -> bothInView(kept + 1, ids[2]) && bothInView(otherPane + 1, ids[5])), "claim A in sight in the pane that showed "
                + "the article, claim B in the other");
        assertTrue(app.context.workbench().statusProperty().get().startsWith(kept == 0 ? "A left, B right · " : "A right, B left · "),
                app.context.workbench().statusProperty().get());

        // The close pair again: one pane shows it, the other shows again what the user had there.
        robot.interact(() -> app.context.workbench().showContradiction(row(ids[0])));
        app.settle();
        List<Long> again = shown();
        assertEquals(1, again.stream().filter(id -> id == first.id()).count(), "the article is shown once again: " + again);
        int other = again.indexOf(first.id()) == 0 ? 1 : 0;
        assertEquals(mine.get(other), again.get(other), "the other pane shows what it showed before the review");

        // Across two articles: the article shown already stays in its pane, the other goes to the other pane; the pair
        // reversed moves nothing (student59: "Show" swapped the user's two articles between the panes), and the line says
        // which claim is where.
        ContradictionRow r = row(ids[1]);
        robot.interact(() -> app.context.workbench().showContradiction(r));
        app.settle();
        List<Long> across = shown();
        assertEquals(first.id(), (long) across.get(again.indexOf(first.id())), "claim A's article stays in its pane: " + across);
        assertEquals(r.b().articleId(), (long) across.get(other), "claim B's article in the other pane");
        String says = again.indexOf(first.id()) == 0 ? "A left, B right · " : "A right, B left · ";
        assertTrue(app.context.workbench().statusProperty().get().startsWith(says), app.context.workbench().statusProperty().get());
        robot.interact(() -> app.context.workbench().showContradiction(new ContradictionRow(r.contradiction(), r.b(), r.a(), r.sourceB(),
                r.colourB(), r.sourceA(), r.colourA())));
        app.settle();
        assertEquals(across, shown(), "the same pair the other way round: no pane changes");
        assertTrue(app.context.workbench().statusProperty().get().startsWith(again.indexOf(first.id()) == 0 ? "A right, B left · " : "A left, B right · "),
                app.context.workbench().statusProperty().get());

        // Back to the claims: the panes show the user's articles again.
        robot.interact(() -> app.context.view().showTab(0));
        app.settle();
        assertEquals(mine, shown(), "the user's panes are back");
        assertTrue(app.context.workbench().statusProperty().get().contains("back"), app.context.workbench().statusProperty().get());
    }

    /**
     * The audit of r57: after a review and Ctrl+Q, the app started again on the review's last pair, not on the user's panes.
     * The window keeps the user's own panes (the articles and the line at each one's top from before the review), and
     * Ctrl+Shift+B puts each back at that line too.
     */
    @Test
    void theLayoutKeptDuringAReviewIsTheUsersPanesAndCtrlShiftBPutsBackTheirPlaces(FxRobot robot) {
        app.settle();
        List<Article> articles = onFx(() -> List.copyOf(app.context.model().articles()));
        List<ArticlePaneViewModel> panes = onFx(() -> List.copyOf(app.context.workbench().panes()));
        robot.interact(() -> {
            app.context.workbench().choose(panes.get(0), articles.get(2));
            app.context.workbench().choose(panes.get(1), articles.get(3));
        });
        app.settle();
        // The user reads the right pane's article some way down.
        robot.interact(() -> {
            org.fxmisc.richtext.InlineCssTextArea area = app.area(2);
            int p = area.getParagraphs().size() / 2;
            while (area.getParagraph(p).length() == 0) {
                p++;
            }
            area.showParagraphAtTop(p);
        });
        app.settle();
        List<Long> mine = shown();
        int myTop = onFx(() -> app.context.view().paneViews().get(1).topOffset());
        assertTrue(myTop > 0, "the right pane is scrolled down");

        long[] ids = twoPairs(app.workspace(), articles.get(0), articles.get(1));
        robot.interact(() -> app.context.view().showTab(1));
        robot.interact(() -> app.context.workbench().showContradiction(row(ids[1])));
        app.settle();
        assertTrue(!shown().equals(mine), "the review put its pair in the panes: " + shown());

        robot.interact(() -> app.context.session().rememberLayout());
        java.nio.file.Path file = app.workspace().file();
        org.claimbench.settings.WindowLayout kept = onFx(() -> app.context.session().layoutOf(file)).orElseThrow();
        assertEquals(mine, kept.articles(), "the layout kept holds the user's articles, not the review's pair");
        assertEquals(myTop, kept.paneTop(1), "and the line the user had at the top of the right pane");

        robot.interact(() -> app.context.workbench().restorePanes());
        app.settle();
        assertEquals(mine, shown(), "Ctrl+Shift+B put the user's articles back");
        assertEquals(myTop, (int) onFx(() -> app.context.view().paneViews().get(1).topOffset()), "each at the user's place");
    }

    @Test
    void aPaneTheUserAddsDuringAReviewStaysWhenTheReviewIsLeft(FxRobot robot) {
        app.settle();
        Workspace w = app.workspace();
        List<Article> articles = onFx(() -> List.copyOf(app.context.model().articles()));
        Article first = articles.get(0);
        Article second = articles.get(1);
        long pair = onFx(() -> {
            Claim one = w.markClaim(first.id(), words(w.text(first.id()), 0), app.context.model().sources().get(0).id(), "", "");
            Claim two = w.markClaim(second.id(), words(w.text(second.id()), 0), app.context.model().sources().get(1).id(), "", "");
            return w.addContradiction(one.id(), two.id(), ContradictionKind.OTHER, "").id();
        });
        robot.interact(() -> app.context.view().showTab(1));
        robot.interact(() -> app.context.workbench().showContradiction(row(pair)));
        app.settle();
        // During the review the user adds a pane (Ctrl+T): from now on the layout is theirs.
        robot.interact(() -> app.context.workbench().addPaneWithNextArticle());
        app.settle();
        List<Long> theirs = shown();
        assertEquals(3, theirs.size());

        robot.interact(() -> app.context.view().showTab(0));
        app.settle();
        assertEquals(theirs, shown(), "the pane added during the review and the articles beside it stay");
    }

    @Test
    void anArticlePastedDuringAReviewStaysInItsPaneWhenTheReviewIsLeft(FxRobot robot) {
        app.settle();
        Workspace w = app.workspace();
        List<Article> articles = onFx(() -> List.copyOf(app.context.model().articles()));
        long pair = onFx(() -> {
            Claim one = w.markClaim(articles.get(0).id(), words(w.text(articles.get(0).id()), 0), app.context.model().sources().get(0).id(), "", "");
            Claim two = w.markClaim(articles.get(2).id(), words(w.text(articles.get(2).id()), 0), app.context.model().sources().get(1).id(), "", "");
            return w.addContradiction(one.id(), two.id(), ContradictionKind.OTHER, "").id();
        });
        robot.interact(() -> app.context.view().showTab(1));
        robot.interact(() -> app.context.workbench().showContradiction(row(pair)));
        app.settle();
        // During the review the user pastes an article: it opens in a pane, and that pane is theirs from now on.
        robot.interact(() -> app.context.workbench().articleActions().addPasted("The harbour board said the night ferries would run again from May.", "Ferry notes"));
        app.settle();
        long pasted = onFx(() -> app.context.model().articles().stream().filter(a -> a.title().equals("Ferry notes")).findFirst().orElseThrow().id());
        assertTrue(shown().contains(pasted), "the pasted article is shown: " + shown());

        robot.interact(() -> app.context.view().showTab(0));
        app.settle();
        assertTrue(shown().contains(pasted), "leaving the review does not take the pasted article away: " + shown());
    }

    @Test
    void aPairShownInPanesChosenForItTakesOnlyThePanesItNeeds(FxRobot robot) {
        app.settle();
        List<Article> articles = onFx(() -> List.copyOf(app.context.model().articles()));
        // One pane, showing an article the review has no business with.
        robot.interact(() -> {
            app.context.workbench().close(app.context.workbench().panes().get(1));
            app.context.workbench().choose(app.context.workbench().panes().get(0), articles.get(2));
        });
        app.settle();
        long[] ids = twoPairs(app.workspace(), articles.get(0), articles.get(1));
        robot.interact(() -> app.context.view().showTab(1));
        // Two claims of one article far apart: the review adds a second pane for it, each pane at its own claim, the pane
        // that shows the article at claim A.
        ContradictionRow far = row(ids[4]);
        robot.interact(() -> app.context.workbench().showContradiction(far));
        app.settle();
        assertEquals(List.of(articles.get(0).id(), articles.get(0).id()), shown(), "the pair's article in two panes");
        List<Integer> farAt = onFx(() -> app.context.workbench().panes().stream().map(p -> p.scrollToProperty().get()).toList());
        assertEquals(List.of(far.a().start(), far.b().start()), farAt, "each pane at its own claim");
        // Two articles: the pane showing claim A's article keeps it, the other pane takes claim B's, each at its claim.
        ContradictionRow r = row(ids[1]);
        robot.interact(() -> app.context.workbench().showContradiction(r));
        app.settle();
        List<Integer> at = onFx(() -> app.context.workbench().panes().stream().map(p -> p.scrollToProperty().get()).toList());
        assertEquals(List.of(r.a().start(), r.b().start()), at, "each pane at its own claim, the article shown staying in its pane");
        assertEquals(List.of(articles.get(0).id(), articles.get(1).id()), shown(), "no third pane");
        robot.interact(() -> app.context.view().showTab(0));
        app.settle();
        assertEquals(1, onFx(() -> app.context.workbench().panes().size()), "the pane the review added goes");
    }

    @Test
    void theContradictionsTabSaysOnceThatItChangedThePanesAsTheSuggestionsDo(FxRobot robot) {
        app.settle();
        List<Article> articles = onFx(() -> List.copyOf(app.context.model().articles()));
        // The user's panes show two articles the pairs are not in.
        robot.interact(() -> {
            app.context.workbench().choose(app.context.workbench().panes().get(0), articles.get(2));
            app.context.workbench().choose(app.context.workbench().panes().get(1), articles.get(3));
        });
        app.settle();
        long[] ids = twoPairs(app.workspace(), articles.get(0), articles.get(1));
        robot.interact(() -> app.context.view().showTab(1));
        String told = " · Ctrl+Shift+B puts your own panes back";
        robot.interact(() -> app.context.workbench().showContradiction(row(ids[1])));
        app.settle();
        String status = onFx(() -> app.context.workbench().statusProperty().get());
        assertTrue(status.endsWith(told) && status.contains("contradiction:"), status);
        robot.interact(() -> app.context.workbench().showContradiction(row(ids[0])));
        app.settle();
        status = onFx(() -> app.context.workbench().statusProperty().get());
        assertTrue(!status.contains(told) && status.contains("contradiction:"), "said once a review: " + status);
        robot.interact(() -> app.context.workbench().restorePanes());
        app.settle();
        assertEquals(List.of(articles.get(2).id(), articles.get(3).id()), shown(), "Ctrl+Shift+B put the user's panes back");
    }

    /**
     * Three contradictions: one between two claims of the first article (near its start and 200 characters on), one
     * between the first of them and a claim of the second article, one between the first and a claim of the first
     * article 2,500 characters on; {pair in one article, pair across two, claim one, claim two, pair far apart in one
     * article, its far claim}.
     */
    private long[] twoPairs(Workspace w, Article first, Article second) {
        return onFx(() -> {
            Claim one = w.markClaim(first.id(), words(w.text(first.id()), 0), app.context.model().sources().get(0).id(), "", "");
            Claim two = w.markClaim(first.id(), words(w.text(first.id()), 200), app.context.model().sources().get(1).id(), "", "");
            Claim three = w.markClaim(second.id(), words(w.text(second.id()), 0), app.context.model().sources().get(2).id(), "", "");
            Claim far = w.markClaim(first.id(), words(w.text(first.id()), 2500), app.context.model().sources().get(3).id(), "", "");
            long inOne = w.addContradiction(one.id(), two.id(), ContradictionKind.OTHER, "").id();
            long acrossTwo = w.addContradiction(one.id(), three.id(), ContradictionKind.OTHER, "").id();
            long farApart = w.addContradiction(one.id(), far.id(), ContradictionKind.OTHER, "").id();
            return new long[] {inOne, acrossTwo, one.id(), two.id(), farApart, far.id()};
        });
    }

    /** Whether the first and last characters of both claims are inside the visible part of a pane's text (from 1). */
    private boolean bothInView(int pane, long... claimIds) {
        org.fxmisc.richtext.InlineCssTextArea area = app.area(pane);
        javafx.geometry.Bounds view = area.localToScreen(area.getBoundsInLocal());
        return app.context.workbench().panes().get(pane - 1).claims().stream().filter(c -> java.util.Arrays.stream(claimIds).anyMatch(id -> id == c.id()))
                .flatMap(c -> java.util.stream.Stream.of(c.start(), c.end() - 1)).allMatch(i -> area.getCharacterBoundsOnScreen(i, i + 1)
                        .map(b -> b.getMinY() >= view.getMinY() && b.getMaxY() <= view.getMaxY()).orElse(false));
    }

    /** The article each pane shows (-1 for none), left to right. */
    private List<Long> shown() {
        return onFx(() -> app.context.workbench().panes().stream().map(p -> p.article().map(Article::id).orElse(-1L)).toList());
    }

    private ContradictionRow row(long contradictionId) {
        return onFx(() -> app.context.workbench().contradictions().rows().stream()
                .filter(x -> x.contradiction().id() == contradictionId).findFirst().orElseThrow());
    }

    /** About six words of a text from an offset on, from a word's start to a word's end. */
    private static TextSpan words(String text, int from) {
        int start = text.indexOf(' ', from) + 1;
        while (!Character.isLetter(text.charAt(start))) {
            start++;
        }
        int end = start;
        for (int i = 0; i < 6; i++) {
            end = text.indexOf(' ', end + 1);
        }
        while (!Character.isLetter(text.charAt(end - 1))) {
            end--;
        }
        return new TextSpan(start, end);
    }
}
