package org.claimbench.ui.common;

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

    /** The column's minimum: the larger of its own (as built), its header's need and its values' need. */
    private static void settle(javafx.scene.control.TableColumnBase<?, ?> c) {
        c.getProperties().putIfAbsent(OWN, c.getMinWidth());
        double min = (Double) c.getProperties().get(OWN);
        for (String key : new String[] {HEADER, VALUES}) {
            if (c.getProperties().get(key) instanceof Double d) {
                min = Math.max(min, d);
            }
        }
        c.setMinWidth(min);
    }

    private static double width(Font font, String s) {
        Text t = new Text(s == null ? "" : s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
