package org.claimbench.ui.claims;

import java.util.Optional;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

/**
 * The claims' topic filter: "All topics", "No topic" and every topic with its colour's dot and how many claims it holds
 * ({@link TopicFilterCell}). Its width never follows the choice: from {@link #RESTING} it grows only with room the line
 * has to spare (up to {@link #MOST}), so a question chosen moves no box beside it (student-run52: the verdict's box
 * turned into "More" under the pointer); a question longer than the box is cut, whole in the tooltip and in the table's
 * Topic column. A choice in its list gives the keyboard back to the search.
 */
final class TopicFilterBox {

    /** The box's width with no room to spare, and its least (both show "All topics" and "No topic" whole). */
    static final double RESTING = 140;
    static final double LEAST = 122;
    /** The widest the box grows with room to spare (about 40 characters of a question). */
    static final double MOST = 300;

    private final ComboBox<String> box;
    private final ListCell<String> buttonCell;
    private final Function<String, String> colourOf;
    /** The counts beside the choices, counted again each time the list opens. */
    private TopicCounts counts = TopicCounts.NONE;

    /**
     * @param topicColour a topic's colour as drawn, by its label (none for a label that is no topic)
     * @param search      the claims' search, where a choice in the list gives the keyboard
     */
    TopicFilterBox(ClaimsTableViewModel vm, Function<String, Optional<String>> topicColour, TextField search) {
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
        box.setMaxWidth(MOST);
        backToTheSearchAfterAChoice(search);
        // Each topic's count as the list opens: the claims and the other filters may have changed since.
        box.addEventHandler(javafx.scene.control.ComboBoxBase.ON_SHOWING, e -> {
            counts = vm.topicCounts();
            if (box.getSkin() instanceof javafx.scene.control.skin.ComboBoxListViewSkin<?> skin
                    && skin.getPopupContent() instanceof javafx.scene.control.ListView<?> list) {
                list.refresh();
            }
        });
    }

    ComboBox<String> node() {
        return box;
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
