package org.claimbench.ui.common;

import java.util.function.IntConsumer;

import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Page Up, Page Down and the mouse wheel in a table, as in a text editor. Page Down moves the selection a page down and
 * scrolls the list a page with it, so the row chosen stays where it was on screen (Page Up likewise); a page is the rows
 * wholly in sight less one, which stays in sight as context. JavaFX's own Page Up first went to the top row in sight and
 * then, from there, moved a row at a time without scrolling in the suggestions tables (factcheck54, the second Page Up).
 * A wheel's notch scrolls {@link #ROWS_A_NOTCH} rows: JavaFX gives a notch as 40 px on every platform (its scroll events'
 * multiplier; GTK's notch arrives as 40 px with no lines), a row and a half of a dense table, which the table scrolled;
 * a touchpad's pixels are scaled alike, so it stays smooth.
 */
public final class TablePaging {

    /** Rows a wheel's notch scrolls, as a text's lines do in most desktops' default. */
    public static final int ROWS_A_NOTCH = 3;
    /** A wheel's notch in JavaFX's scroll events (px). */
    static final double NOTCH = 40;

    private TablePaging() {
    }

    /**
     * Installs the keys and the wheel on {@code table}; {@code select} chooses a row by index (the table's own selection
     * or a review cursor's, which also shows the row in the panes).
     */
    public static void install(TableView<?> table, IntConsumer select) {
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.PAGE_UP) && !e.isShortcutDown() && !e.isAltDown()
                    && !e.isShiftDown() && page(table, select, e.getCode() == KeyCode.PAGE_DOWN ? 1 : -1)) {
                e.consume();
            }
        });
        installWheel(table);
    }

    /** The wheel alone: a notch (40 px) scrolls {@link #ROWS_A_NOTCH} rows. */
    public static void installWheel(TableView<?> table) {
        table.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() == 0 || !(table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) || flow.getFirstVisibleCell() == null) {
                return;
            }
            flow.scrollPixels(-e.getDeltaY() / NOTCH * ROWS_A_NOTCH * flow.getFirstVisibleCell().getHeight());
            e.consume();
        });
    }

    /** Moves the selection and the view a page ({@code direction} 1 down, -1 up); false when there is no list to page. */
    private static boolean page(TableView<?> table, IntConsumer select, int direction) {
        int size = table.getItems().size();
        if (size == 0 || !(table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) || flow.getFirstVisibleCell() == null) {
            return false;
        }
        int first = -1;
        int whole = 0;
        for (int i = flow.getFirstVisibleCell().getIndex(); i < flow.getCellCount(); i++) {
            IndexedCell<?> cell = flow.getVisibleCell(i);
            if (cell != null && VisibleRows.wholeInView(flow, cell)) {
                first = first < 0 ? i : first;
                whole++;
            } else if (first >= 0) {
                break;
            }
        }
        if (first < 0) {
            return false;
        }
        int page = Math.max(1, whole - 1);
        int selected = table.getSelectionModel().getSelectedIndex();
        if (selected < 0) {
            select.accept(first);
            return true;
        }
        int target = Math.max(0, Math.min(size - 1, selected + direction * page));
        int top = Math.max(0, Math.min(Math.max(0, size - whole), first + direction * page));
        flow.scrollToTop(top);
        select.accept(target);
        return true;
    }
}
