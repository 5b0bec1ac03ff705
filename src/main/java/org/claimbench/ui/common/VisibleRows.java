package org.claimbench.ui.common;

import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/** Scrolling a table only as far as a row needs. */
public final class VisibleRows {

    private VisibleRows() {
    }

    /**
     * Shows row {@code index} (0-based) of the table: nothing happens when the row lies between the first and the last
     * row in view, else the table scrolls the least that shows it. {@code TableView#scrollTo} puts the row at the top even
     * when it is in view, and on a table of tens of thousands of rows its walk over the rows above costs milliseconds per
     * call. Before the table has a skin, or while it has not counted rows just added, {@code TableView#scrollTo} is used.
     */
    public static void scrollIntoView(TableView<?> table, int index) {
        if (!(table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            table.scrollTo(index);
            return;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        if (first != null && last != null && index > first.getIndex() && index < last.getIndex()) {
            return;
        }
        if (first == null || last == null || flow.getCellCount() != table.getItems().size()) {
            table.scrollTo(index);
        } else {
            flow.scrollTo(index);
        }
    }
}
