package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.claimbench.app.AppContext;
import org.claimbench.domain.Claim;
import org.claimbench.ui.article.ArticlePaneView;
import org.claimbench.workspace.Workspace;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The start-up's first frame shows each article as light text, and RichTextFX's area takes its
 * place a frame later. What the user does in that first frame (a drag, a number key, the wheel) is
 * done in the first frame itself here, before the area can take over: the mouse and key events go
 * to the window's nodes as the toolkit would send them.
 */
@ExtendWith(ApplicationExtension.class)
class LightFirstFrameUiTest {

    @TempDir
    Path home;

    private Stage stage;
    private FirstFrameDriver driver;
    private AppContext ctx;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        this.driver = new FirstFrameDriver(stage);
    }

    /** Starts the app's progressive workbench on the samples and runs work in its first laid-out frame. */
    private void startAndInTheFirstFrame(Consumer<Scene> work) {
        driver.startAndInTheFirstFrame(home, scene -> {
            ctx = driver.ctx();
            work.accept(scene);
        });
        ctx = driver.ctx();
    }

    private ArticlePaneView firstPane() {
        return driver.firstPane();
    }

    /** Presses the mouse on the first character of a phrase of the first pane and drags to its last (no release). */
    private void dragOver(Scene scene, Node text, String article, String phrase) {
        int start = article.indexOf(phrase);
        int end = start + phrase.length();
        Bounds first = firstPane().characterBoundsOnScreen(start, start + 1).orElseThrow();
        Bounds last = firstPane().characterBoundsOnScreen(end - 1, end).orElseThrow();
        Event.fireEvent(text, FirstFrameDriver.mouse(MouseEvent.MOUSE_PRESSED, FirstFrameDriver.inScene(scene, first.getMinX() + 1, first.getCenterY())));
        Event.fireEvent(text, FirstFrameDriver.mouse(MouseEvent.MOUSE_DRAGGED, FirstFrameDriver.inScene(scene, last.getMaxX() - 1, last.getCenterY())));
    }

    private void release(Scene scene, Node text) {
        Event.fireEvent(text, FirstFrameDriver.mouse(MouseEvent.MOUSE_RELEASED, new Point2D(0, 0)));
    }

    @Test
    void aMarkMadeOnTheLightTextIsInTheWorkspaceFileAndHighlightedAfterTheSwap() throws Exception {
        String[] marked = new String[1];
        boolean[] light = new boolean[1];
        startAndInTheFirstFrame(scene -> {
            light[0] = firstPane().textArea() == null;
            String article = firstPane().viewModel().textProperty().get();
            Matcher twoWords = Pattern.compile("\\p{L}+\\s+\\p{L}+").matcher(article);
            assertTrue(twoWords.find(), "the first frame shows the article");
            marked[0] = twoWords.group();
            Node text = scene.lookup("#articleText-1");
            dragOver(scene, text, article, marked[0]);
            release(scene, text);
            Event.fireEvent(text, new KeyEvent(KeyEvent.KEY_PRESSED, "1", "1", KeyCode.DIGIT1, false, false, false, false));
        });
        InlineCssTextArea area = driver.areaAfterTheSwap();
        assertTrue(light[0], "the first frame showed the light text, not the area");
        Claim claim = onFx(() -> ctx.model().workspace().orElseThrow().claimsOf(firstPane().viewModel().article().orElseThrow().id()).get(0));
        assertEquals(marked[0], onFx(() -> area.getText(claim.start(), claim.end())), "the words dragged over were marked");
        String style = onFx(() -> area.getStyleAtPosition(claim.start() + 1));
        assertTrue(style.contains("-rtfx-background-color"), "the area shows the claim highlighted: '" + style + "'");
        driver.close();
        try (Workspace w = Workspace.open(home.resolve("data").resolve("default.claimbench"))) {
            assertEquals(1, w.claimCount(), "the mark is in the workspace file");
        }
    }

    @Test
    void theAreaTakesOverAtTheSameScrollPositionWithTheSelectionInProgress() throws Exception {
        String[] phrase = new String[1];
        double[] lineBefore = new double[1];
        int[] at = new int[1];
        startAndInTheFirstFrame(scene -> {
            assertNull(firstPane().textArea(), "the first frame shows the light text");
            Node text = scene.lookup("#articleText-1");
            Bounds box = text.localToScene(text.getLayoutBounds());
            Point2D middle = new Point2D(box.getCenterX(), box.getCenterY());
            // The wheel scrolls the light text down by 57 px; then a drag over two words in view, not released.
            Event.fireEvent(text, new ScrollEvent(ScrollEvent.SCROLL, middle.getX(), middle.getY(), middle.getX(), middle.getY(),
                    false, false, false, false, false, false, 0, -57, 0, -57, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
            text.getParent().layout();
            String article = firstPane().viewModel().textProperty().get();
            // Two words in the middle of the view.
            int near = hitNear(article, scene, text, middle);
            Matcher words = Pattern.compile("\\p{L}+\\s+\\p{L}+").matcher(article);
            assertTrue(words.find(near), "words in view");
            phrase[0] = words.group();
            at[0] = words.start();
            lineBefore[0] = firstPane().characterBoundsOnScreen(at[0], at[0] + 1).orElseThrow().getCenterY();
            dragOver(scene, text, article, phrase[0]);
        });
        // The drag is under way: the light text stays until the button is released.
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(onFx(() -> firstPane().textArea()), "no swap under a drag");
        onFx(() -> {
            release(stage.getScene(), stage.getScene().lookup("#articleText-1"));
            return null;
        });
        InlineCssTextArea area = driver.areaAfterTheSwap();
        assertEquals(phrase[0], onFx(area::getSelectedText), "the selection made on the light text is the area's");
        double lineAfter = onFx(() -> area.getCharacterBoundsOnScreen(at[0], at[0] + 1).orElseThrow().getCenterY());
        assertEquals(lineBefore[0], lineAfter, 0.5, "the words stay where they were on screen");
        assertNotNull(onFx(() -> firstPane().viewModel().trimmedSelection().orElse(null)), "the view model has the selection");
        driver.close();
    }

    @Test
    void eachPanesAreaTakesOverInAFrameOfItsOwn() throws Exception {
        // How many panes have their area, at each layout from the first frame on (taking over together, they were one long frame).
        List<Integer> rich = new java.util.concurrent.CopyOnWriteArrayList<>();
        int[] panes = new int[1];
        startAndInTheFirstFrame(scene -> {
            panes[0] = ctx.view().paneViews().size();
            Runnable[] each = new Runnable[1];
            each[0] = () -> {
                int n = (int) ctx.view().paneViews().stream().filter(v -> v.textArea() != null).count();
                rich.add(n);
                if (n == panes[0]) {
                    scene.removePostLayoutPulseListener(each[0]);
                }
            };
            each[0].run();
            scene.addPostLayoutPulseListener(each[0]);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !rich.isEmpty() && rich.get(rich.size() - 1) == panes[0]);
        assertTrue(panes[0] >= 2, "the start-up shows two panes or more: " + panes[0]);
        for (int i = 1; i < rich.size(); i++) {
            assertTrue(rich.get(i) - rich.get(i - 1) <= 1, "one pane's area took over a frame: " + rich);
        }
        driver.close();
    }

    /** The offset of a character shown near a point of the scene (the first one whose line is at or below it). */
    private int hitNear(String article, Scene scene, Node text, Point2D point) {
        double y = scene.getRoot().localToScreen(point).getY();
        for (int i = 0; i < article.length(); i++) {
            var b = firstPane().characterBoundsOnScreen(i, i + 1);
            if (b.isPresent() && b.get().getMinY() >= y) {
                return i;
            }
        }
        throw new AssertionError("no character below the middle of the view");
    }

    /**
     * The line under a pane says what the claim the user is on is, and gives the hint when they are on none (issue 14, item
     * 5). In a real window (audit r57), after every start the line under a pane whose article begins with a claim said
     * "● Press · no contradictions" though the user had chosen nothing there and the claim was out of sight: the area that
     * took the light text's place put its caret at the text's start, and the line read the claim there.
     */
    @Test
    void aClaimAtTheArticlesStartIsNotNamedUnderThePaneWhenTheUserChoseNothing() throws Exception {
        driver.startAndInTheFirstFrame(home, scene -> {
            Workspace w = driver.ctx().model().workspace().orElseThrow();
            long article = driver.firstPane().viewModel().article().orElseThrow().id();
            // The article's first words made a claim, as an article whose headline the user marked.
            Matcher m = Pattern.compile("\\p{L}+(\\s+\\p{L}+){2}").matcher(w.text(article));
            assertTrue(m.find(), "the first pane shows an article");
            w.markClaim(article, new org.claimbench.domain.TextSpan(m.start(), m.end()), w.sourceNamed("Press").orElseThrow().id(), "", "");
        });
        driver.areaAfterTheSwap();
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label line = onFx(() -> (javafx.scene.control.Label) driver.firstPane().lookup(".claim-info"));
        boolean hint = onFx(() -> line.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("hint")));
        String said = onFx(line::getText);
        driver.close();
        assertTrue(hint, "the line under the pane gives the hint, not a claim the user never chose: " + said);
    }
}
