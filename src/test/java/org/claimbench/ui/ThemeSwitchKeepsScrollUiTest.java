package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Switching the theme leaves the same line at each pane's top, inside a paragraph too (newcomer37: up to 8 lines back). */
@ExtendWith(ApplicationExtension.class)
class ThemeSwitchKeepsScrollUiTest {

    @TempDir
    static Path home;

    private WorkbenchFixture app;
    private Stage stage;
    private FirstFrameDriver startUp;
    private Path appHome;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        appHome = home.resolve(String.valueOf(System.nanoTime()));
        app = WorkbenchFixture.start(stage, appHome, 1024, 700);
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        if (startUp == null) {
            WaitForAsyncUtils.asyncFx(() -> app.context.close()).get();
        } else {
            startUp.close();
        }
    }

    /**
     * The app's own start-up (light text first, the area a few frames later), then, once the area has taken over, a turn
     * of the mouse wheel in the first pane and at once the theme switched: the same line at the same pixel (round ui41:
     * the first switch after start-up put the text back at the top of the article, or 4 px low).
     */
    @Test
    void theFirstSwitchRightAfterStartUpKeepsTheLineTheWheelScrolledTo(FxRobot robot) throws Exception {
        // The dark theme chosen last time: the app starts in it (the light theme's start kept the place).
        app.settle();
        robot.interact(() -> app.context.model().darkProperty().set(true));
        app.settle();
        WaitForAsyncUtils.asyncFx(() -> app.context.close()).get();
        startUp = new FirstFrameDriver(stage);
        startUp.startAndInTheFirstFrame(appHome, scene -> { });
        InlineCssTextArea area = startUp.areaAfterTheSwap();
        // What three turns of the wheel do (the robot's wheel does not reach the area under Monocle).
        robot.interact(() -> area.scrollYBy(3 * 40 + 7));
        WaitForAsyncUtils.waitForFxEvents();
        double[] before = onFx(() -> place(area));
        assertTrue(before[0] > 0, "the wheel scrolled the text: " + before[0]);
        for (int i = 0; i < 2; i++) {
            robot.interact(() -> startUp.ctx().model().darkProperty().set(!startUp.ctx().model().darkProperty().get()));
            // The put-back holds for 2 s after a switch; the frames of the start-up still coming in meanwhile.
            for (int wait = 0; wait < 25; wait++) {
                WaitForAsyncUtils.sleep(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                WaitForAsyncUtils.waitForFxEvents();
            }
            double[] after = onFx(() -> place(area));
            assertEquals(before[0], after[0], "the same line at the top after switch " + (i + 1));
            assertEquals(before[1], after[1], 0.5, "where it was, to the pixel, after switch " + (i + 1));
        }
    }

    /** The character at the area's top left and how far (px) below the area's top its line is drawn. */
    private static double[] place(InlineCssTextArea area) {
        int at = area.hit(1, 1).getInsertionIndex();
        double whole = area.localToScreen(area.getBoundsInLocal()).getMinY();
        // NaN: the character is not drawn where the hit found it (nothing of it in sight).
        return new double[] {at, area.getCharacterBoundsOnScreen(at, at + 1).map(b -> b.getMinY() - whole).orElse(Double.NaN)};
    }

    @Test
    void aPaneScrolledIntoAParagraphStaysThereWhenTheThemeIsSwitched(FxRobot robot) {
        app.settle();
        InlineCssTextArea area = app.area(1);
        robot.interact(() -> area.showParagraphAtTop(2));
        app.settle();
        // A line and a half into it (the paragraph is several lines long in a pane of half the window).
        robot.interact(() -> area.scrollYBy(30));
        app.settle();
        double[] before = onFx(() -> place(area));
        int paragraph = onFx(() -> area.offsetToPosition((int) before[0], org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor());
        assertTrue(paragraph == 2 && onFx(() -> area.getParagraphs().get(2).length()) > 0 && before[0] > onFx(() -> area.getAbsolutePosition(2, 0)),
                "the line at the top is inside a paragraph, not its first: " + before[0] + " in paragraph " + paragraph);
        for (int i = 0; i < 4; i++) {
            robot.interact(() -> app.context.model().darkProperty().set(!app.context.model().darkProperty().get()));
            app.settle();
            double[] after = onFx(() -> place(area));
            assertEquals(before[0], after[0], "the same line at the top after switch " + (i + 1));
            // To the pixel: it came back up to 9 px higher (half the line cut) when the areas measured their paragraphs again
            // a pulse or more after the put-back (after other tests in the same JVM).
            assertEquals(before[1], after[1], 0.5, "where it was, to the pixel, after switch " + (i + 1));
        }
    }
}
