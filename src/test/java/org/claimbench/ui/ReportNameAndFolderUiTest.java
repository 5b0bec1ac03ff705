package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.domain.TextSpan;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * student59 on a 1024 × 700 screen: Ctrl+R offered "… and 3 other events — what each side said" over claims of one event
 * (the other events' articles had none, and the report says it does not reprint them); the file name offered held an en
 * dash, an em dash, commas and spaces; and the path field showed only its end, so the folder was seen only by pressing Home.
 */
class ReportNameAndFolderUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage, 1024, 700);
    }

    @Test
    void theTitleNamesTheEventsWithClaimsTheFileNameIsPlainAndTheFolderIsShown(FxRobot robot) {
        app.settle();
        List<Article> articles = onFx(() -> List.copyOf(app.context.model().articles()));
        Article marked = articles.get(0);
        onFx(() -> app.workspace().markClaim(marked.id(), new TextSpan(0, 12), app.context.model().sources().get(0).id(), "", ""));
        app.settle();
        robot.interact(() -> app.area(1).requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        app.settle();
        TextInputControl title = robot.lookup("#reportTitle").queryTextInputControl();
        String offered = onFx(() -> title.getText());
        assertFalse(offered.contains("other event"), "only the event with claims is named: " + offered);

        robot.type(KeyCode.ENTER);
        app.settle();
        TextField path = robot.lookup("#savePath").queryAs(TextField.class);
        Path file = Path.of(onFx(() -> path.getText()));
        assertTrue(file.getFileName().toString().matches("[\\p{L}\\p{N}-]+\\.html"), "letters, digits and hyphens: " + file.getFileName());
        Label folderLine = robot.lookup("#savePathFolder").queryAs(Label.class);
        assertTrue(onFx(folderLine::getText).isEmpty() || onFx(() -> textWidth(path) > path.getWidth()), "no folder line while the whole path shows");
        // A folder deep enough that the field shows only the path's end.
        Path deep = home.resolve("the-desk-of-the-evening-edition").resolve("reports-of-the-second-week-of-march").resolve(file.getFileName());
        robot.interact(() -> path.setText(deep.toString()));
        app.settle();
        String folder = onFx(folderLine::getText);
        assertTrue(onFx(() -> textWidth(path) > path.getWidth()), "the path is wider than the field");
        assertTrue(folder.contains(deep.getParent().toString()), "the folder is named where the field shows the path's end: " + folder);
        robot.type(KeyCode.ESCAPE);
        app.settle();
    }

    private static double textWidth(TextField field) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(field.getText());
        t.setFont(field.getFont());
        return t.getLayoutBounds().getWidth();
    }
}
