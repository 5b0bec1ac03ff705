package org.claimbench.ui.claims;

import java.util.Optional;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * The claims' topic filter: "All topics", "No topic" and every topic with its colour's dot. A question chosen reads whole
 * (up to {@link #MOST} px; the tooltip says it whole in any case): the filter line ({@link ClaimsFilterBar}) widens the box
 * to it and makes room for it, folding its least used boxes rather than cut the question (student-run50: "How long …");
 * at rest the box keeps {@link #RESTING}. A choice in its list gives the keyboard back to the search.
 */
final class TopicFilterBox {

    /** The box's width with "All topics" or "No topic" chosen, and its least then (both whole in it). */
    static final double RESTING = 140;
    static final double LEAST = 122;
    /** The widest the box grows for a question (about 40 characters); a longer one is cut, whole in the tooltip. */
    static final double MOST = 300;

    private final ComboBox<String> box;
    private final ListCell<String> buttonCell;
    private final Function<String, String> colourOf;
    private final Runnable widthChanged;
    private double whole = RESTING;
    /** The counts beside the choices, counted again each time the list opens. */
    private TopicCounts counts = TopicCounts.NONE;

    /**
     * @param topicColour  a topic's colour as drawn, by its label (none for a label that is no topic)
     * @param search       the claims' search, where a choice in the list gives the keyboard
     * @param widthChanged told when the width that shows the choice whole changed (the line lays itself out again)
     */
    TopicFilterBox(ClaimsTableViewModel vm, Function<String, Optional<String>> topicColour, TextField search, Runnable widthChanged) {
        this.widthChanged = widthChanged;
        this.colourOf = label -> topicColour.apply(label).orElse(null);
        box = new ComboBox<>(vm.topics());
        box.setId("claimsTopicFilter");
        box.valueProperty().bindBidirectional(vm.topicFilter());
        // Each topic with its colour, as the table and the topic list show it; the one chosen whole in the tooltip.
        box.setCellFactory(l -> new TopicFilterCell(colourOf, () -> counts));
        buttonCell = new TopicFilterCell(colourOf, null);
        box.setButtonCell(buttonCell);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> box.getValue() == null
                || ClaimsTableViewModel.ALL_TOPICS.equals(box.getValue()) ? "Show only claims about one topic. Beside each topic in the list: how"
                + " many claims it holds among those the other filters show (as the sources' counts)"
                : "Showing only claims of " + (ClaimsTableViewModel.NO_TOPIC.equals(box.getValue()) ? "no topic"
                : "the topic “" + box.getValue() + "”"), box.valueProperty()));
        box.setTooltip(tip);
        box.setPrefWidth(RESTING);
        box.setMinWidth(LEAST);
        backToTheSearchAfterAChoice(search);
        // Each topic's count as the list opens: the claims and the other filters may have changed since.
        box.addEventHandler(javafx.scene.control.ComboBoxBase.ON_SHOWING, e -> {
            counts = vm.topicCounts();
            if (box.getSkin() instanceof javafx.scene.control.skin.ComboBoxListViewSkin<?> skin
                    && skin.getPopupContent() instanceof javafx.scene.control.ListView<?> list) {
                list.refresh();
            }
        });
        // Measured once the button cell shows the choice, in the box's own font and with its arrow.
        box.valueProperty().addListener((o, was, now) -> Platform.runLater(this::measure));
        box.skinProperty().addListener((o, was, now) -> Platform.runLater(this::measure));
    }

    ComboBox<String> node() {
        return box;
    }

    /** The width that shows the choice whole: {@link #RESTING} for "All topics" and "No topic", up to {@link #MOST} for a question. */
    double wholeWidth() {
        return whole;
    }

    /** Gives the box its width and its least width (the filter line decides them, from {@link #wholeWidth}). */
    void size(double width, double least) {
        box.setPrefWidth(width);
        box.setMinWidth(least);
    }

    /**
     * Measures the width that shows the choice whole, once the box shows it: its button cell's (the label in the cell's
     * font, the dot, the padding), the arrow's and the box's insets; tells the line where it changed.
     */
    private void measure() {
        String v = box.getValue();
        double w = RESTING;
        if (v != null && !ClaimsTableViewModel.ALL_TOPICS.equals(v) && !ClaimsTableViewModel.NO_TOPIC.equals(v) && box.getSkin() != null) {
            buttonCell.applyCss();
            Node arrow = box.lookup(".arrow-button");
            double arrowWidth = arrow instanceof Region r ? r.prefWidth(-1) : 0;
            w = Math.max(RESTING, Math.min(MOST, Math.ceil(box.snappedLeftInset() + buttonCell.prefWidth(-1) + arrowWidth
                    + box.snappedRightInset()) + 1));
        }
        if (w != whole) {
            whole = w;
            widthChanged.run();
        }
    }

    /**
     * A choice made in the list gives the keyboard back to the search, its words selected. The filter narrows the claims
     * listed, and the student's next step is there: Enter selects the claims listed (for one T), words typed narrow them
     * (replacing the last search), Backspace clears an old search that hides them. Left in the box, the keyboard could
     * only walk the topics (student-run50: a click back into the search after each choice). A choice made with the arrow
     * keys on the closed box, or the list closed without a new choice, leaves the keyboard in the box.
     */
    private void backToTheSearchAfterAChoice(TextField search) {
        Object[] before = {null};
        box.setOnShowing(e -> before[0] = box.getValue());
        box.setOnHidden(e -> {
            if (!java.util.Objects.equals(before[0], box.getValue())) {
                // After the list's own handling of the click or the Enter, which leaves the keyboard in the box.
                Platform.runLater(() -> {
                    search.requestFocus();
                    search.selectAll();
                });
            }
        });
    }
}
