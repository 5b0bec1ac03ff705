package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
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
 * A tag bar shown by words selected on the first frame's light text goes when RichTextFX's area takes the light text's
 * place, and stays away as the area scrolls (review of round ui62: it stayed, tied to the light text no longer shown, and
 * followed that text's selection as the area scrolled). The selection itself stays, for the number keys.
 */
@ExtendWith(ApplicationExtension.class)
class TagBarTakeoverUiTest {

    @TempDir
    Path home;

    private FirstFrameDriver driver;

    @Start
    void start(Stage stage) {
        driver = new FirstFrameDriver(stage);
    }

    @AfterEach
    void close() {
        driver.close();
    }

    @Test
    void theBarByASelectionOnTheLightTextGoesWhenTheAreaTakesOver() throws Exception {
        int[] span = new int[2];
        boolean[] shownFirst = new boolean[1];
        driver.startAndInTheFirstFrame(home, scene -> {
            ArticlePaneView pane = driver.firstPane();
            assertNull(pane.textArea(), "the first frame shows the light text");
            String text = pane.viewModel().textProperty().get();
            span[1] = text.indexOf(' ', 12);
            Bounds first = pane.characterBoundsOnScreen(0, 1).orElseThrow();
            Bounds last = pane.characterBoundsOnScreen(span[1] - 1, span[1]).orElseThrow();
            Node page = scene.lookup("#articleText-1");
            Event.fireEvent(page, FirstFrameDriver.mouse(MouseEvent.MOUSE_PRESSED, FirstFrameDriver.inScene(scene, first.getMinX() + 1, first.getCenterY())));
            Event.fireEvent(page, FirstFrameDriver.mouse(MouseEvent.MOUSE_DRAGGED, FirstFrameDriver.inScene(scene, last.getMaxX() - 1, last.getCenterY())));
            Event.fireEvent(page, FirstFrameDriver.mouse(MouseEvent.MOUSE_RELEASED, FirstFrameDriver.inScene(scene, last.getMaxX() - 1, last.getCenterY())));
            shownFirst[0] = scene.lookup("#tagBar-1") != null && scene.lookup("#tagBar-1").isVisible();
        });
        InlineCssTextArea area = driver.areaAfterTheSwap();
        assertTrue(shownFirst[0], "the bar came by the words selected on the light text");
        assertEquals(span[1], onFx(() -> area.getSelection().getLength()), "the selection is the area's after the swap");
        assertFalse(onFx(() -> area.getScene().lookup("#tagBar-1").isVisible()), "no bar left from the light text once the area shows");

        onFx(() -> {
            area.scrollYBy(30);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(onFx(() -> area.getScene().lookup("#tagBar-1").isVisible()), "nor brought back as the area scrolls");
    }
}
