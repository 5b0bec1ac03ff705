package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The export's own Save dialog (factcheck54: the system's chooser lay above a 720 px screen and never took the keyboard):
 * Ctrl+R, Enter on the title, Enter on the path offered writes the report beside the workspace; a file of the name there
 * is replaced only after the dialog said so and Enter was pressed again; a folder no file can be made in is named, with
 * what to do, and nothing is written. The window is the real one at 1280 × 720 with the app's own
 * file choices (nothing stands in for a dialog); Browse…, the system's chooser, is not pressed.
 */
class ExportSaveDialogUiTest extends SampleWindowTest {

    private Path desk;

    @Start
    void start(Stage stage) {
        // The app's own file choices, as a user gets them: nothing stands in for a dialog.
        open(stage, 1280, 720);
    }

    private void key(FxRobot robot, KeyCode... chord) {
        robot.press(chord);
        List<KeyCode> reverse = new ArrayList<>(List.of(chord));
        java.util.Collections.reverse(reverse);
        robot.release(reverse.toArray(KeyCode[]::new));
        app.settle();
    }

    /** Ctrl+N, the path of a new workspace typed into the dialog, Enter: the workspace is in a folder of the test's own. */
    private Path newWorkspace(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(home.resolve("desk-" + System.nanoTime()));
        desk = folder.resolve("desk.claimbench");
        key(robot, KeyCode.CONTROL, KeyCode.N);
        TextField path = robot.lookup("#savePath").queryAs(TextField.class);
        robot.interact(() -> path.setText(desk.toString()));
        key(robot, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.context.model().workspace().map(w -> w.file().equals(desk)).orElse(false));
        app.settle();
        return folder;
    }

    /** Ctrl+R and Enter on the title offered: the Save dialog shows; its path field. */
    private TextField reportDialog(FxRobot robot) {
        key(robot, KeyCode.CONTROL, KeyCode.R);
        robot.lookup("#reportTitle").queryTextInputControl();
        key(robot, KeyCode.ENTER);
        return robot.lookup("#savePath").queryAs(TextField.class);
    }

    private String status() {
        return onFx(() -> app.context.workbench().statusProperty().get());
    }

    @Test
    void theReportIsWrittenByEnterAloneBesideTheWorkspace(FxRobot robot) throws Exception {
        Path folder = newWorkspace(robot);
        TextField path = reportDialog(robot);
        Path offered = Path.of(onFx(() -> path.getText()));
        assertEquals(folder, offered.getParent(), "offered in the workspace's folder");
        assertTrue(offered.getFileName().toString().endsWith(".html"), offered.toString());
        assertTrue(onFx(path::isFocused), "the field has the keyboard");
        javafx.geometry.Bounds onScreen = onFx(() -> path.getScene().getWindow().getHeight() <= 720 ? path.localToScreen(path.getBoundsInLocal()) : null);
        assertTrue(onScreen != null && onScreen.getMinY() >= 0 && onScreen.getMaxY() <= 720, "the field is on a 720 px screen: " + onScreen);

        Button browse = robot.lookup("#savePathBrowse").queryAs(Button.class);
        assertTrue(onFx(() -> browse.getWidth() >= browse.prefWidth(-1) - 0.5), "Browse… is drawn whole beside the long path");
        key(robot, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(offered));
        app.settle();
        assertTrue(Files.readString(offered).contains("<html"), "a report was written");
        assertTrue(status().contains(offered.toString()) && status().contains("No browser opened the report"), status());
        assertTrue(robot.lookup("#savePath").tryQuery().isEmpty(), "the dialog closed");
    }

