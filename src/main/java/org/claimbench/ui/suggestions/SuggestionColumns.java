package org.claimbench.ui.suggestions;

import java.util.List;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.claimbench.domain.Source;
import org.claimbench.ui.common.ColourDot;
import org.claimbench.ui.common.FullTextCell;

/**
 * The widths of the suggested claims' columns, from the table's width. Source and Speaker are as wide as their longest
 * entry (to {@link #WHO_MAX} px), so who said it reads whole; a source's name is its own at every width, cut with "…" where
 * the column is narrower and whole in the tooltip, as everywhere else (a narrow table once swapped "Kremlin readout" for
 * "Kremlin", and the name changed under the reader at the same column width, factcheck54); the claim takes the rest but
 * the reason's {@link #WHY_SHARE} of it (the claim is what the user judges; the reason is whole in the detail beside the
 * list); the
 * Article column shows only where the table has {@link #WIDE} px, as it then reads a few words (at 1280 × 720 it read
 * "Putin in…", at 1024 × 700 "Pu…" under a header "A…"; the detail beside the list names the chosen row's article, and
 * the pane shows it). Before, a flexible policy with fixed preferred widths left the quote and the reason about 150 and
 * 120 px at 1024 px and cut the sources ("Kremlin re…").
 */
final class SuggestionColumns {

    /** From this width of the table (px) on, the Article column is shown. */
    static final double WIDE = 800;
    /** The widest Source or Speaker column (px); longer names are cut with "…", whole in the cell's tooltip. */
    static final double WHO_MAX = 140;
    /** The quote and the reason together keep at least this share of the width, Source and Speaker giving way. */
    static final double TEXT_SHARE = 0.5;
    /**
     * The reason's share of the room Source, Speaker and Article leave; the claim takes the rest. They shared it evenly, and at
     * 1280 × 720 the claim read only its first few words (210 px of a 700 px table, stop 61), though it is what the row asks
     * the user to judge; the reason is whole in the detail beside the list.
     */
    static final double WHY_SHARE = 0.3;
    /** The narrowest the quote or the reason is dragged (px). */
    static final double MIN_TEXT = 60;

    /** Column widths in px; article 0 means the column is hidden. */
    record Widths(double quote, double source, double speaker, double why, double article) {
    }

    private final TableView<ClaimSuggestionRow> table;
    private final ObservableList<Source> sources;
    private final org.claimbench.ui.common.UserColumnWidths userWidths;
    private List<TableColumn<ClaimSuggestionRow, ?>> columns = List.of();
    private boolean pending;
    /** What {@link #measure} gave for the rows shown, until they, the sources or the table's skin change; null: measure again. */
    private double[] measured;

    /** For the table's rows, whose sources are among {@code sources}; widths the user set ({@code userWidths}) come first. */
    SuggestionColumns(TableView<ClaimSuggestionRow> table, ObservableList<Source> sources, org.claimbench.ui.common.UserColumnWidths userWidths) {
        this.table = table;
        this.sources = sources;
        this.userWidths = userWidths;
    }

    /**
     * The widths for a table whose rows have {@code room} px, Source needing {@code source} px and Speaker {@code speaker}
     * px to read whole (cell padding included).
     */
    static Widths of(double room, double source, double speaker) {
        double s = Math.min(source, WHO_MAX);
        double p = Math.min(speaker, WHO_MAX);
        double article = room >= WIDE ? Math.min(220, room * 0.16) : 0;
        double who = s + p;
        double whoRoom = room * (1 - TEXT_SHARE) - article;
        if (who > whoRoom) {
            s = s * whoRoom / who;
            p = p * whoRoom / who;
        }
        double text = room - s - p - article;
        // Never under the least a user can drag it (in a table under 400 px its share was under 60 px), nor over half the text.
        double why = Math.floor(Math.max(Math.min(MIN_TEXT, text / 2), text * WHY_SHARE));
        return new Widths(Math.floor(text - why), s, p, why, article);
    }

