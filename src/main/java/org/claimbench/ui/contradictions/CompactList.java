package org.claimbench.ui.contradictions;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.claimbench.domain.ContradictionStatus;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The contradictions list made readable where it is narrow: beside the detail area at 1024 × 700 it had about 250 px, which
 * Kind and Status took whole, and Claim A and Claim B showed only their colour dots, so a reviewer could not tell the rows
 * apart. Narrower than {@link #NARROW}, the list drops Kind and Note (the detail area opens with both), Status becomes a mark
 * (its word in the tooltip and read out to a screen reader), and the claims show their quotes without the source's name (the
 * dot's colour, and the detail area, name it): the two claims share the room.
 */
final class CompactList {

    /** Narrower than this (px), the list is compact. */
    static final double NARROW = 480;
    /** The Status column's width (px) as a mark. */
    static final double MARK = 34;

    private final BooleanProperty compact = new SimpleBooleanProperty(false);
    private final TableView<ContradictionRow> table;
    private final TableColumn<ContradictionRow, String> kind;
    private final TableColumn<ContradictionRow, String> status;
    private final TableColumn<ContradictionRow, ContradictionRow> a;
    private final TableColumn<ContradictionRow, ContradictionRow> b;
    private final TableColumn<ContradictionRow, String> note;
    private final double[] wide;

    CompactList(TableView<ContradictionRow> table, TableColumn<ContradictionRow, String> kind, TableColumn<ContradictionRow, String> status,
                TableColumn<ContradictionRow, ContradictionRow> a, TableColumn<ContradictionRow, ContradictionRow> b,
                TableColumn<ContradictionRow, String> note) {
        this.table = table;
        this.kind = kind;
        this.status = status;
        this.a = a;
        this.b = b;
        this.note = note;
        this.wide = new double[] {status.getMinWidth(), status.getPrefWidth(), a.getPrefWidth(), b.getPrefWidth()};
        status.setCellFactory(c -> new StatusCell());
        table.widthProperty().addListener((o, was, now) -> fit(now.doubleValue()));
    }

    /** True while the list is compact (its claims' cells then show the quotes alone). */
    boolean compact() {
        return compact.get();
    }

    private void fit(double width) {
        boolean now = width > 0 && width < NARROW;
        if (now != compact.get()) {
            compact.set(now);
            kind.setVisible(!now);
            note.setVisible(!now);
            status.setText(now ? "" : "Status");
            status.setMinWidth(now ? MARK : wide[0]);
            status.setPrefWidth(now ? MARK : wide[1]);
            if (!now) {
                a.setPrefWidth(wide[2]);
                b.setPrefWidth(wide[3]);
            }
            table.refresh();
        }
        if (now) {
            // The claims share what Status leaves (less a scroll bar's room): Claim B, the last column, takes any rest.
            double each = Math.floor((width - table.snappedLeftInset() - table.snappedRightInset() - MARK - 16) / 2);
            a.setPrefWidth(Math.max(40, each));
            b.setPrefWidth(Math.max(40, each));
        }
    }

    /** The status as its word, or in a compact list as a mark with the word in its tooltip. */
    private final class StatusCell extends TableCell<ContradictionRow, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            ContradictionRow r = empty ? null : getTableRow() == null ? null : getTableRow().getItem();
            if (empty || text == null || r == null || !compact.get()) {
                setText(empty ? null : text);
                setGraphic(null);
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            ContradictionStatus s = r.contradiction().status();
            FontIcon mark = new FontIcon(s == ContradictionStatus.CONFIRMED ? "mdi2c-check-circle-outline"
                    : s == ContradictionStatus.DISMISSED ? "mdi2c-close-circle-outline" : "mdi2c-circle-outline");
            mark.getStyleClass().add("status-mark");
            setText(null);
            setGraphic(mark);
            setTooltip(new Tooltip(text));
            setAccessibleText(text);
        }
    }
}