    /**
     * The report's save dialog says what it saves, as the app's other dialogs say what they ask: a header with the title the
     * user just gave the report and what the page holds, the line over the path asking where (stop 61: no header, the line
     * "Save the report as (HTML): the path …" named neither the report nor its title).
     */
    @Test
    void theReportsSaveDialogNamesTheReportByItsTitleAndAsksWhere(FxRobot robot) throws Exception {
        newWorkspace(robot);
        key(robot, KeyCode.CONTROL, KeyCode.R);
        TextField title = (TextField) robot.lookup("#reportTitle").queryTextInputControl();
        robot.interact(() -> title.setText("Harbour talks as each side told them"));
        key(robot, KeyCode.ENTER);
        javafx.scene.control.DialogPane pane = robot.lookup("#savePathDialog").queryAs(javafx.scene.control.DialogPane.class);
        String header = onFx(pane::getHeaderText);
        assertTrue(header != null && header.startsWith("The report \u201cHarbour talks as each side told them\u201d")
                && header.contains("HTML page"), "the header names the report and what it holds: " + header);
        assertTrue(onFx(() -> pane.lookup(".header-panel") != null && pane.lookup(".header-panel").isVisible()), "the header is drawn");
        assertEquals("Save the report", onFx(() -> ((Stage) pane.getScene().getWindow()).getTitle()));
        String asks = robot.lookup("#savePathPrompt").queryLabeled().getText();
        assertTrue(asks.startsWith("Where to save it (HTML)") && asks.contains("Browse"), asks);
        key(robot, KeyCode.ESCAPE);
        assertTrue(robot.lookup("#savePath").tryQuery().isEmpty(), "Esc closes the dialog");
    }

    /**
     * At 1024 × 700, with a title as long as the default one (about 70 characters), the report's save dialog fits the window:
     * its header, the title and some 150 characters of what the report holds, wraps (review of round ui62).
     */
    @Test
    void theReportsSaveDialogWithALongTitleFitsA1024By700Window(FxRobot robot) throws Exception {
        newWorkspace(robot);
        Stage main = (Stage) onFx(() -> javafx.stage.Window.getWindows().get(0));
        robot.interact(() -> {
            main.setWidth(1024);
            main.setHeight(700);
        });
        key(robot, KeyCode.CONTROL, KeyCode.R);
        TextField title = (TextField) robot.lookup("#reportTitle").queryTextInputControl();
        String longTitle = "Ferry fares across the strait, 2026-03-14 and 2 other events: the sides";
        robot.interact(() -> title.setText(longTitle));
        key(robot, KeyCode.ENTER);
        javafx.scene.control.DialogPane pane = robot.lookup("#savePathDialog").queryAs(javafx.scene.control.DialogPane.class);
        javafx.stage.Window dialog = onFx(() -> pane.getScene().getWindow());
        String said = onFx(() -> "dialog " + dialog.getWidth() + " × " + dialog.getHeight() + ", header text " + pane.getHeaderText().length() + " characters");
        assertTrue(onFx(dialog::getWidth) <= 1024 && onFx(dialog::getHeight) <= 700, "the dialog fits the 1024 × 700 window: " + said);
        assertTrue(onFx(() -> pane.lookup(".header-panel").lookupAll(".text").stream()
                .mapToDouble(n -> n.getLayoutBounds().getHeight()).max().orElse(0)) > 20, "the header wraps onto lines: " + said);
        key(robot, KeyCode.ESCAPE);
    }

    @Test
    void aFileOfTheNameIsReplacedOnlyAfterTheDialogAskedAndEnterAgain(FxRobot robot) throws Exception {
        newWorkspace(robot);
        TextField path = reportDialog(robot);
        Path offered = Path.of(onFx(() -> path.getText()));
        Files.writeString(offered, "kept until the user says replace");

        key(robot, KeyCode.ENTER);
        String message = robot.lookup("#savePathMessage").queryLabeled().getText();
        assertTrue(robot.lookup("#savePathMessage").query().isVisible() && message.contains("already exists") && message.contains("Replace"), message);
        assertEquals("Replace", robot.lookup("#savePathSave").queryAs(Button.class).getText());
        assertEquals("kept until the user says replace", Files.readString(offered), "nothing written yet");

        key(robot, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.readString(offered).contains("<html"));
        assertTrue(robot.lookup("#savePath").tryQuery().isEmpty(), "the dialog closed");
    }

