package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javafx.concurrent.Worker;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.domain.TextSpan;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File › Preview Report shows the real report inside Claimbench (a WebView), with its links and its Open in Browser. */
class ReportPreviewUiTest extends SampleWindowTest {

    private final List<Path> opened = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        open(stage);
        app.context.workbench().setDocumentOpener(opened::add);
    }

    @Test
    void thePreviewShowsTheReportWithTheContradictionAndItsLinksWork(FxRobot robot) throws Exception {
        Claim[] claims = new Claim[2];
        robot.interact(() -> {
            Workspace w = app.workspace();
            Article left = app.context.workbench().panes().get(0).article().orElseThrow();
            Article right = app.context.workbench().panes().get(1).article().orElseThrow();
            String lt = w.text(left.id());
            String rt = w.text(right.id());
            String kremlin = WorkbenchUiTest.KREMLIN_PHRASE;
            String press = WorkbenchUiTest.PRESS_PHRASE;
            claims[0] = w.markClaim(left.id(), new TextSpan(lt.indexOf(kremlin), lt.indexOf(kremlin) + kremlin.length()),
                    w.sourceNamed("Kremlin readout").orElseThrow().id(), "Yuri Ushakov", "");
            claims[1] = w.markClaim(right.id(), new TextSpan(rt.indexOf(press), rt.indexOf(press) + press.length()),
                    w.sourceNamed("Press").orElseThrow().id(), "", "");
            w.addContradiction(claims[0].id(), claims[1].id(), ContradictionKind.FRAMING, "Same call, told to opposite effect");
        });

        // The workbench whole on the screen (an earlier test of this JVM may have left the shared stage partly off it, and the
        // preview, kept on the screen, then cannot cover what lies off it).
        robot.interact(() -> {
            javafx.stage.Window w = app.context.view().getScene().getWindow();
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            w.setX(screen.getMinX());
            w.setY(screen.getMinY());
        });
        robot.clickOn("#fileMenu").clickOn("#menuPreviewReport");
        // The report's title is asked first, the default filled in: Enter takes it.
        robot.lookup("#reportTitle").queryAs(javafx.scene.control.TextField.class);
        // Its label reads on one line: the 48-column field beside it had squeezed it to "Ti / tl / e:".
        javafx.scene.control.Label label = robot.lookup(".label").match((javafx.scene.control.Label l) -> "Title:".equals(l.getText()))
                .queryAs(javafx.scene.control.Label.class);
        assertTrue(onFx(() -> label.getWidth() >= label.prefWidth(-1) - 0.5),
                "the title's label is whole: " + onFx(label::getWidth) + " of " + onFx(() -> label.prefWidth(-1)) + " px");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#reportView").tryQuery().isPresent());
        WebView web = robot.lookup("#reportView").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> onFx(() -> web.getEngine().getLoadWorker().getState()) == Worker.State.SUCCEEDED);

        String text = onFx(() -> (String) web.getEngine().executeScript("document.body.innerText"));
        assertTrue(text.contains("Same call, told to opposite effect"), "the contradiction's note is in the report");
        assertTrue(text.contains(WorkbenchUiTest.KREMLIN_PHRASE) && text.contains(WorkbenchUiTest.PRESS_PHRASE), "both quotes are in it");
        String title = onFx(() -> (String) web.getEngine().executeScript("document.title"));
        assertEquals(org.claimbench.exchange.HtmlReportExporter.defaultTitle(app.workspace(), app.workspace().name()), title,
                "Enter took the default title");
        assertEquals(org.claimbench.settings.AppDirs.DEFAULT_WORKSPACE_NAME, app.workspace().name(), "the workspace the app made for itself");
        assertTrue(title.endsWith("— what each side said") && !title.contains(app.workspace().name()),
                "the event names it, not the internal name of the workspace the app made for itself: " + title);
        assertTrue(robot.lookup("#reportStatus").queryLabeled().getText().contains("as it will be saved"));
        // A clean view: the preview covers the workbench, its toolbar too (its Import and hint showed around the preview's own).
        javafx.stage.Window previewWindow = web.getScene().getWindow();
        javafx.stage.Window workbench = app.context.view().getScene().getWindow();
        javafx.geometry.Bounds toolbar = onFx(() -> robot.lookup("#toolBar").query().localToScreen(robot.lookup("#toolBar").query().getBoundsInLocal()));
        javafx.geometry.Rectangle2D covered = onFx(() -> new javafx.geometry.Rectangle2D(previewWindow.getX(), previewWindow.getY(),
                previewWindow.getWidth(), previewWindow.getHeight()));
        assertTrue(covered.contains(toolbar.getMinX(), toolbar.getMinY()) && covered.contains(toolbar.getMaxX() - 1, toolbar.getMaxY() - 1),
                "the preview " + covered + " covers the workbench's toolbar " + toolbar);
        assertEquals(onFx(workbench::getWidth), onFx(previewWindow::getWidth), 1, "as wide as the workbench");
        Path shown = Path.of(java.net.URI.create(onFx(() -> web.getEngine().getLocation())));
        assertTrue(Files.readString(shown).contains("Same call, told to opposite effect"), "the preview shows the written report file");

        // A link from the contradiction to the passage it quotes leads to that passage in the report.
        String anchor = "#claim-" + claims[0].id();
        robot.interact(() -> web.getEngine().executeScript("document.querySelector('a[href=\"" + anchor + "\"]').click()"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> web.getEngine().getLocation()).endsWith(anchor));
        assertEquals(claims[0].id() + "", onFx(() -> (String) web.getEngine().executeScript(
                "document.getElementById('" + anchor.substring(1) + "') ? '" + claims[0].id() + "' : 'missing'")));

        robot.clickOn("#reportBrowser");
        assertEquals(List.of(shown), opened, "Open in Browser hands the same file to the browser");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#reportView").tryQuery().isPresent(), "Escape closes the preview");
    }

    @Test
    void whenNoBrowserOpensTheReportANarrowPreviewSaysSoAndItsPathCanBeCopied(FxRobot robot) throws Exception {
        app.context.workbench().setDocumentOpener(p -> false);
        robot.clickOn("#fileMenu").clickOn("#menuPreviewReport");
        robot.lookup("#reportTitle").queryAs(javafx.scene.control.TextField.class);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#reportView").tryQuery().isPresent());
        WebView web = robot.lookup("#reportView").query();
        javafx.stage.Window preview = web.getScene().getWindow();
        robot.interact(() -> preview.setWidth(760));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#reportBrowser");
        javafx.scene.control.Labeled status = robot.lookup("#reportStatus").queryLabeled();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> status.getText().startsWith("No browser opened it")));
        Path shown = Path.of(java.net.URI.create(onFx(() -> web.getEngine().getLocation())));
        assertTrue(onFx(() -> status.getText()).contains(shown.toString()), "the message gives the path");
        javafx.geometry.Bounds at = onFx(() -> status.localToScene(status.getLayoutBounds()));
        assertTrue(onFx(() -> status.getScene() == web.getScene() && status.isVisible()) && at.getWidth() > 100
                && at.getMaxX() <= web.getScene().getWidth() + 0.5 && at.getMaxY() <= web.getScene().getHeight() + 0.5,
                "the message is in sight in a 760 px preview, not in the toolbar's overflow: " + at);
        robot.clickOn("#reportCopyPath");
        assertEquals(shown.toString(), onFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
