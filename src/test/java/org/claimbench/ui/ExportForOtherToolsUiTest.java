package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Export for Other Tools: each export offers a file name of its own (two JSON-LD exports are never offered
 * the same file), and ClaimReview with no verdict given says how to give one instead of writing an empty list.
 * The save dialog is the desktop's own; the user's answer is given here ({@link FileChoices}), the export is real.
 */
class ExportForOtherToolsUiTest extends SampleWindowTest {

    private final List<String> offered = new ArrayList<>();
    private Path out;

    @Start
    void start(Stage stage) {
        open(stage);
        app.context.workbench().setFileChoices(WorkbenchFixture.savingTo(initialName -> {
            offered.add(initialName);
            out = home.resolve(System.nanoTime() + "-" + initialName);
            return out;
        }));
    }

    private void choose(FxRobot robot, String id) {
        MenuItem item = onFx(() -> ((MenuBar) robot.lookup("#menuBar").query()).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).flatMap(i -> i instanceof Menu sub ? sub.getItems().stream() : java.util.stream.Stream.of(i))
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow());
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void claimReviewWithNoVerdictSaysHowToGiveOneAndWritesNothing(FxRobot robot) {
        choose(robot, "menuExportClaimReview");
        assertTrue(offered.isEmpty(), "no file asked for");
        String header = ((javafx.scene.control.DialogPane) robot.lookup(".dialog-pane").query()).getHeaderText();
        String text = ((javafx.scene.control.DialogPane) robot.lookup(".dialog-pane").query()).getContentText();
        assertEquals("No verdicts to export", header);
        assertTrue(text.contains("press V"), text);
        robot.interact(() -> robot.lookup(".dialog-pane").query().getScene().getWindow().hide());
    }

    @Test
    void theTwoJsonLdExportsOfferFilesOfTheirOwnAndClaimReviewHoldsTheVerdict(FxRobot robot) throws Exception {
        choose(robot, "menuExportW3c");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> out != null && Files.exists(out));
        Claim c = onFx(() -> {
            long article = app.workspace().articles().get(0).id();
            Claim marked = app.workspace().markClaim(article, new TextSpan(0, 20), app.context.model().sources().get(0).id(), "", "");
            app.workspace().setVerdict(marked.id(), app.workspace().ratingScale().get(0), "checked", "desk");
            return marked;
        });
        out = null;
        choose(robot, "menuExportClaimReview");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> out != null && Files.exists(out) && Files.size(out) > 10);
        String name = app.workspace().name();
        assertEquals(List.of(name + "-annotations.jsonld", name + "-claimreview.jsonld"), offered);
        assertTrue(Files.readString(out).contains("checked"), "the verdict of claim " + c.id() + " is in the ClaimReview file");
    }
}
