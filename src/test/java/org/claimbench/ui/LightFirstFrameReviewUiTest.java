package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
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
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.claimbench.app.AppContext;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.article.ArticlePaneView;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A hostile user in the start-up's first frame (light text) and across the swap to RichTextFX's
 * area: what the user does there goes where the toolkit sends it (keys to the scene's focus owner).
 */
@ExtendWith(ApplicationExtension.class)
class LightFirstFrameReviewUiTest {

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

    @AfterEach
    void close() {
        driver.close();
    }

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

    private InlineCssTextArea areaAfterTheSwap() throws Exception {
        return driver.areaAfterTheSwap();
    }

    /** Two words of the first pane's article: its first match of letters, blank, letters. */
    private TextSpan twoWords() {
        String article = firstPane().viewModel().textProperty().get();
        Matcher m = Pattern.compile("\\p{L}{3,}\\s+\\p{L}{3,}").matcher(article);
        assertTrue(m.find(), "the first frame shows the article");
        return new TextSpan(m.start(), m.end());
    }

    /** A press on the first character of a span of the first pane, a drag to its last, a release. */
    private void dragOverAndRelease(Scene scene, Node text, TextSpan span) {
        Bounds first = firstPane().characterBoundsOnScreen(span.start(), span.start() + 1).orElseThrow();
        Bounds last = firstPane().characterBoundsOnScreen(span.end() - 1, span.end()).orElseThrow();
        Event.fireEvent(text, FirstFrameDriver.mouse(MouseEvent.MOUSE_PRESSED, FirstFrameDriver.inScene(scene, first.getMinX() + 1, first.getCenterY()), 1));
        Event.fireEvent(text, FirstFrameDriver.mouse(MouseEvent.MOUSE_DRAGGED, FirstFrameDriver.inScene(scene, last.getMaxX() - 1, last.getCenterY()), 1));
        Event.fireEvent(text, FirstFrameDriver.mouse(MouseEvent.MOUSE_RELEASED, FirstFrameDriver.inScene(scene, last.getMaxX() - 1, last.getCenterY()), 1));
    }

    private static KeyEvent key1() {
        return FirstFrameDriver.digit(1);
    }

    private int claimsOfFirstPane() {
        return onFx(() -> ctx.model().workspace().orElseThrow()
                .claimsOf(firstPane().viewModel().article().orElseThrow().id()).size());
    }

    @Test
    void aSelectionMadeOnTheLightTextKeepsTheKeyboardAfterTheSwapSoANumberKeyMarksIt() throws Exception {
        TextSpan[] words = new TextSpan[1];
        Node[] focusedInTheFirstFrame = new Node[1];
        startAndInTheFirstFrame(scene -> {
            assertNull(firstPane().textArea(), "the first frame shows the light text");
            words[0] = twoWords();
            dragOverAndRelease(scene, scene.lookup("#articleText-1"), words[0]);
            focusedInTheFirstFrame[0] = scene.getFocusOwner();
        });
        InlineCssTextArea area = areaAfterTheSwap();
        assertTrue(focusedInTheFirstFrame[0] != null, "the light text took the keyboard on the press");
        assertEquals(onFx(() -> area.getText(words[0].start(), words[0].end())), onFx(area::getSelectedText),
                "the selection carried over");
        // The user now presses 1: the key goes to whatever has the keyboard.
        assertSame(area, onFx(() -> stage.getScene().getFocusOwner()), "the area has the keyboard after the swap");
        onFx(() -> {
            Event.fireEvent(stage.getScene().getFocusOwner(), key1());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, claimsOfFirstPane(), "the number key marked the selection");
    }

    @Test
    void aNumberKeyInTheFirstFrameGoesToTheLightTextThroughTheScene() throws Exception {
        TextSpan[] words = new TextSpan[1];
        startAndInTheFirstFrame(scene -> {
            words[0] = twoWords();
            dragOverAndRelease(scene, scene.lookup("#articleText-1"), words[0]);
            // As the toolkit does: the key goes to the scene's focus owner.
            Node owner = scene.getFocusOwner();
            Event.fireEvent(owner == null ? scene.getRoot() : owner, key1());
        });
        InlineCssTextArea area = areaAfterTheSwap();
        assertEquals(1, claimsOfFirstPane(), "the key pressed in the first frame marked the words");
        var claim = onFx(() -> ctx.model().workspace().orElseThrow()
                .claimsOf(firstPane().viewModel().article().orElseThrow().id()).get(0));
        assertEquals(words[0].start(), claim.start(), "the claim starts where the drag did (UTF-16 units)");
        assertEquals(words[0].end(), claim.end(), "the claim ends where the drag did");
        assertEquals("", onFx(area::getSelectedText), "nothing is selected after the mark, on the area either");
    }

    @Test
    void aDoubleClickOnAWordInTheFirstFrameSelectsItAsTheAreaDoes() throws Exception {
        TextSpan[] word = new TextSpan[1];
        TextSpan[] selected = new TextSpan[1];
        startAndInTheFirstFrame(scene -> {
            TextSpan two = twoWords();
            String article = firstPane().viewModel().textProperty().get();
            int end = two.start();
            while (end < article.length() && Character.isLetter(article.charAt(end))) {
                end++;
            }
            word[0] = new TextSpan(two.start(), end);
            Node text = scene.lookup("#articleText-1");
            Bounds b = firstPane().characterBoundsOnScreen(two.start() + 1, two.start() + 2).orElseThrow();
            Point2D p = FirstFrameDriver.inScene(scene, b.getCenterX(), b.getCenterY());
            for (int clicks = 1; clicks <= 2; clicks++) {
                Event.fireEvent(text, FirstFrameDriver.mouse(MouseEvent.MOUSE_PRESSED, p, clicks));
                Event.fireEvent(text, FirstFrameDriver.mouse(MouseEvent.MOUSE_RELEASED, p, clicks));
            }
            selected[0] = firstPane().viewModel().selectionProperty().get();
        });
        areaAfterTheSwap();
        assertEquals(word[0], selected[0], "the double click selected the word in the first frame");
    }

    /** Clicks on a character of the first pane's text (its node), 1 to n clicks; the selection after each. */
    private List<TextSpan> clicksOn(Node text, int offset, int n) {
        Scene scene = text.getScene();
        Bounds b = firstPane().characterBoundsOnScreen(offset, offset + 1).orElseThrow();
        Point2D p = FirstFrameDriver.inScene(scene, b.getCenterX(), b.getCenterY());
        List<TextSpan> after = new java.util.ArrayList<>();
        for (int clicks = 1; clicks <= n; clicks++) {
            Event.fireEvent(text, FirstFrameDriver.mouse(MouseEvent.MOUSE_PRESSED, p, clicks));
            Event.fireEvent(text, FirstFrameDriver.mouse(MouseEvent.MOUSE_RELEASED, p, clicks));
            after.add(firstPane().viewModel().selectionProperty().get());
        }
        return after;
    }

    @Test
    void aDoubleAndATripleClickSelectTheWordAndTheParagraphOnTheLightTextAsOnTheArea() throws Exception {
        int[] at = new int[1];
        List<List<TextSpan>> light = new java.util.ArrayList<>();
        startAndInTheFirstFrame(scene -> {
            assertNull(firstPane().textArea(), "the first frame shows the light text");
            // A word inside the article's second paragraph.
            String article = firstPane().viewModel().textProperty().get();
            Matcher m = Pattern.compile("\\n[^\\n]*?\\s(\\p{L}{4,})\\s").matcher(article);
            assertTrue(m.find(), "a second paragraph with a word inside");
            at[0] = m.start(1) + 2;
            light.add(clicksOn(scene.lookup("#articleText-1"), at[0], 3));
            clicksOn(scene.lookup("#articleText-1"), at[0], 1);
        });
        InlineCssTextArea area = areaAfterTheSwap();
        List<TextSpan> onArea = onFx(() -> clicksOn(area, at[0], 3));
        String article = onFx(() -> firstPane().viewModel().textProperty().get());
        TextSpan word = light.get(0).get(1);
        TextSpan paragraph = light.get(0).get(2);
        assertTrue(word != null && word.start() <= at[0] && at[0] < word.end() && article.substring(word.start(), word.end()).matches("\\p{L}+"),
                "the double click selected the word: " + word);
        assertTrue(paragraph != null && article.charAt(paragraph.start() - 1) == '\n'
                && (paragraph.end() == article.length() || article.charAt(paragraph.end()) == '\n')
                && article.substring(paragraph.start(), paragraph.end()).indexOf('\n') < 0, "the triple click selected the paragraph: " + paragraph);
        assertEquals(onArea.get(1), word, "the area selects the same word on a double click");
        assertEquals(onArea.get(2), paragraph, "the area selects the same paragraph on a triple click");
    }

    @Test
    void theLightTextIsLetGoOnceTheAreaHasTakenItsPlace() throws Exception {
        WeakReference<?>[] light = new WeakReference<?>[1];
        startAndInTheFirstFrame(scene -> {
            Node page = scene.lookup("#articleText-1");
            light[0] = new WeakReference<>(page.getParent());
            // The keyboard and a selection on the light text (not by fired mouse events: TestFX keeps those, and their targets).
            page.getParent().requestFocus();
            firstPane().viewModel().select(twoWords());
        });
        areaAfterTheSwap();
        for (int i = 0; i < 20 && light[0].get() != null; i++) {
            System.gc();
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
        }
        assertNull(light[0].get(), "the light text (a node per paragraph) is not kept after the swap");
    }

    /** The fills of the claims' highlights the light text draws now (behind the text; not the selection). */
    private static java.util.List<javafx.scene.paint.Paint> lightHighlights(Scene scene) {
        Node light = scene.lookup("#articleText-1").getParent();
        return light.lookupAll(".paragraph-text").stream()
                .flatMap(p -> ((javafx.scene.Parent) p).getChildrenUnmodifiable().stream())
                .filter(n -> n instanceof javafx.scene.shape.Path path && path.getFill() != null && !path.getElements().isEmpty()
                        && !path.getStyleClass().contains("selection"))
                .map(n -> ((javafx.scene.shape.Path) n).getFill()).toList();
    }

    @Test
    void aMarkUndoneInTheFirstFrameIsGoneFromTheLightTextTheFileAndTheAreaAndRedoBringsItBack() throws Exception {
        int[] drawn = new int[3];
        TextSpan[] words = new TextSpan[1];
        startAndInTheFirstFrame(scene -> {
            words[0] = twoWords();
            dragOverAndRelease(scene, scene.lookup("#articleText-1"), words[0]);
            Event.fireEvent(scene.getFocusOwner(), key1());
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            drawn[0] = lightHighlights(scene).size();
            ctx.workbench().undo();
            scene.getRoot().layout();
            drawn[1] = lightHighlights(scene).size();
            drawn[2] = firstPane().textArea() == null ? 1 : 0;
        });
        InlineCssTextArea area = areaAfterTheSwap();
        assertEquals(1, drawn[2], "undone in the first frame");
        assertEquals(1, drawn[0], "the mark is drawn on the light text");
        assertEquals(0, drawn[1], "the undone mark is no longer drawn on the light text");
        assertEquals(0, claimsOfFirstPane(), "the undone mark is not in the workspace");
        assertTrue(!onFx(() -> area.getStyleAtPosition(words[0].start() + 1)).contains("-rtfx-background-color"),
                "the area does not draw the undone mark");
        onFx(() -> {
            ctx.workbench().redo();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, claimsOfFirstPane(), "redo marks it again");
        assertTrue(onFx(() -> area.getStyleAtPosition(words[0].start() + 1)).contains("-rtfx-background-color"),
                "the area draws the mark redone");
    }

    @Test
    void aMarkDrawnOnTheLightTextTakesTheDarkThemesColourWhenTheThemeChangesBeforeTheSwap() throws Exception {
        Object[] fills = new Object[2];
        TextSpan[] words = new TextSpan[1];
        startAndInTheFirstFrame(scene -> {
            words[0] = twoWords();
            dragOverAndRelease(scene, scene.lookup("#articleText-1"), words[0]);
            Event.fireEvent(scene.getFocusOwner(), key1());
            scene.getRoot().layout();
            fills[0] = lightHighlights(scene);
            ctx.model().darkProperty().set(!ctx.model().darkProperty().get());
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            fills[1] = lightHighlights(scene);
        });
        InlineCssTextArea area = areaAfterTheSwap();
        String style = onFx(() -> area.getStyleAtPosition(words[0].start() + 1));
        Matcher m = Pattern.compile("-rtfx-background-color:\\s*([^;]+)").matcher(style);
        assertTrue(m.find(), "the area draws the mark: " + style);
        javafx.scene.paint.Color areaColour = javafx.scene.paint.Color.web(m.group(1).trim());
        assertTrue(!fills[0].equals(fills[1]), "the themes draw a mark in colours of their own: " + fills[0]);
        assertEquals(java.util.List.of(areaColour), fills[1], "the light text drew the mark in the new theme's colour (before: " + fills[0] + ")");
    }

    @Test
    void aMarkMadeInOnePaneInTheFirstFrameIsDrawnInAnotherPaneShowingTheSameArticleBeforeAndAfterTheSwap() throws Exception {
        int[] drawnInTheSecond = new int[1];
        TextSpan[] words = new TextSpan[1];
        startAndInTheFirstFrame(scene -> {
            var second = ctx.view().paneViews().get(1);
            assertNull(second.textArea(), "the second pane shows light text too");
            second.viewModel().show(firstPane().viewModel().article().orElseThrow(), null);
            scene.getRoot().layout();
            words[0] = twoWords();
            dragOverAndRelease(scene, scene.lookup("#articleText-1"), words[0]);
            Event.fireEvent(scene.getFocusOwner(), key1());
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            drawnInTheSecond[0] = (int) scene.lookup("#articleText-2").getParent().lookupAll(".paragraph-text").stream()
                    .flatMap(p -> ((javafx.scene.Parent) p).getChildrenUnmodifiable().stream())
                    .filter(n -> n instanceof javafx.scene.shape.Path path && path.getFill() != null && !path.getElements().isEmpty()
                            && !path.getStyleClass().contains("selection")).count();
        });
        areaAfterTheSwap();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> ctx.view().paneViews().get(1).textArea() != null));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, drawnInTheSecond[0], "the second pane's light text draws the mark made in the first");
        InlineCssTextArea second = onFx(() -> ctx.view().paneViews().get(1).textArea());
        assertTrue(onFx(() -> second.getStyleAtPosition(words[0].start() + 1)).contains("-rtfx-background-color"),
                "the second pane's area draws it after the swap");
    }

    @Test
    void aPaneSwitchedToAnotherArticleInTheFirstFrameShowsItAfterTheSwapWithNothingSelected() throws Exception {
        String[] other = new String[1];
        startAndInTheFirstFrame(scene -> {
            dragOverAndRelease(scene, scene.lookup("#articleText-1"), twoWords());
            var articles = ctx.model().articles();
            var now = firstPane().viewModel().article().orElseThrow();
            var next = articles.stream().filter(a -> a.id() != now.id()).findFirst().orElseThrow();
            other[0] = next.title();
            // As the pane's article chooser does.
            firstPane().viewModel().show(next, null);
        });
        InlineCssTextArea area = areaAfterTheSwap();
        assertEquals(other[0], onFx(() -> firstPane().viewModel().article().orElseThrow().title()));
        assertEquals(onFx(() -> firstPane().viewModel().textProperty().get()), onFx(area::getText), "the area shows the article switched to");
        assertEquals("", onFx(area::getSelectedText), "nothing selected");
        assertNull(onFx(() -> firstPane().viewModel().selectionProperty().get()), "nothing selected in the view model");
        onFx(() -> {
            Event.fireEvent(stage.getScene().getFocusOwner() == null ? area : stage.getScene().getFocusOwner(), key1());
            return null;
        });
        assertEquals(0, claimsOfFirstPane(), "a number key marks nothing");
    }

    @Test
    void aThemeSwitchedInTheFirstFrameKeepsTheScrollPositionTheAreaTakesOver() throws Exception {
        int[] at = new int[1];
        double[] y = new double[1];
        startAndInTheFirstFrame(scene -> {
            Node page = scene.lookup("#articleText-1");
            Bounds box = page.localToScene(page.getLayoutBounds());
            Event.fireEvent(page, new javafx.scene.input.ScrollEvent(javafx.scene.input.ScrollEvent.SCROLL, box.getCenterX(), box.getCenterY(),
                    box.getCenterX(), box.getCenterY(), false, false, false, false, false, false, 0, -300, 0, -300,
                    javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0, javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE,
                    0, 0, null));
            page.getParent().layout();
            ctx.model().darkProperty().set(!ctx.model().darkProperty().get());
            scene.getRoot().applyCss();
            page.getParent().layout();
            String article = firstPane().viewModel().textProperty().get();
            Bounds screen = page.localToScreen(page.getLayoutBounds());
            for (int i = 0; i < article.length(); i++) {
                var b = firstPane().characterBoundsOnScreen(i, i + 1);
                if (b.isPresent() && b.get().getMinY() >= screen.getMinY() + 40 && Character.isLetter(article.charAt(i))) {
                    at[0] = i;
                    y[0] = b.get().getCenterY();
                    break;
                }
            }
        });
        InlineCssTextArea area = areaAfterTheSwap();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(at[0] > 100, "scrolled down: " + at[0]);
        double after = onFx(() -> area.getCharacterBoundsOnScreen(at[0], at[0] + 1).map(Bounds::getCenterY).orElse(-1.0));
        assertEquals(y[0], after, 0.5, "the text stays where it was on screen");
    }

    @Test
    void aBackwardsDragAcrossAParagraphBreakIsCarriedOverAndMarkedAtItsUtf16Offsets() throws Exception {
        TextSpan[] span = new TextSpan[1];
        startAndInTheFirstFrame(scene -> {
            String article = firstPane().viewModel().textProperty().get();
            // The last word of a paragraph and the first of the next (both letters only).
            Matcher m = Pattern.compile("(\\p{L}{3,})[^\\p{L}\n]{0,3}\n+[^\\p{L}\n]{0,3}(\\p{L}{3,})").matcher(article);
            assertTrue(m.find(), "a paragraph break between words");
            span[0] = new TextSpan(m.start(1), m.end(2));
            Bounds first = firstPane().characterBoundsOnScreen(m.start(1), m.start(1) + 1).orElseThrow();
            Bounds last = firstPane().characterBoundsOnScreen(m.end(2) - 1, m.end(2)).orElseThrow();
            Node text = scene.lookup("#articleText-1");
            // From the end of the second word back to the start of the first.
            Point2D from = FirstFrameDriver.inScene(scene, last.getMaxX() - 1, last.getCenterY());
            Point2D to = FirstFrameDriver.inScene(scene, first.getMinX() + 1, first.getCenterY());
            Event.fireEvent(text, FirstFrameDriver.mouse(MouseEvent.MOUSE_PRESSED, from));
            Event.fireEvent(text, FirstFrameDriver.mouse(MouseEvent.MOUSE_DRAGGED, to));
            Event.fireEvent(text, FirstFrameDriver.mouse(MouseEvent.MOUSE_RELEASED, to));
        });
        InlineCssTextArea area = areaAfterTheSwap();
        String article = onFx(() -> firstPane().viewModel().textProperty().get());
        assertEquals(article.substring(span[0].start(), span[0].end()), onFx(area::getSelectedText), "the area has the selection");
        assertEquals(span[0].start(), (int) onFx(area::getCaretPosition), "the caret where the drag ended (backwards)");
        onFx(() -> {
            Event.fireEvent(stage.getScene().getFocusOwner(), key1());
            return null;
        });
        var claim = onFx(() -> ctx.model().workspace().orElseThrow()
                .claimsOf(firstPane().viewModel().article().orElseThrow().id()).get(0));
        assertEquals(span[0], new TextSpan(claim.start(), claim.end()), "the claim spans the paragraph break, in UTF-16 units");
    }
}