    /** The Source column: the source's colour and its name (cut with "…" where the column is narrower), whole in the tooltip. */
    TableColumn<ClaimSuggestionRow, ClaimSuggestionRow> sourceColumn() {
        TableColumn<ClaimSuggestionRow, ClaimSuggestionRow> c = new TableColumn<>("Source");
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setSortable(false);
        c.setCellFactory(col -> new FullTextCell<>() {
            @Override
            protected String text(ClaimSuggestionRow r) {
                return r.source();
            }

            @Override
            protected String tip(ClaimSuggestionRow r) {
                return r.source();
            }

            @Override
            protected Node graphic(ClaimSuggestionRow r) {
                return ColourDot.of(r.colour(), 5);
            }
        });
        return c;
    }

    /**
     * Keeps the columns (quote, source, speaker, why, article, in that order) at {@link #of}'s widths as the table changes,
     * until the user sets widths of their own by dragging a column's edge: those are kept as they are, and with the
     * workspace's layout ({@link org.claimbench.ui.common.RememberedColumns}).
     */
    void follow(List<TableColumn<ClaimSuggestionRow, ?>> columns) {
        this.columns = columns;
        table.setColumnResizePolicy(this::resize);
        table.widthProperty().addListener((o, was, now) -> apply());
        table.getItems().addListener((ListChangeListener<ClaimSuggestionRow>) c -> later());
        sources.addListener((ListChangeListener<Source>) c -> later());
        table.skinProperty().addListener((o, was, now) -> later());
        org.claimbench.ui.common.RememberedColumns.follow(table, userWidths, this::later);
    }

    private void later() {
        measured = null;
        if (!pending) {
            pending = true;
            Platform.runLater(() -> {
                pending = false;
                apply();
            });
        }
    }

    private void apply() {
        double room = room();
        if (room <= 0 || columns.size() != 5) {
            return;
        }
        java.util.Optional<List<Double>> user = userWidths.of(table.getId());
        if (user.isPresent()) {
            // The user's widths fitted to the room: the narrow columns as the user left them, the quote and the reason sharing
            // the rest as the user had them.
            double[] fitted = fit(room, user.get(), -1);
            if (fitted != null) {
                set(fitted);
            }
            return;
        }
        // The rows are measured again only when they or the sources change, not as the table is resized.
        if (measured == null) {
            measured = measure();
        }
        Widths w = of(room, measured[0], measured[1]);
        set(new double[] {w.quote(), w.source(), w.speaker(), w.why(), w.article()});
    }

    /**
     * The user's widths ({@code user}: quote, source, speaker, why, article; 0 for hidden) fitted to {@code room} px:
     * Source, Speaker and Article keep the user's widths (all three narrowed alike where they would take more than
     * {@link #TEXT_SHARE} of the room; Article shows only from {@link #WIDE} on, as by default), the quote and the reason share
     * the rest in the user's proportion, or, for the one of them the user is dragging ({@code held}, a column's index, -1 for
     * none), the other takes what that one leaves. Null when {@code user} is not five widths.
     */
    static double[] fit(double room, List<Double> user, int held) {
        if (user.size() != 5) {
            return null;
        }
        double s = user.get(1);
        double p = user.get(2);
        double a = room < WIDE ? 0 : user.get(4) > 0 ? user.get(4) : Math.min(220, room * 0.16);
        double narrow = s + p + a;
        double narrowRoom = room * (1 - TEXT_SHARE);
        if (narrow > narrowRoom) {
            s = s * narrowRoom / narrow;
            p = p * narrowRoom / narrow;
            a = a * narrowRoom / narrow;
        }
        double text = Math.floor(room - s - p - a);
        double q = user.get(0);
        double w = user.get(3);
        double quote;
        if (held == 0) {
            quote = Math.max(MIN_TEXT, Math.min(q, text - MIN_TEXT));
        } else if (held == 3) {
            quote = text - Math.max(MIN_TEXT, Math.min(w, text - MIN_TEXT));
        } else {
            quote = Math.floor(text * (q + w > 0 ? q / (q + w) : 0.5));
        }
        return new double[] {quote, s, p, text - quote, a};
    }

    /**
     * The table's resize policy: a column's edge dragged by the user widens or narrows that column, and the quote and the
     * reason give or take the difference ({@link #fit}), so the columns always fill the table's width and never more; a
     * resize of the table itself is {@link #apply}'s.
     */
    @SuppressWarnings("rawtypes")
    private Boolean resize(TableView.ResizeFeatures f) {
        if (f.getColumn() == null) {
            return false;
        }
        int held = columns.indexOf((Object) f.getColumn());
        double room = room();
        if (held < 0 || room <= 0) {
            return TableView.UNCONSTRAINED_RESIZE_POLICY.call(f);
        }
        List<Double> now = new java.util.ArrayList<>(columns.stream().map(c -> c.isVisible() ? c.getWidth() : 0.0).toList());
        double w = Math.max(f.getColumn().getMinWidth(), now.get(held) + f.getDelta());
        now.set(held, w);
        double[] fitted = fit(room, now, held);
        if (fitted == null) {
            return false;
        }
        set(fitted);
        return true;
    }

