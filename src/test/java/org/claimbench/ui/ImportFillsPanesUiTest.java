package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Files imported into a workspace whose panes are empty fill every empty pane, one article each, in the files' order
 * (analyst54 imported three files into a new workspace and the second pane stayed empty).
 */
class ImportFillsPanesUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void threeFilesImportedIntoANewWorkspaceFillBothPanes(FxRobot robot) throws Exception {
        app.settle();
        Path dir = Files.createDirectories(home.resolve("files" + System.nanoTime()));
        Path fresh = dir.resolve("new.claimbench");
        robot.interact(() -> app.context.session().create(fresh, app.context.workbench().opened()));
        app.settle();
        assertEquals(List.of("", ""), shownTitles(), "a new workspace: two empty panes");
        Path first = Files.writeString(dir.resolve("a-harbour.txt"), "Harbour fees rise in May\n\nThe port authority said fees would rise in May.");
        Path second = Files.writeString(dir.resolve("b-ferry.txt"), "Ferry line resumes on Friday\n\nThe ferry board said crossings resume on Friday.");
        Path third = Files.writeString(dir.resolve("c-pier.txt"), "Pier stays shut all summer\n\nThe council said the pier stays shut all summer.");
        robot.interact(() -> app.context.workbench().importFiles(List.of(first, second, third)));
        app.settle();
        assertEquals(3, onFx(() -> app.workspace().articles().size()));
        assertEquals(List.of("Harbour fees rise in May", "Ferry line resumes on Friday"), shownTitles(), "each empty pane took one, in order");
    }

    private List<String> shownTitles() {
        return onFx(() -> app.context.workbench().panes().stream().map(p -> p.article().map(Article::title).orElse("")).toList());
    }
}