    @Test
    void aFolderNoFileCanBeMadeInSaysWhatToDoAndNothingIsWritten(FxRobot robot) throws Exception {
        newWorkspace(robot);
        Path locked = Files.createDirectories(home.resolve("locked-" + System.nanoTime()));
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        if (Files.isWritable(locked)) {
            // Run by an administrator, whom no permission stops: a folder of the system's that takes no file from anyone.
            locked = Path.of("/proc");
        }
        Path target = locked.resolve("talks-report.html");
        TextField path = reportDialog(robot);
        robot.interact(() -> path.setText(target.toString()));
        key(robot, KeyCode.ENTER);
        String message = robot.lookup("#savePathMessage").queryLabeled().getText();
        assertTrue(message.contains("You cannot write in " + locked) && message.contains("Browse"), message);
        assertFalse(Files.exists(target), "nothing written");
        assertTrue(onFx(path::isFocused), "the keyboard stays in the path to correct it");

        key(robot, KeyCode.ESCAPE);
        assertTrue(robot.lookup("#savePath").tryQuery().isEmpty(), "Esc closes the dialog");
        assertFalse(Files.exists(target), "nothing written");
        assertFalse(status().startsWith("No browser opened the report"), status());
    }

    /** File › Export Claims and Contradictions as CSV…, as a click on the item does (the dialog waits in a nested loop). */
    private TextField csvDialog(FxRobot robot) {
        javafx.scene.control.MenuItem item = onFx(() -> ((javafx.scene.control.MenuBar) robot.lookup("#menuBar").query()).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menuExportCsv".equals(i.getId())).findFirst().orElseThrow());
        javafx.application.Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#savePath").queryAs(TextField.class);
    }

    @Test
    void theCsvFilesGoToTheFolderOfferedByEnterAndAreReplacedOnlyAfterTheDialogAsked(FxRobot robot) throws Exception {
        Path folder = newWorkspace(robot);
        TextField path = csvDialog(robot);
        assertEquals(folder.toString(), onFx(path::getText), "the workspace's folder is offered");
        assertTrue(onFx(path::isFocused), "the field has the keyboard");
        assertEquals("Export", robot.lookup("#savePathSave").queryAs(Button.class).getText());
        key(robot, KeyCode.ENTER);
        Path claims = folder.resolve("claims.csv");
        Path contradictions = folder.resolve("contradictions.csv");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(claims) && Files.exists(contradictions));
        app.settle();
        assertTrue(robot.lookup("#savePath").tryQuery().isEmpty(), "the dialog closed");
        assertTrue(status().contains("2 CSV files") && status().contains(folder.toString()), status());

        Files.writeString(claims, "kept until the user says replace");
        Files.delete(contradictions);
        csvDialog(robot);
        key(robot, KeyCode.ENTER);
        String message = robot.lookup("#savePathMessage").queryLabeled().getText();
        assertTrue(message.contains("\u201cclaims.csv\u201d already exists") && message.contains("Replace"), message);
        assertFalse(message.contains("\u201ccontradictions.csv\u201d already"), "only the files there are named: " + message);
        assertEquals("Replace", robot.lookup("#savePathSave").queryAs(Button.class).getText());
        assertEquals("kept until the user says replace", Files.readString(claims), "nothing written yet");
        key(robot, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !Files.readString(claims).startsWith("kept"));
        assertTrue(robot.lookup("#savePath").tryQuery().isEmpty(), "the dialog closed");
    }

    @Test
    void aCsvFolderThatWillNotTakeTheFilesIsNamedBeforeAnythingIsWritten(FxRobot robot) throws Exception {
        Path folder = newWorkspace(robot);
        TextField path = csvDialog(robot);
        Path missing = folder.resolve("no-such-folder");
        robot.interact(() -> path.setText(missing.toString()));
        key(robot, KeyCode.ENTER);
        String message = robot.lookup("#savePathMessage").queryLabeled().getText();
        assertTrue(message.contains("There is no folder " + missing) && message.contains("Browse"), message);
        robot.interact(() -> path.setText("/proc"));
        key(robot, KeyCode.ENTER);
        message = robot.lookup("#savePathMessage").queryLabeled().getText();
        assertTrue(message.contains("You cannot write in /proc"), message);
        assertTrue(onFx(path::isFocused), "the keyboard stays in the path to correct it");
        key(robot, KeyCode.ESCAPE);
        assertTrue(robot.lookup("#savePath").tryQuery().isEmpty(), "Esc closes the dialog");
        assertFalse(Files.exists(folder.resolve("claims.csv")), "nothing written");
    }
}
