package org.claimbench.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A row chosen in a long table is shown without moving the rows when it is in view already. */
@ExtendWith(ApplicationExtension.class)
class VisibleRowsUiTest {

    private TableView<Integer> table;

    @Start
    void start(Stage stage) {
        table = new TableView<>(FXCollections.observableArrayList(IntStream.range(0, 5_000).boxed().toList()));
        TableColumn<Integer, Integer> column = new TableColumn<>("row");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        table.getColumns().add(column);
        stage.setScene(new Scene(table, 300, 300));
        stage.show();
    }

    @Test
    void aRowInViewStaysWhereItIsAndOneOutOfViewIsScrolledToAsLittleAsNeeded(FxRobot robot) {
        robot.interact(() -> table.scrollTo(100));
        WaitForAsyncUtils.waitForFxEvents();
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        int first = flow.getFirstVisibleCell().getIndex();
        assertEquals(100, first);

        robot.interact(() -> VisibleRows.scrollIntoView(table, first + 3));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first, flow.getFirstVisibleCell().getIndex(), "TableView#scrollTo would have put row 103 at the top");

        int last = flow.getLastVisibleCell().getIndex();
        robot.interact(() -> VisibleRows.scrollIntoView(table, last + 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(flow.getFirstVisibleCell().getIndex() > first && flow.getFirstVisibleCell().getIndex() < last,
                "the row just below the view scrolls the table by about one row, not a page: first " + flow.getFirstVisibleCell().getIndex());
        assertTrue(flow.getLastVisibleCell().getIndex() >= last + 1);

        robot.interact(() -> VisibleRows.scrollIntoView(table, 4_000));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(flow.getFirstVisibleCell().getIndex() <= 4_000 && flow.getLastVisibleCell().getIndex() >= 4_000, "a row far away is shown");

        robot.interact(() -> {
            table.getItems().add(0, -1);
            VisibleRows.scrollIntoView(table, 0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, flow.getFirstVisibleCell().getIndex(), "a row just added, before the table counted it, is shown too");
    }

    @Test
    void aRowHalfHiddenAtTheTopOrBottomIsScrolledIntoViewWhole(FxRobot robot) {
        robot.interact(() -> table.scrollTo(200));
        WaitForAsyncUtils.waitForFxEvents();
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        // Half a row further down: row 200 is cut by the top edge.
        robot.interact(() -> flow.scrollPixels(flow.getFirstVisibleCell().getHeight() / 2));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.IndexedCell<?> top = flow.getFirstVisibleCell();
        assertEquals(200, top.getIndex());
        assertTrue(!VisibleRows.wholeInView(flow, top), "row 200 is half hidden before");

        robot.interact(() -> VisibleRows.scrollIntoView(table, 200));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(VisibleRows.wholeInView(flow, flow.getVisibleCell(200)), "row 200 is shown whole after");
        int firstAfter = flow.getFirstVisibleCell().getIndex();
        assertTrue(firstAfter >= 199 && firstAfter <= 200, "by the least scroll: first row now " + firstAfter);

        int last = flow.getLastVisibleCell().getIndex();
        if (!VisibleRows.wholeInView(flow, flow.getLastVisibleCell())) {
            robot.interact(() -> VisibleRows.scrollIntoView(table, last));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(VisibleRows.wholeInView(flow, flow.getVisibleCell(last)), "the last row, cut by the bottom edge, is shown whole");
        }
    }
}
