package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.claimbench.app.ClaimbenchApp;
import org.claimbench.ui.workbench.WorkbenchView;
import org.claimbench.workspace.Workspace;
import javafx.geometry.Bounds;
import org.claimbench.ui.article.ArticlePaneView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app as a user starts it the first time: the window shows its opening face at once,
 * then the workbench takes it over with two sample articles side by side, ready to mark.
 */
class AppStartUiTest {

    @TempDir
    Path home;

    private Application app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        System.clearProperty("claimbench.home");
    }

    @Test
    void theWindowShowsAtOnceThenTheWorkbenchWithTwoSampleArticlesSideBySideReadyToMark() throws Exception {
        System.setProperty("claimbench.home", home.toString());
        Stage stage = FxToolkit.registerPrimaryStage();
        Parent[] firstRoot = new Parent[1];
        javafx.beans.value.ChangeListener<Scene> firstScene = (o, a, scene) -> {
            if (scene != null && firstRoot[0] == null) {
                firstRoot[0] = scene.getRoot();
            }
        };
        FxToolkit.setupStage(s -> s.sceneProperty().addListener(firstScene));
        try {
            app = FxToolkit.setupApplication(ClaimbenchApp.class);
        } finally {
            FxToolkit.setupStage(s -> s.sceneProperty().removeListener(firstScene));
        }

        // First the opening face, a plain line of text.
        assertTrue(firstRoot[0] != null && firstRoot[0].lookupAll("Text").stream()
                .anyMatch(n -> n instanceof Text t && t.getText().startsWith("Opening Claimbench")), "the opening face showed first");

        // Then the workbench, on the default workspace holding the samples, two articles side by side (laid out).
        // (Polled on the JavaFX thread: the panes show light text first, RichTextFX's area a frame later; what the
        // test does works on either, as a user's drag and key do.)
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WorkbenchFixture.onFx(() -> stage.getScene() != null
                && stage.getScene().getRoot() instanceof WorkbenchView v && v.paneViews().size() == 2
                && v.paneViews().stream().allMatch(p -> !p.viewModel().textProperty().get().isEmpty() && p.getWidth() > 0)));
        Scene scene = stage.getScene();
        WorkbenchView view = (WorkbenchView) scene.getRoot();
        ArticlePaneView left = view.paneViews().get(0);
        ArticlePaneView right = view.paneViews().get(1);
        String text = WorkbenchFixture.onFx(() -> left.viewModel().textProperty().get());
        assertTrue(!text.equals(WorkbenchFixture.onFx(() -> right.viewModel().textProperty().get())), "two different articles");
        assertTrue(left.localToScene(0, 0).getX() < right.localToScene(0, 0).getX(), "side by side");
        assertTrue(Files.isRegularFile(home.resolve("data").resolve("default.claimbench")), "the default workspace was created");
        assertTrue(stage.getTitle().endsWith("— Claimbench") && !stage.getTitle().startsWith("Claimbench"), stage.getTitle());

        // Ready to mark as soon as the articles are laid out: the user drags over the article's first
        // two words and presses 1; the claim is in the file once the app has closed.
        Matcher twoWords = Pattern.compile("\\p{L}+\\s+\\p{L}+").matcher(text);
        assertTrue(twoWords.find(), "the article has words");
        int start = twoWords.start();
        int end = twoWords.end();
        Point2D[] drag = WorkbenchFixture.onFx(() -> {
            Bounds first = left.characterBoundsOnScreen(start, start + 1).orElseThrow();
            Bounds last = left.characterBoundsOnScreen(end - 1, end).orElseThrow();
            return new Point2D[] {new Point2D(first.getMinX() + 1, first.getCenterY()), new Point2D(last.getMaxX() - 1, last.getCenterY())};
        });
        FxRobot robot = new FxRobot();
        robot.moveTo(drag[0]).press(MouseButton.PRIMARY).moveTo(drag[1]).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new org.claimbench.domain.TextSpan(start, end), WorkbenchFixture.onFx(() -> left.viewModel().selectionProperty().get()),
                "the drag selected the two words");
        robot.type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.cleanupApplication(app);
        app = null;
        try (Workspace w = Workspace.open(home.resolve("data").resolve("default.claimbench"))) {
            assertEquals(1, w.claimCount(), "pressing 1 marked a claim");
        }
    }
}