    /** Sets the columns' widths (0 hides a column), at once: a width equal to the column's preferred one is set too. */
    private void set(double[] widths) {
        for (int i = 0; i < columns.size(); i++) {
            TableColumn<ClaimSuggestionRow, ?> c = columns.get(i);
            c.setVisible(widths[i] > 0);
            if (widths[i] <= 0) {
                continue;
            }
            c.setMinWidth(Math.min(c.getMinWidth(), widths[i]));
            if (c.getPrefWidth() == widths[i] && c.getWidth() != widths[i]) {
                // A drag sets the width, not the preferred width: the same preferred width again would not reach the column.
                c.setPrefWidth(widths[i] + 1);
            }
            c.setPrefWidth(widths[i]);
        }
    }

    /** The rows' width (px) the columns share: the table's less its insets and the vertical scroll bar's room. */
    private double room() {
        return table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - scrollBarWidth() - 2;
    }

    /** {the Source column's width, the Speaker column's width} (px) for the rows shown now. */
    private double[] measure() {
        Text measure = new Text();
        measure.setFont(cellFont());
        double source = 0;
        List<ClaimSuggestionRow> rows = table.getItems();
        int n = Math.min(rows.size(), 400);
        double[] speakers = new double[n];
        for (int i = 0; i < n; i++) {
            ClaimSuggestionRow r = rows.get(i);
            source = Math.max(source, width(measure, r.source()));
            speakers[i] = width(measure, r.speakerShown());
        }
        // Nine speakers in ten read whole: one long description ("a senior official of the presidential administration")
        // would otherwise take the quote's room on every row.
        java.util.Arrays.sort(speakers);
        double speaker = n == 0 ? 0 : speakers[(int) Math.floor((n - 1) * 0.9)];
        double padding = cellPadding();
        // Source's cells have the source's colour dot (10 px) and a gap before the name.
        source = Math.max(source + 14, width(measure, "Source")) + padding;
        speaker = Math.max(speaker, width(measure, "Speaker")) + padding;
        return new double[] {source, speaker};
    }

    private static double width(Text measure, String s) {
        measure.setText(s == null ? "" : s);
        return Math.ceil(measure.getLayoutBounds().getWidth());
    }

    /** The vertical scroll bar's width, kept free whether it shows or not: it comes and goes with the filters. */
    private double scrollBarWidth() {
        for (Node n : table.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.VERTICAL && bar.getWidth() > 0) {
                return bar.getWidth();
            }
        }
        return 14;
    }

    /** The font the cells are drawn in (the header's until a row is laid out). */
    private Font cellFont() {
        for (String selector : List.of(".table-row-cell .table-cell", ".column-header .label")) {
            if (table.lookup(selector) instanceof Labeled l && l.getFont() != null) {
                return l.getFont();
            }
        }
        return Font.getDefault();
    }

    /** A cell's padding left and right, and a little room so that a name that just fits is not cut. */
    private double cellPadding() {
        if (table.lookup(".table-row-cell .table-cell") instanceof TableCell<?, ?> cell && cell.getWidth() > 0) {
            return cell.snappedLeftInset() + cell.snappedRightInset() + cell.getGraphicTextGap() + 4;
        }
        return 24;
    }

    /** A column of one-line text with the whole text in a tooltip, and a source's colour dot if colour is given. */
    static <R, T> TableColumn<R, T> column(String title, Function<R, T> value, double width, Function<T, String> text,
                                            Function<T, String> colour) {
        TableColumn<R, T> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setCellFactory(col -> new FullTextCell<>() {
            @Override
            protected String text(T item) {
                return text.apply(item);
            }

            @Override
            protected Node graphic(T item) {
                return colour == null ? null : ColourDot.of(colour.apply(item), 5);
            }
        });
        if (colour != null) {
            c.setSortable(false);
        }
        return c;
    }
}
