package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.domain.ContradictionStatus;
import org.claimbench.domain.TextSpan;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The Contradictions tab answers to the keys its help line names, each doing what it says there, and to no other letter. */
class ContradictionKeysUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void everyKeyTheTabAnswersToIsNamedInItsHelpLineAndALetterItDoesNotNameDoesNothing(FxRobot robot) {
        app.settle();
        Workspace w = app.workspace();
        Article article = onFx(() -> app.context.model().articles().get(0));
        long id = onFx(() -> {
            Claim one = w.markClaim(article.id(), new TextSpan(0, 6), app.context.model().sources().get(0).id(), "", "");
            Claim two = w.markClaim(article.id(), new TextSpan(10, 20), app.context.model().sources().get(1).id(), "", "");
            return w.addContradiction(one.id(), two.id(), ContradictionKind.OTHER, "").id();
        });
        robot.clickOn("#contradictionsTab");
        TableView<?> table = robot.lookup("#contradictionsTable").queryTableView();
        robot.interact(() -> {
            table.getSelectionModel().select(0);
            table.requestFocus();
        });
        app.settle();
        // The line keeps each key with its words (no-break spaces inside a key's words).
        String hint = robot.lookup("#contradictionsKeysHint").queryAs(Label.class).getText().replace('\u00a0', ' ');
        for (String named : List.of("C confirm", "D dismiss", "↑↓ choose", "Enter shows them again", "F2 edit", "Del delete")) {
            assertTrue(hint.contains(named), "the help line names " + named + ": " + hint);
        }
        int windows = robot.listWindows().size();
        // Letters a newcomer tries ("view", "edit") and the tab does not name: nothing opens, nothing changes.
        for (KeyCode letter : List.of(KeyCode.V, KeyCode.E)) {
            robot.type(letter);
            app.settle();
            assertEquals(windows, robot.listWindows().size(), letter + " opens no dialog");
            assertEquals(ContradictionStatus.OPEN, status(w, id), letter + " changes nothing");
        }
        robot.type(KeyCode.F2);
        app.settle();
        assertEquals(windows + 1, robot.listWindows().size(), "F2 opens the edit dialog, as named");
        robot.type(KeyCode.ESCAPE);
        app.settle();
        assertEquals(windows, robot.listWindows().size());
        robot.interact(table::requestFocus);
        robot.type(KeyCode.C);
        app.settle();
        assertEquals(ContradictionStatus.CONFIRMED, status(w, id), "C confirms, as named");
    }

    private static ContradictionStatus status(Workspace w, long id) {
        return onFx(() -> w.contradictions().stream().filter(x -> x.id() == id).findFirst().orElseThrow().status());
    }
}
