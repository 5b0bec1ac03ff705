package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Page Up and Page Down in the suggestions tables move the row chosen a page and scroll the list with it, every time; a
 * wheel's notch scrolls three rows, in the suggestions tables as in the Claims table (factcheck54: the second Page Up moved
 * one row and did not scroll; a notch moved the list less than two rows).
 */
// The keys first: the wheel's test marks every suggestion, and the work that follows could hold the next window's start.
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class SuggestionPagingUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage, 1280, 720);
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void pageDownAndPageUpMoveTheRowChosenAPageAndScrollWithItEachTime(FxRobot robot) {
        TableView<?> table = suggestedClaims(robot);
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(0);
            table.scrollTo(0);
            table.requestFocus();
        });
        app.settle();
        int page = onFx(() -> wholeRows(table).length) - 1;
        assertTrue(page >= 4, "rows in sight: " + (page + 1));
        int[] expected = {page, 2 * page, 3 * page, 2 * page, page, 0};
        KeyCode[] keys = {KeyCode.PAGE_DOWN, KeyCode.PAGE_DOWN, KeyCode.PAGE_DOWN, KeyCode.PAGE_UP, KeyCode.PAGE_UP, KeyCode.PAGE_UP};
        for (int i = 0; i < keys.length; i++) {
            robot.type(keys[i]);
            app.settle();
            int chosen = onFx(() -> table.getSelectionModel().getSelectedIndex());
            int[] rows = onFx(() -> wholeRows(table));
            assertEquals(expected[i], chosen, keys[i] + " number " + (i + 1) + " moves the row chosen a page (" + page + " rows)");
            assertEquals(expected[i], rows[0], keys[i] + " number " + (i + 1) + " scrolls the list with it: the row chosen stays first in sight");
        }
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void aWheelNotchScrollsThreeRowsInTheSuggestionsAndTheClaimsTables(FxRobot robot) {
        TableView<?> suggestions = suggestedClaims(robot);
        assertEquals(3, notch(robot, suggestions), "a notch scrolls the suggested claims three rows");
        robot.interact(() -> app.context.workbench().suggestions().acceptAll(java.util.List.copyOf(app.context.workbench().suggestions().filter().shown())));
        app.settle();
        robot.interact(() -> app.context.view().focusList(0));
        app.settle();
        TableView<?> claims = robot.lookup("#claimsTable").queryTableView();
        assertEquals(3, notch(robot, claims), "a notch scrolls the claims three rows");
    }

    /** The suggested claims in sight (Ctrl+3), the samples' many of them. */
    private TableView<?> suggestedClaims(FxRobot robot) {
        app.settle();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        app.settle();
        TableView<?> table = robot.lookup("#claimSuggestionsTable").queryTableView();
        assertTrue(onFx(() -> table.getItems().size()) > 40, "the samples give many suggested claims: " + onFx(() -> table.getItems().size()));
        return table;
    }

    /** Rows the list moved for one notch of a wheel down, as GTK sends it (40 px, no lines), over the table's middle. */
    private int notch(FxRobot robot, TableView<?> table) {
        robot.interact(() -> table.scrollTo(0));
        app.settle();
        int before = onFx(() -> wholeRows(table)[0]);
        robot.interact(() -> {
            Node flow = table.lookup(".virtual-flow");
            Bounds b = flow.localToScene(flow.getLayoutBounds());
            double x = b.getCenterX();
            double y = b.getCenterY();
            Event.fireEvent(flow, new ScrollEvent(ScrollEvent.SCROLL, x, y, x, y, false, false, false, false, false, false, 0, -40, 0, -40,
                    ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, new PickResult(flow, x, y)));
        });
        app.settle();
        return onFx(() -> wholeRows(table)[0]) - before;
    }

    /** The indices of the rows wholly in sight, top first. */
    private static int[] wholeRows(TableView<?> table) {
        Node clip = table.lookup(".clipped-container");
        Bounds view = clip.localToScene(clip.getLayoutBounds());
        return table.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> r && !r.isEmpty() && r.isVisible() && r.getIndex() >= 0)
                .filter(n -> {
                    Bounds b = n.localToScene(n.getLayoutBounds());
                    return b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5;
                })
                .mapToInt(n -> ((TableRow<?>) n).getIndex()).sorted().toArray();
    }
}
