package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.event.Event;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.claimbench.domain.ContradictionStatus;
import org.claimbench.ui.suggestions.ContradictionSuggestionRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A review key held down acts on one row (audit r57, in a real window: D held one second dismissed twelve suggested
 * contradictions, each press choosing the next row before it was shown). A held key repeats its press with no release
 * between (the system's auto-repeat); headless Monocle does not repeat a key, so the repeats are delivered here as the
 * window system delivers them, as key presses to the control that has the keyboard, between the robot's press and release.
 */
class HeldKeyReviewUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        openWithBackgroundThread(stage);
    }

    /** The samples' suggestions computed and every suggested claim accepted, so that contradictions are suggested. */
    private void ready() throws Exception {
        suggestionsReady();
        robot().interact(() -> app.context.workbench().suggestions().acceptAll(List.copyOf(app.context.workbench().suggestions().filter().shown())));
        app.settle();
    }

    private static FxRobot robot() {
        return new FxRobot();
    }

    /** Holds {@code code} down while the system repeats its press {@code repeats} times, then lets it go. */
    private void hold(FxRobot robot, javafx.scene.Node inWindow, KeyCode code, int repeats) {
        robot.press(code);
        app.settle();
        for (int i = 0; i < repeats; i++) {
            robot.interact(() -> {
                javafx.scene.Node keyboard = inWindow.getScene().getFocusOwner();
                Event.fireEvent(keyboard, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
            });
            app.settle();
        }
        robot.release(code);
        app.settle();
    }

    /** Ctrl+4: the suggested contradictions' list, with the keyboard and its first row chosen. */
    private TableView<ContradictionSuggestionRow> suggestedContradictions(FxRobot robot) throws Exception {
        ready();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        app.settle();
        TableView<ContradictionSuggestionRow> table = robot.lookup("#contradictionSuggestionsTable").queryTableView();
        assertTrue(onFx(() -> table.getItems().size()) >= 8, "the samples give suggested contradictions");
        chooseFirstRow(robot, table);
        return table;
    }

    /** Gives {@code table} the keyboard, its first row chosen. */
    private void chooseFirstRow(FxRobot robot, TableView<?> table) {
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(0);
        });
        app.settle();
    }

    private static List<Object> pairs(TableView<ContradictionSuggestionRow> table) {
        return onFx(() -> table.getItems().stream().map(r -> (Object) List.of(r.a().id(), r.b().id())).toList());
    }

    @Test
    void dHeldWhileItRepeatsDismissesOnlyTheSuggestedContradictionShown(FxRobot robot) throws Exception {
        TableView<ContradictionSuggestionRow> table = suggestedContradictions(robot);
        List<Object> before = pairs(table);

        hold(robot, table, KeyCode.D, 6);

        List<Object> after = pairs(table);
        assertTrue(after.size() >= before.size() - 1, "D held dismissed " + (before.size() - after.size()) + " rows, not only the one shown");
        assertEquals(before.subList(1, before.size()), after.subList(0, before.size() - 1),
                "only the row shown was dismissed; the rows after it are all still there");
        assertEquals(before.get(1), onFx(() -> List.of(table.getSelectionModel().getSelectedItem().a().id(),
                table.getSelectionModel().getSelectedItem().b().id())), "the next row is chosen, to be seen before it is judged");

        robot.type(KeyCode.D);
        app.settle();
        assertTrue(!pairs(table).contains(before.get(1)), "the next press, after the release, acts again");
    }

    @Test
    void cHeldInTheContradictionsTabConfirmsOnlyTheOpenOneShown(FxRobot robot) throws Exception {
        suggestedContradictions(robot);
        for (int i = 0; i < 5; i++) {
            // Shift+A: linked open, to be judged in the Contradictions tab.
            robot.press(KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT);
            app.settle();
        }
        assertEquals(5L, onFx(() -> app.workspace().contradictions().stream().filter(c -> c.status() == ContradictionStatus.OPEN).count()),
                "five open contradictions to review");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        app.settle();
        TableView<?> table = robot.lookup("#contradictionsTable").queryTableView();
        chooseFirstRow(robot, table);

        hold(robot, table, KeyCode.C, 6);

        assertEquals(4L, onFx(() -> app.workspace().contradictions().stream().filter(c -> c.status() == ContradictionStatus.OPEN).count()),
                "C held confirmed the one shown, not the open ones after it");
        robot.type(KeyCode.C);
        app.settle();
        assertEquals(3L, onFx(() -> app.workspace().contradictions().stream().filter(c -> c.status() == ContradictionStatus.OPEN).count()),
                "the next press, after the release, confirms the next");
    }
}
