package org.claimbench.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/** Scrolling a table only as far as a row needs. */
public final class VisibleRows {

    private VisibleRows() {
    }

    /**
     * Shows row {@code index} (0-based) of the table: nothing happens when the row is wholly in view, else the table
     * scrolls the least that shows it whole (a row half hidden under the header or the bottom edge counts as out of view).
     * {@code TableView#scrollTo} puts the row at the top even when it is in view, and on a table of tens of thousands of
     * rows its walk over the rows above costs milliseconds per call. Before the table has a skin, or while it has not
     * counted rows just added, {@code TableView#scrollTo} is used.
     *
     * <p>The table is laid out first: after its rows changed (a background rebuild added or took rows before this one) its
     * cells still stand where the old rows were until the next pulse, so a row judged "in view" from them moved a row or
     * more out of the view once laid out (row 133 chosen, rows 127–132 shown whole after the speaker dialog).
     */
    public static void scrollIntoView(TableView<?> table, int index) {
        if (table.getScene() != null) {
            table.applyCss();
            table.layout();
        }
        if (!(table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            table.scrollTo(index);
            return;
        }
        if (flow.getCellCount() != table.getItems().size()) {
            table.scrollTo(index);
            return;
        }
        IndexedCell<?> cell = flow.getVisibleCell(index);
        if (cell != null && wholeInView(flow, cell)) {
            return;
        }
        flow.scrollTo(index);
    }

    /**
     * Makes {@code ListView#scrollTo} show the row asked for in a list of rows of different heights. JavaFX 21's list puts
     * the row at the top from its estimate of the rows' heights, and near the list's end that estimate could leave the
     * list at its top with the row out of sight (the sixth of six articles, rows of 98 px in a list of 490 px: the list
     * stayed at the top; it looked right only while a sixth row's top edge was already in sight). After each
     * {@code scrollTo} the list is laid out and, if the row is not shown whole, scrolled the least that shows it.
     */
    public static void keepScrollToTrue(javafx.scene.control.ListView<?> list) {
        list.addEventHandler(javafx.scene.control.ScrollToEvent.scrollToTopIndex(), e -> {
            int index = e.getScrollTarget();
            // After the list's skin has handled the event (its handler runs after this one).
            javafx.application.Platform.runLater(() -> {
                if (list.getScene() == null || index < 0 || index >= list.getItems().size()
                        || !(list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
                    return;
                }
                list.applyCss();
                list.layout();
                IndexedCell<?> cell = flow.getVisibleCell(index);
                if (cell == null || !wholeInView(flow, cell)) {
                    flow.scrollTo(index);
                    list.layout();
                }
            });
        });
    }

    /** Whether the cell lies wholly inside the flow's viewport (the part of the flow its scroll bars leave), to half a pixel. */
    static boolean wholeInView(VirtualFlow<?> flow, IndexedCell<?> cell) {
        Node viewport = flow.lookup(".clipped-container");
        if (viewport == null || !cell.isVisible()) {
            return false;
        }
        Bounds view = viewport.localToScene(viewport.getLayoutBounds());
        Bounds row = cell.localToScene(cell.getLayoutBounds());
        return row.getHeight() > 0 && row.getMinY() >= view.getMinY() - 0.5 && row.getMaxY() <= view.getMaxY() + 0.5;
    }
}
