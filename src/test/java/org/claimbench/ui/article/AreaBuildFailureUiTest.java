package org.claimbench.ui.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.claimbench.app.AppContext;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;
import org.claimbench.settings.AppDirs;
import org.claimbench.ui.common.ImmediateTaskRunner;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The start-up's first frame when RichTextFX's area cannot be built (the build made to throw): the
 * pane says so and what to do, the light text stays and still marks, and the marks are in the file.
 */
@ExtendWith(ApplicationExtension.class)
class AreaBuildFailureUiTest {

    /** Our own writing. */
    static final String TEXT = "The harbour board said the ferry fares will rise in May.\nRiders on the early boat were not asked.";

    @TempDir
    Path home;

    private Stage stage;
    private AppContext ctx;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        AreaBuild.maker = RichArticleText::new;
        onFx(() -> {
            stage.hide();
            if (ctx != null) {
                ctx.close();
            }
            return null;
        });
    }

    @Test
    void aFailedBuildOfTheAreaIsToldInThePaneAndTheLightTextStillMarksIntoTheFile() throws Exception {
        AreaBuild.maker = index -> {
            throw new IllegalStateException("this test's area cannot be built");
        };
        Path data = home.resolve("data");
        Files.createDirectories(data);
        Path file = data.resolve("default.claimbench");
        try (Workspace w = Workspace.create(file)) {
            w.addArticle(new ArticleDraft(ArticleMetadata.titled("Ferry fares"), TEXT));
        }
        onFx(() -> {
            ctx = new AppContext(new AppDirs(data, home.resolve("config")), new ImmediateTaskRunner(), true);
            Scene scene = ctx.createScene(1280, 720);
            ctx.workbench().start();
            stage.setScene(scene);
            stage.show();
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> stage.getScene().lookup("#textNotice-1") != null));
        WaitForAsyncUtils.waitForFxEvents();
        ArticlePaneView pane = onFx(() -> ctx.view().paneViews().get(0));
        Label notice = onFx(() -> (Label) stage.getScene().lookup("#textNotice-1"));
        assertTrue(onFx(() -> notice.isVisible() && notice.getHeight() > 0 && notice.localToScene(notice.getBoundsInLocal()).getMinY() >= 0),
                "the notice is in sight");
        String said = onFx(notice::getText);
        assertTrue(said.contains("could not be opened") && said.contains("this test's area cannot be built"), "it says what failed: " + said);
        assertTrue(said.contains("Restart Claimbench") && said.contains("saved"), "it says what to do and that claims are saved: " + said);
        assertNull(onFx(pane::textArea), "no area");
        Node light = onFx(() -> stage.getScene().lookup("#articleText-1").getParent());
        assertTrue(onFx(() -> light.isVisible() && light.getScene() != null), "the light text stays in the pane");

        // The light text still selects and marks: the words, then 1, as the user would.
        int at = TEXT.indexOf("ferry fares");
        onFx(() -> {
            pane.viewModel().select(new TextSpan(at, at + "ferry fares".length()));
            light.requestFocus();
            Event.fireEvent(light, new KeyEvent(KeyEvent.KEY_PRESSED, "1", "1", KeyCode.DIGIT1, false, false, false, false));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            ctx.close();
            ctx = null;
            return null;
        });
        try (Workspace w = Workspace.open(file)) {
            List<Claim> claims = w.claimsOf(w.articles().get(0).id());
            assertEquals(1, claims.size(), "the mark made on the light text is in the file");
            assertEquals(at, claims.get(0).start());
            assertEquals(at + "ferry fares".length(), claims.get(0).end());
        }
    }

    @Test
    void aTakeOverThatFailsLeavesTheLightTextAndNothingPreparesForTheAreaAnyMore() throws Exception {
        // An area whose scroll pane is another node's clip cannot be put into the pane: the take-over throws.
        AreaBuild.maker = index -> {
            RichArticleText made = new RichArticleText(index);
            new javafx.scene.shape.Rectangle().setClip(made.node());
            return made;
        };
        Path data = home.resolve("data");
        Files.createDirectories(data);
        try (Workspace w = Workspace.create(data.resolve("default.claimbench"))) {
            w.addArticle(new ArticleDraft(ArticleMetadata.titled("Ferry fares"), TEXT));
        }
        onFx(() -> {
            ctx = new AppContext(new AppDirs(data, home.resolve("config")), new ImmediateTaskRunner(), true);
            stage.setScene(ctx.createScene(1280, 720));
            ctx.workbench().start();
            stage.show();
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> stage.getScene().lookup("#textNotice-1") != null));
        ArticlePaneView pane = onFx(() -> ctx.view().paneViews().get(0));
        assertNull(onFx(pane::textArea), "no area");
        assertTrue(onFx(() -> stage.getScene().lookup("#articleText-1").getParent().getScene() != null), "the light text stays in the pane");
        assertFalse(onFx(() -> pane.viewModel().prepares()), "no styled document is built any more for an area that is not there");
    }

    private static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
