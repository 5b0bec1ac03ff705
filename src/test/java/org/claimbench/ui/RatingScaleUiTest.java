package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File › Verdict Ratings: a list to add to, reorder and prune; the claims table's verdict filter follows. */
class RatingScaleUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void ratingsAreAddedMovedAndRemovedAndAVerdictKeepsItsRating(FxRobot robot) {
        robot.interact(() -> {
            Article a = app.context.workbench().panes().get(0).article().orElseThrow();
            String t = app.workspace().text(a.id());
            Claim c = app.workspace().markClaim(a.id(), new TextSpan(0, t.indexOf(' ', 20)), app.workspace().sources().get(0).id(), "", "");
            app.workspace().setVerdict(c.id(), "Unverifiable", "", "");
        });
        robot.clickOn("#fileMenu").clickOn("#menuRatingScale");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<String> list = robot.lookup("#ratingList").queryListView();
        assertEquals(List.of("True", "Mostly true", "Misleading", "Mostly false", "False", "Unverifiable"), List.copyOf(list.getItems()));

        robot.clickOn("#newRating").write("Satire").type(KeyCode.ENTER);
        assertEquals("Satire", list.getItems().get(list.getItems().size() - 1), "added after the selection, or last");
        robot.clickOn("#newRating").write("satire").type(KeyCode.ENTER);
        assertTrue(robot.lookup("#ratingProblem").queryLabeled().getText().contains("on the scale already"));
        robot.clickOn("#newRating").eraseText(6);

        robot.interact(() -> list.getSelectionModel().select("Satire"));
        robot.clickOn("#ratingUp").clickOn("#ratingUp");
        assertEquals(4, list.getItems().indexOf("Satire"));
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select("Unverifiable");
        });
        robot.type(KeyCode.DELETE);
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        List<String> expected = List.of("True", "Mostly true", "Misleading", "Mostly false", "Satire", "False");
        assertEquals(expected, app.workspace().ratingScale(), "stored in the workspace");
        assertEquals("Unverifiable", app.workspace().verdicts().get(0).rating(), "a verdict keeps its rating");
        ComboBox<String> filter = robot.lookup("#claimsVerdictFilter").queryComboBox();
        assertTrue(filter.getItems().containsAll(expected) && !filter.getItems().contains("Unverifiable"), filter.getItems().toString());
    }

    @Test
    void aNewVerdictOffersTheLastReviewersName(FxRobot robot) throws Exception {
        Claim[] two = new Claim[2];
        robot.interact(() -> {
            Article a = app.context.workbench().panes().get(0).article().orElseThrow();
            String t = app.workspace().text(a.id());
            two[0] = app.workspace().markClaim(a.id(), new TextSpan(0, t.indexOf(' ', 20)), app.workspace().sources().get(0).id(), "", "");
            two[1] = app.workspace().markClaim(a.id(), new TextSpan(t.indexOf(' ', 40) + 1, t.indexOf(' ', 60)), app.workspace().sources().get(1).id(), "", "");
            app.workspace().setVerdict(two[0].id(), "False", "Contradicted by the log.", "Rosa Lind");
        });
        robot.clickOn("#claimsTab");
        javafx.scene.control.TableView<?> table = robot.lookup("#claimsTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        int second = java.util.stream.IntStream.range(0, 2)
                .filter(i -> ((org.claimbench.ui.claims.ClaimRow) table.getItems().get(i)).id() == two[1].id()).findFirst().orElseThrow();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(second);
        });
        robot.clickOn("#editMenu").clickOn("#menuVerdict");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Rosa Lind", robot.lookup("#editClaimReviewer").queryAs(javafx.scene.control.TextField.class).getText(),
                "the reviewer of the latest verdict, not typed again at each claim");
        ComboBox<String> rating = robot.lookup("#editClaimVerdict").queryComboBox();
        robot.interact(() -> rating.setValue("Misleading"));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Rosa Lind", app.workspace().verdict(two[1].id()).orElseThrow().reviewer());
    }
}
