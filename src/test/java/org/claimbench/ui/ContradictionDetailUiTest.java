package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Contradictions tab reads whole: the chosen contradiction's reason and both claims in the area under the list, a note
 * cut in its column in a tooltip; C says what it did before naming the next pair (newcomer37).
 */
@ExtendWith(ApplicationExtension.class)
class ContradictionDetailUiTest {

    private static final String REASON = "One side says the vote was postponed to spring while the other says it was held on "
            + "Tuesday as planned, and both speak of the same council sitting.";

    @TempDir
    static Path home;

    private WorkbenchFixture app;

    @Start
    void start(Stage stage) {
        app = WorkbenchFixture.start(stage, home.resolve(String.valueOf(System.nanoTime())));
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.context.close()).get();
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
}
