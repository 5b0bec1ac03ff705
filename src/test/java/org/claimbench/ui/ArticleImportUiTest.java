package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.domain.Claim;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.domain.Source;
import org.claimbench.domain.TextSpan;
import org.claimbench.importing.LoopbackServer;
import org.claimbench.ui.contradictions.ContradictionRow;
import org.claimbench.workspace.Workspace;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window: an article by URL, two claims on the same words, a long paragraph in pieces. */
class ArticleImportUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void fileImportFromUrlFetchesThePageAndAddsItsArticle(FxRobot robot) throws Exception {
        byte[] page = ("<!DOCTYPE html><html><head><title>Night trains return</title></head><body><article><h1>Night trains return</h1>"
                + "<p>The rail operator said the night trains to the coast would run again from June.</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        try (LoopbackServer server = LoopbackServer.start().page("/trains", 200, "text/html; charset=utf-8", page)) {
            int before = app.workspace().articles().size();
            robot.clickOn("#fileMenu").clickOn("#menuImportUrl");
            robot.clickOn("#importUrl").write(server.url("/trains"));
            robot.clickOn("#importUrlFetch");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.workspace().articles().size() == before + 1);
            Article a = app.workspace().articles().get(before);
            assertEquals("Night trains return", a.title());
            assertTrue(app.workspace().text(a.id()).contains("night trains to the coast would run again from June"));
        }
    }

    @Test
    void twoClaimsOnTheSameWordsBothShowAndReviewShowsThemInOnePaneEachInItsOwnColour(FxRobot robot) throws Exception {
        Workspace w = app.workspace();
        String phrase = "hour-long phone conversation";
        Article article = w.articles().stream().filter(a -> w.text(a.id()).contains(phrase)).findFirst().orElseThrow();
        int start = w.text(article.id()).indexOf(phrase);
        Source press = w.sourceNamed("Press").orElseThrow();
        Source whiteHouse = w.sourceNamed("White House").orElseThrow();
        Claim a = onFx(() -> w.markClaim(article.id(), new TextSpan(start, start + phrase.length()), press.id(), "", ""));
        Claim b = onFx(() -> w.markClaim(article.id(), new TextSpan(start, start + phrase.length()), whiteHouse.id(), "", ""));
        WaitForAsyncUtils.waitForFxEvents();
        InlineCssTextArea pane2 = app.area(2);
        String style = onFx(() -> pane2.getStyleOfChar(start + 3));
        assertTrue(style.contains(press.colour()) && style.contains(whiteHouse.colour()), "both claims show: " + style);
        List<Long> before = onFx(() -> app.context.workbench().panes().stream().map(p -> p.article().map(Article::id).orElse(-1L)).toList());
        assertEquals(article.id(), (long) before.get(1), "the second pane shows the claims' article");

        onFx(() -> w.addContradiction(a.id(), b.id(), ContradictionKind.FRAMING, ""));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ContradictionRow> list = robot.lookup("#contradictionsTable").queryTableView();
        robot.clickOn("#contradictionsTab");
        robot.interact(() -> list.getSelectionModel().select(0));
        // Both claims on the same words fit in one view: the pane that shows the article shows them, both emphasised, the
        // first claim as the background and the other in its own colour beneath; the other pane keeps its article
        // (student59: a pair of one article in both panes took the other article out of sight).
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> app.context.workbench().panes().get(1).emphasised()
                .containsAll(List.of(a.id(), b.id()))));
        WaitForAsyncUtils.waitForFxEvents();
        List<Long> after = onFx(() -> app.context.workbench().panes().stream().map(p -> p.article().map(Article::id).orElse(-1L)).toList());
        assertEquals(before, after, "each pane keeps its article");
        String shown = onFx(() -> pane2.getStyleOfChar(start + 3));
        assertTrue(shown.startsWith("-rtfx-background-color: " + press.colour()), "the first claim as the background: " + shown);
        assertTrue(shown.contains("-rtfx-underline-color: " + whiteHouse.colour()), "the other in its own colour beneath: " + shown);
        assertTrue(app.context.workbench().statusProperty().get().contains("A and B on the same words, in the right pane"),
                app.context.workbench().statusProperty().get());

        // Two claims that share words without being the same words overlap: the line says so (review60).
        Source ukraine = w.sourceNamed("Ukraine").orElseThrow();
        Claim c = onFx(() -> w.markClaim(article.id(), new TextSpan(start + 2, start + phrase.length() + 4), ukraine.id(), "", ""));
        onFx(() -> w.addContradiction(a.id(), c.id(), ContradictionKind.FRAMING, ""));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> list.getItems().stream().filter(r -> r.b().id() == c.id() || r.a().id() == c.id()).findFirst()
                .ifPresent(r -> list.getSelectionModel().select(r)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> app.context.workbench().statusProperty().get().contains("A and B overlap, in"));
    }

    @Test
    void aLongParagraphIsShownInPiecesWithTheArticlesOffsets(FxRobot robot) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < 30_000; i++) {
            sb.append("The committee heard witness number ").append(i).append(" on the state of the harbour walls. ");
        }
        String text = sb.toString().strip();
        Workspace w = app.workspace();
        Article article = onFx(() -> w.addArticle(new ArticleDraft(ArticleMetadata.titled("Harbour inquiry"), text)).article());
        String phrase = "witness number 40 on the state";
        int at = text.indexOf(phrase);
        Claim c = onFx(() -> w.markClaim(article.id(), new TextSpan(at, at + phrase.length()), w.sourceNamed("Press").orElseThrow().id(), "", ""));
        robot.interact(() -> app.context.workbench().panes().get(0).show(article, null));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> app.area(1).getLength() == text.length()));
        InlineCssTextArea area = app.area(1);
        assertTrue(onFx(() -> area.getParagraphs().size()) >= 15, "laid out in pieces");
        assertEquals(text.replace('\n', ' '), onFx(() -> area.getText().replace('\n', ' ')));
        assertTrue(onFx(() -> area.getStyleOfChar(c.start() + 1)).contains("-rtfx-background-color"));
        // After the claim, no claim's highlight (a suggested claim's dotted underline may stand there).
        assertTrue(!onFx(() -> area.getStyleOfChar(c.end() + 1)).contains("-rtfx-background-color"));
    }

    private static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
