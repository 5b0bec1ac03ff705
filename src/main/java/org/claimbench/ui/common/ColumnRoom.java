package org.claimbench.ui.common;

import java.util.List;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Room for a table's columns in a narrow window: a constrained resize policy squeezes every column alike, so at 1024 px
 * the claims table's headers read "Ver…" and its topics were cut after a few letters. Each column keeps at least the
 * width its header's title needs whole (with the sort arrow's room); a column can also keep the width of its widest value
 * up to a cap.
 *
 * <p>Call on the JavaFX thread. Widths are measured in the header's font once the table's skin exists, and again as
 * the values change.
 */
public final class ColumnRoom {

    /** Room beside a header's title for the sort arrow and the gap before it (px). */
    private static final double SORT_ARROW = 16;

    private ColumnRoom() {
    }

    /** Keeps every column of {@code table} at least as wide as its header's title needs to read whole. */
    public static void wholeHeaders(TableView<?> table) {
        Runnable apply = () -> {
            for (Node n : table.lookupAll(".column-header")) {
                if (n instanceof TableColumnHeader h && h.getTableColumn() != null && h.lookup(".label") instanceof Labeled label) {
                    javafx.scene.control.TableColumnBase<?, ?> c = h.getTableColumn();
                    double need = width(label.getFont(), c.getText()) + label.snappedLeftInset() + label.snappedRightInset()
                            + h.snappedLeftInset() + h.snappedRightInset() + SORT_ARROW;
                    c.getProperties().put(HEADER, Math.ceil(need));
                    settle(c);
                }
            }
        };
        table.skinProperty().addListener((o, was, now) -> Platform.runLater(apply));
        if (table.getSkin() != null) {
            Platform.runLater(apply);
        }
    }

    /**
     * Keeps {@code column} at least as wide as the widest of {@code values} (in the cells' font, the header's before a row is laid out, with {@code extra} px
     * beside the text for padding and a graphic), at most {@code cap} px and never under its header's need; called again
     * with {@link #fitValues} whenever the values change.
     */
    public static void fitValues(TableView<?> table, TableColumn<?, ?> column, Supplier<java.util.List<String>> values, double extra, double cap) {
        Font font = table.lookup(".table-row-cell .table-cell") instanceof Labeled cell ? cell.getFont()
                : table.lookup(".column-header .label") instanceof Labeled l ? l.getFont() : Font.getDefault();
        double widest = 0;
        for (String v : values.get()) {
            widest = Math.max(widest, width(font, v));
        }
        column.getProperties().put(VALUES, widest == 0 ? 0.0 : Math.min(cap, Math.ceil(widest + extra)));
        settle(column);
    }

    private static final String HEADER = "claimbench.headerWidth";
    private static final String VALUES = "claimbench.valuesWidth";
    private static final String OWN = "claimbench.ownMinWidth";
    private static final String WATCHED = "claimbench.columnRoomWatched";
    /** A vertical scroll bar's width in the app's theme (px), kept free for it. */
    private static final double SCROLL_BAR = 16;

    /**
     * The column's minimum: the larger of its own (as built), its header's need and its values' need; the values' need only as
     * far as the table has room for it beside every other column's own and header's need (at 1024 px the topics' 220 px
     * pushed the Verdict and ⚡ columns out of the table). The table's resize policy then shares the room again: it does not
     * when only a minimum changes, and a column grown after the table was laid out stood past its right edge.
     */
    private static void settle(javafx.scene.control.TableColumnBase<?, ?> c) {
        c.getProperties().putIfAbsent(OWN, c.getMinWidth());
        if (!(c instanceof TableColumn<?, ?> column) || column.getTableView() == null) {
            c.setMinWidth(base(c));
            return;
        }
        TableView<?> table = column.getTableView();
        if (!table.getProperties().containsKey(WATCHED)) {
            table.getProperties().put(WATCHED, Boolean.TRUE);
            table.widthProperty().addListener((o, was, now) -> fit(table));
        }
        fit(table);
    }

    /** Every column's minimum within the table's room, then the room shared again by the table's policy. */
    private static void fit(TableView<?> table) {
        List<? extends TableColumn<?, ?>> columns = table.getVisibleLeafColumns();
        double bases = 0;
        int wanting = 0;
        for (TableColumn<?, ?> c : columns) {
            c.getProperties().putIfAbsent(OWN, c.getMinWidth());
            bases += base(c);
            wanting += c.getProperties().get(VALUES) instanceof Double d && d > base(c) ? 1 : 0;
        }
        // The table's width less its insets and a vertical scroll bar's room (shown once the rows outgrow the table).
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - SCROLL_BAR;
        double spare = table.getWidth() <= 0 || wanting == 0 ? 0 : Math.max(0, (room - bases) / wanting);
        for (TableColumn<?, ?> c : columns) {
            double min = base(c);
            if (c.getProperties().get(VALUES) instanceof Double d) {
                min = Math.max(min, Math.min(d, table.getWidth() <= 0 ? d : min + spare));
            }
            c.setMinWidth(Math.floor(min));
        }
        if (table.getWidth() > 0 && table.getColumnResizePolicy() != TableView.UNCONSTRAINED_RESIZE_POLICY) {
            Platform.runLater(() -> shareAgain(table));
        }
    }

    /** Has the table's resize policy share its width among the columns again, as after the table's width changed. */
    private static <S> void shareAgain(TableView<S> table) {
        table.getColumnResizePolicy().call(new TableView.ResizeFeatures<>(table, null, 0.0));
    }

    /** The larger of the column's own minimum (as built) and its header's need. */
    private static double base(javafx.scene.control.TableColumnBase<?, ?> c) {
        double min = c.getProperties().get(OWN) instanceof Double own ? own : c.getMinWidth();
        if (c.getProperties().get(HEADER) instanceof Double d) {
            min = Math.max(min, d);
        }
        return min;
    }

    private static double width(Font font, String s) {
        Text t = new Text(s == null ? "" : s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
