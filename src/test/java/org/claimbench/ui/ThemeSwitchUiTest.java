package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Switching the theme re-lays the articles' text out: every paragraph below the one before it, in both themes. */
class ThemeSwitchUiTest {

    @TempDir
    static Path home;

    private WorkbenchFixture app;

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.context.close()).get();
        FxToolkit.cleanupStages();
    }

    @Test
    void afterEachSwitchOfTheThemeNoParagraphOfAPaneIsDrawnOverAnother() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> app = WorkbenchFixture.start(stage, home, 1440, 1000));
        FxRobot robot = new FxRobot();
        app.settle();
        for (int pane = 1; pane <= 2; pane++) {
            assertNoOverlap(app.area(pane), "pane " + pane + " before any switch");
        }
        for (int i = 0; i < 3; i++) {
            // The first frame after the switch is checked as it is drawn (after the layout, before rendering), not only later.
            java.util.concurrent.CompletableFuture<String> firstFrame = new java.util.concurrent.CompletableFuture<>();
            robot.interact(() -> {
                app.context.model().darkProperty().set(!app.context.model().darkProperty().get());
                javafx.scene.Scene scene = stage.getScene();
                Runnable[] check = new Runnable[1];
                check[0] = () -> {
                    scene.removePostLayoutPulseListener(check[0]);
                    try {
                        assertNoOverlap(app.area(1), "the first frame after the switch");
                        firstFrame.complete("");
                    } catch (Throwable e) {
                        firstFrame.complete(e.getMessage());
                    }
                };
                scene.addPostLayoutPulseListener(check[0]);
            });
            app.settle();
            assertEquals("", firstFrame.get(5, java.util.concurrent.TimeUnit.SECONDS));
            for (int pane = 1; pane <= 2; pane++) {
                assertNoOverlap(app.area(pane), "pane " + pane + " after switch " + (i + 1));
            }
        }
        // Further down, paragraphs not shown at the switch: laid out anew too when they come into view.
        for (int pane = 1; pane <= 2; pane++) {
            InlineCssTextArea area = app.area(pane);
            robot.interact(() -> area.showParagraphAtTop(area.getParagraphs().size() / 2));
            WaitForAsyncUtils.waitForFxEvents();
            assertNoOverlap(area, "pane " + pane + " scrolled to its middle after the switches");
            robot.interact(() -> area.showParagraphAtTop(area.getParagraphs().size() * 3 / 4));
            WaitForAsyncUtils.waitForFxEvents();
            assertNoOverlap(area, "pane " + pane + " scrolled further after the switches");
        }
    }

    /** Paragraph boxes touch by a pixel (their bounds hold the line spacing); a line drawn over another is 15 px or more. */
    private static void assertNoOverlap(InlineCssTextArea area, String when) throws Exception {
        java.util.concurrent.Callable<List<Bounds>> read = () -> area.lookupAll(".paragraph-box").stream()
                .filter(Node::isVisible).map(n -> n.localToScene(n.getBoundsInLocal()))
                .sorted(Comparator.comparingDouble(Bounds::getMinY)).toList();
        List<Bounds> boxes = javafx.application.Platform.isFxApplicationThread() ? read.call() : WaitForAsyncUtils.asyncFx(read).get();
        assertTrue(boxes.size() >= 2, when + ": paragraphs shown " + boxes.size());
        for (int i = 1; i < boxes.size(); i++) {
            assertTrue(boxes.get(i).getMinY() >= boxes.get(i - 1).getMaxY() - 2,
                    when + ": paragraph " + i + " starts at " + boxes.get(i).getMinY() + " inside the one before it, which ends at " + boxes.get(i - 1).getMaxY());
        }
    }
}
