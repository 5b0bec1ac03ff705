package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.contradictions.ContradictionRow;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reviewing contradictions row after row (↓, C, D): the list and the detail area beside it keep their widths, so the row
 * being read does not move. The area widened for a long pair and narrowed again for the next short one, at every key.
 */
class ContradictionDetailWidthUiTest {

    @TempDir
    static Path home;

    private WorkbenchFixture app;

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.context.close()).get();
        FxToolkit.cleanupStages();
    }

    @Test
    void theListKeepsItsWidthFromRowToRow() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> app = WorkbenchFixture.start(stage, home.resolve("widths"), 1280, 720));
        FxRobot robot = new FxRobot();
        app.settle();
        Workspace w = app.workspace();
        List<Article> articles = onFx(() -> List.copyOf(app.context.model().articles()));
        long source0 = app.context.model().sources().get(0).id();
        long source1 = app.context.model().sources().get(1).id();
        List<Long> pairs = onFx(() -> {
            List<Long> ids = new ArrayList<>();
            // A short pair, a long one (two paragraphs' worth of words on each side), a short one again.
            for (int[] shape : new int[][] {{0, 6}, {400, 110}, {900, 6}}) {
                Claim a = w.markClaim(articles.get(0).id(), words(w.text(articles.get(0).id()), shape[0], shape[1]), source0, "", "");
                Claim b = w.markClaim(articles.get(1).id(), words(w.text(articles.get(1).id()), shape[0], shape[1]), source1, "", "");
                ids.add(w.addContradiction(a.id(), b.id(), ContradictionKind.OTHER, "").id());
            }
            return ids;
        });
        robot.interact(() -> app.context.view().showTab(1));
        app.settle();
        TableView<ContradictionRow> table = robot.lookup("#contradictionsTable").queryTableView();
        List<Double> widths = new ArrayList<>();
        for (int i : new int[] {1, 2, 0, 1, 2}) {
            long id = pairs.get(i);
            robot.interact(() -> table.getSelectionModel().select(table.getItems().stream().filter(r -> r.contradiction().id() == id).findFirst().orElseThrow()));
            app.settle();
            widths.add(table.getWidth());
        }
        assertTrue(widths.get(0) > 300, "the list has room: " + widths);
        for (double width : widths) {
            assertEquals(widths.get(0), width, 1, "the list's width from row to row: " + widths);
        }
    }

    /** About {@code count} words of a text from an offset on, from a word's start to a word's end. */
    private static TextSpan words(String text, int from, int count) {
        int start = text.indexOf(' ', from) + 1;
        while (!Character.isLetter(text.charAt(start))) {
            start++;
        }
        int end = start;
        for (int i = 0; i < count && text.indexOf(' ', end + 1) > 0; i++) {
            end = text.indexOf(' ', end + 1);
        }
        while (!Character.isLetter(text.charAt(end - 1))) {
            end--;
        }
        return new TextSpan(start, end);
    }
}
