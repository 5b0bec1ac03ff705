package org.claimbench.ui.claims;

import java.util.function.Function;
import java.util.function.Supplier;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;

/**
 * A choice of the claims' topic filter: the topic's label with its colour's dot (none for "All topics" and "No topic") and,
 * in the list, how many claims it holds at the cell's right end, muted, as the sources' legend shows its counts
 * ({@link TopicCounts}). The cell's text stays the label alone; the count sits in room kept by the cell's right padding,
 * so a long question is cut before it, never over it.
 */
final class TopicFilterCell extends ListCell<String> {

    /** The radius of a topic's colour dot before its label (px). */
    private static final double DOT = 5;
    private static final double GAP = 8;

    private final Function<String, String> colourOf;
    /** The counts now, asked at each update; null for the box's own button (it shows the choice alone). */
    private final Supplier<TopicCounts> counts;
    private final Label count = new Label();
    private Insets base;

    /**
     * @param colourOf a topic's colour as drawn by its label (null for a label that is no topic)
     * @param counts   the counts to show, or null for none (the box's button)
     */
    TopicFilterCell(Function<String, String> colourOf, Supplier<TopicCounts> counts) {
        this.colourOf = colourOf;
        this.counts = counts;
        count.getStyleClass().add("muted");
        count.setManaged(false);
    }

    @Override
    protected void updateItem(String label, boolean empty) {
        super.updateItem(label, empty);
        String colour = empty || label == null ? null : colourOf.apply(label);
        setText(empty ? null : label);
        setGraphic(colour == null ? null : org.claimbench.ui.common.ColourDot.of(colour, DOT));
        count.setText(empty || label == null || counts == null ? "" : counts.get().label(label));
        setId(empty || label == null || counts == null ? null : "topicFilterChoice");
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        if (counts == null) {
            super.layoutChildren();
            return;
        }
        // The padding as styled, and room for the count beside it: the label is laid out (and cut) before it.
        if (base == null) {
            base = getPadding();
        }
        // The skin sets the cell's children anew (its text, its graphic) when they change: the count is put back beside them.
        if (!getChildren().contains(count)) {
            getChildren().add(count);
        }
        count.applyCss();
        double w = count.getText().isEmpty() ? 0 : Math.ceil(count.prefWidth(-1));
        Insets wanted = new Insets(base.getTop(), base.getRight() + (w == 0 ? 0 : w + GAP), base.getBottom(), base.getLeft());
        if (!wanted.equals(getPadding())) {
            setPadding(wanted);
        }
        super.layoutChildren();
        double h = count.prefHeight(-1);
        count.resizeRelocate(getWidth() - base.getRight() - w, Math.round((getHeight() - h) / 2), w, h);
    }

    /** The count drawn beside the label ("" for none): for tests and the accessible text. */
    String countShown() {
        return count.getText();
    }
}
