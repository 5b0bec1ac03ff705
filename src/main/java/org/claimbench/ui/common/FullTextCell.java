package org.claimbench.ui.common;

import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * A table cell that shows its text on one line, cut off with "…" where the column is narrow, and
 * the whole text in a tooltip (quotes and reasons are often longer than any column).
 */
public class FullTextCell<R, T> extends TableCell<R, T> {

    private final Tooltip tip = new Tooltip();

    public FullTextCell() {
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        tip.setShowDelay(Duration.millis(400));
        tip.setShowDuration(Duration.seconds(30));
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        String text = text(item);
        setText(text);
        setGraphic(graphic(item));
        tip.setText(tip(item));
        setTooltip(text.isEmpty() ? null : tip);
    }

    /** The cell's text; by default the item's own. */
    protected String text(T item) {
        return String.valueOf(item);
    }

    /** The tooltip's text: by default the cell's whole text ({@link #text}); a cell that shortens its text gives it whole here. */
    protected String tip(T item) {
        return text(item);
    }

    /** A graphic before the text (a source's colour); none by default. */
    protected Node graphic(T item) {
        return null;
    }
}
