package org.claimbench.ui.common;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;

/**
 * The column widths the user set by dragging a column's edge, per table (by its id), for the open workspace: what the
 * window's layout keeps ({@link org.claimbench.settings.WindowLayout#columnWidths()}) and puts back. A table with none
 * keeps its own widths. Each table follows its entry with {@link RememberedColumns}. JavaFX thread only.
 */
public final class UserColumnWidths {

    private final ObservableMap<String, List<Double>> widths = FXCollections.observableHashMap();

    /** Every table's widths the user set (px, left to right, 0 for a hidden column). */
    public Map<String, List<Double>> all() {
        return Map.copyOf(widths);
    }

    /** The widths the user set in a table, if they did. */
    public Optional<List<Double>> of(String table) {
        return Optional.ofNullable(widths.get(table));
    }

    /** A workspace's remembered widths put back: those tables take them, every other table its own widths again. */
    public void restore(Map<String, List<Double>> remembered) {
        widths.keySet().retainAll(remembered.keySet());
        widths.putAll(remembered);
    }

    /** The user dragged a column of a table: its widths now. */
    void set(String table, List<Double> now) {
        widths.put(table, List.copyOf(now));
    }

    void addListener(MapChangeListener<String, List<Double>> listener) {
        widths.addListener(listener);
    }
}
