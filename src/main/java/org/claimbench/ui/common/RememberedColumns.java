package org.claimbench.ui.common;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.MapChangeListener;
import javafx.scene.control.ConstrainedColumnResizeBase;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Callback;

/**
 * Keeps a table's column widths as the user set them, in {@link UserColumnWidths} under the table's id: a column's edge
 * dragged (the table's resize policy called for a column) writes the table's widths there; widths put back (a workspace
 * opened with its layout) are set on the columns once the table is laid out at its width, and again after that layout,
 * as a table whose width is not known yet (a tab built later, a window still being sized) lays its columns out anew; with
 * none put back the columns take the widths they had when followed. Either way {@code ownWidths} runs after: a table that
 * fits the widths to its own width (the suggested claims') does so.
 */
public final class RememberedColumns {

    private final TableView<?> table;
    private final UserColumnWidths memory;
    private final Runnable ownWidths;
    private final List<Double> firstWidths = new ArrayList<>();
    private final List<Boolean> firstShown = new ArrayList<>();
    /** True while the user's drag is written to the memory: that change is not put back on the table. */
    private boolean writing;

    private RememberedColumns(TableView<?> table, UserColumnWidths memory, Runnable ownWidths) {
        this.table = table;
        this.memory = memory;
        this.ownWidths = ownWidths;
    }

    /**
     * Follows the table's entry in {@code memory}, its columns and resize policy as they are now; {@code ownWidths} gives the
     * table its own widths again when it has no entry any more, and fits the widths put back to the table.
     */
    public static void follow(TableView<?> table, UserColumnWidths memory, Runnable ownWidths) {
        RememberedColumns r = new RememberedColumns(table, memory, ownWidths);
        for (TableColumn<?, ?> c : table.getColumns()) {
            r.firstWidths.add(c.getPrefWidth());
            r.firstShown.add(c.isVisible());
        }
        r.wrapPolicy(table);
        memory.addListener((MapChangeListener<String, List<Double>>) c -> {
            if (!r.writing && table.getId().equals(c.getKey())) {
                r.putBack();
            }
        });
        memory.of(table.getId()).ifPresent(w -> r.putBack());
    }

    /**
     * The table's policy, told when it resized a column for the user. A constrained policy is wrapped in one that is
     * constrained too: the table's skin asks whether the policy is (to hide the horizontal scroll bar and the header's
     * filler), and a plain wrapper made the suggested contradictions' table scroll sideways.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void wrapPolicy(TableView<?> t) {
        Callback<TableView.ResizeFeatures, Boolean> policy = t.getColumnResizePolicy();
        Callback<TableView.ResizeFeatures, Boolean> told = f -> {
            Boolean done = policy.call(f);
            if (f.getColumn() != null) {
                writing = true;
                try {
                    memory.set(t.getId(), widthsNow());
                } finally {
                    writing = false;
                }
            }
            return done;
        };
        ((TableView) t).setColumnResizePolicy(policy instanceof ConstrainedColumnResizeBase ? new Constrained(told) : told);
    }

    /** A constrained policy that hands every call to another. */
    private static final class Constrained extends ConstrainedColumnResizeBase implements Callback<TableView.ResizeFeatures, Boolean> {
        private final Callback<TableView.ResizeFeatures, Boolean> policy;

        Constrained(Callback<TableView.ResizeFeatures, Boolean> policy) {
            this.policy = policy;
        }

        @Override
        public Boolean call(TableView.ResizeFeatures f) {
            return policy.call(f);
        }
    }

    private List<Double> widthsNow() {
        return table.getColumns().stream().map(c -> c.isVisible() ? c.getWidth() : 0.0).toList();
    }

    private void putBack() {
        if (memory.of(table.getId()).isEmpty()) {
            set(firstWidths, firstShown);
            ownWidths.run();
            return;
        }
        Runnable set = () -> memory.of(table.getId()).ifPresent(w -> {
            set(w, null);
            ownWidths.run();
        });
        if (table.getWidth() > 0 && table.getScene() != null) {
            set.run();
        }
        Pulses.whenLaidOut(table, set);
    }

    private void set(List<Double> widths, List<Boolean> shown) {
        List<? extends TableColumn<?, ?>> columns = table.getColumns();
        if (widths.size() != columns.size()) {
            return;
        }
        for (int i = 0; i < columns.size(); i++) {
            TableColumn<?, ?> c = columns.get(i);
            double w = widths.get(i);
            c.setVisible(shown == null ? w > 0 : shown.get(i));
            if (w > 0) {
                c.setMinWidth(Math.min(c.getMinWidth(), w));
                c.setPrefWidth(w);
            }
        }
    }
}
