package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The Contradictions tab reads whole: the chosen contradiction's reason and both claims in the area under the list, a note
 * cut in its column in a tooltip; C says what it did before naming the next pair (newcomer37).
 */
class ContradictionDetailUiTest extends SampleWindowTest {

    private static final String REASON = "One side says the vote was postponed to spring while the other says it was held on "
            + "Tuesday as planned, and both speak of the same council sitting.";

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open(stage);
    }

    @Test
    void theChosenContradictionReadsWholeAndCSaysWhatItConfirmedBeforeTheNext(FxRobot robot) {
        app.settle();
        Workspace w = app.workspace();
        Article article = onFx(() -> app.context.model().articles().get(0));
        Claim[] claims = onFx(() -> {
            long s1 = app.context.model().sources().get(0).id();
            long s2 = app.context.model().sources().get(1).id();
            Claim one = w.markClaim(article.id(), new org.claimbench.domain.TextSpan(0, 30), s1, "", "");
            Claim two = w.markClaim(article.id(), new org.claimbench.domain.TextSpan(40, 90), s2, "", "");
            Claim three = w.markClaim(article.id(), new org.claimbench.domain.TextSpan(100, 140), s2, "", "");
            w.addContradiction(one.id(), two.id(), ContradictionKind.OTHER, REASON);
            w.addContradiction(one.id(), three.id(), ContradictionKind.OTHER, "");
            return new Claim[] {one, two};
        });
        robot.clickOn("#contradictionsTab");
        TableView<?> table = robot.lookup("#contradictionsTable").queryTableView();
        robot.interact(() -> {
            table.getSelectionModel().select(0);
            table.requestFocus();
        });
        app.settle();
        String detail = robot.lookup("#contradictionDetail").queryAs(Label.class).getText();
        assertTrue(detail.contains(REASON), "the reason in full: " + detail);
        assertTrue(detail.contains(claims[0].exact().replace('\n', ' ')) && detail.contains(claims[1].exact().replace('\n', ' ')),
                "both claims in full: " + detail);
        TableCell<?, ?> noteCell = robot.lookup(".table-cell").match((TableCell<?, ?> c) -> REASON.equals(c.getText())).query();
        assertEquals(REASON, onFx(() -> noteCell.getTooltip() == null ? null : noteCell.getTooltip().getText()), "the note's tooltip");

        robot.type(KeyCode.C);
        app.settle();
        String status = onFx(() -> app.context.workbench().statusProperty().get());
        assertTrue(status.startsWith("Confirmed the "), "what was done first: " + status);
        assertTrue(status.contains(" · Next: "), "then the next pair: " + status);
    }

    @Test
    void inAShortWindowTheChosenContradictionReadsWholeWithoutScrolling(FxRobot robot) {
        app.settle();
        Workspace w = app.workspace();
        Article article = onFx(() -> app.context.model().articles().get(0));
        String text = w.text(article.id());
        onFx(() -> {
            long s1 = app.context.model().sources().get(0).id();
            long s2 = app.context.model().sources().get(1).id();
            // Two long claims, a sentence or two each, as fact-checkers mark them, and a long reason.
            Claim one = w.markClaim(article.id(), new org.claimbench.domain.TextSpan(0, Math.min(200, text.length() / 3)), s1, "", "");
            Claim two = w.markClaim(article.id(), new org.claimbench.domain.TextSpan(text.length() / 2, text.length() / 2 + 200), s2, "", "");
            w.addContradiction(one.id(), two.id(), ContradictionKind.OTHER, REASON);
            return one;
        });
        robot.clickOn("#contradictionsTab");
        TableView<?> table = robot.lookup("#contradictionsTable").queryTableView();
        for (double[] size : new double[][] {{1024, 700}, {1280, 720}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            robot.interact(() -> {
                table.getSelectionModel().select(0);
                table.requestFocus();
            });
            app.settle();
            Label detail = robot.lookup("#contradictionDetail").queryAs(Label.class);
            javafx.scene.control.ScrollPane area = robot.lookup("#contradictionDetailScroll").queryAs(javafx.scene.control.ScrollPane.class);
            String at = (int) size[0] + " × " + (int) size[1] + ": ";
            assertTrue(detail.getText().contains(REASON), at + detail.getText());
            double shown = onFx(() -> area.getViewportBounds().getHeight());
            double needed = onFx(() -> detail.getHeight());
            assertTrue(needed <= shown + 0.5, at + "the reason and both claims read without scrolling: " + needed + " px in " + shown);
            javafx.geometry.Bounds inScene = onFx(() -> area.localToScene(area.getLayoutBounds()));
            assertTrue(inScene.getMaxY() <= stage.getScene().getHeight() + 0.5 && inScene.getMaxX() <= stage.getScene().getWidth() + 0.5,
                    at + "the area is inside the window: " + inScene);
            javafx.scene.Node row = onFx(() -> table.lookupAll(".table-row-cell").stream()
                    .filter(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getIndex() == 0).findFirst().orElseThrow());
            javafx.geometry.Bounds rowIn = onFx(() -> row.localToScene(row.getLayoutBounds()));
            javafx.geometry.Bounds tableIn = onFx(() -> table.localToScene(table.getLayoutBounds()));
            assertTrue(rowIn.getMaxY() <= tableIn.getMaxY() + 0.5, at + "the chosen row is still in sight in the list");
        }
    }
}
