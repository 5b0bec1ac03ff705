package org.claimbench.ui.suggestions;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Whether the suggested contradictions are on screen and under review, and so when their list takes its order
 * ({@link ReviewOrder}): when it comes into sight unless it has been reviewed since it was listed afresh, and as rows arrive
 * while it is on screen with nothing reviewed yet (an empty list looked at while claims are marked). Under review (rows on
 * screen, listed afresh or looked at, or a row chosen) the rows keep their places and new pairs come after them (issue 14).
 * A toggle already on fires no event when chosen again, so the view tells each coming into sight and leaving it (review61:
 * the Suggestions tab left and chosen again never ranked the pairs found meanwhile). JavaFX thread.
 */
final class ContradictionReview {

    private final ObservableList<ContradictionSuggestionRow> rows;
    /** Whether the suggested contradictions are the list on screen (their toggle on and the Suggestions tab chosen). */
    private boolean inSight;
    /** Whether the rows have been on screen since they were listed afresh: from then on they keep their places. */
    private boolean reviewing;

    ContradictionReview(ObservableList<ContradictionSuggestionRow> rows) {
        this.rows = rows;
    }

    /** The list came into sight: it takes its order unless reviewed since listed afresh; an empty list is not under review. */
    void cameIntoSight() {
        inSight = true;
        if (!reviewing) {
            FXCollections.sort(rows, ReviewOrder.ORDER);
        }
        reviewing = !rows.isEmpty();
    }

    /** The list left the screen (the other tab or toggle chosen): pairs that come meanwhile are ranked at the next look. */
    void leftSight() {
        inSight = false;
    }

    /** The list's toggle turned on (it comes into sight) or off (it leaves). */
    void toggled(boolean on) {
        if (on) {
            cameIntoSight();
        } else {
            leftSight();
        }
    }

    /** A row chosen in the list on screen: the reviewer is at work, the rows keep their places from now on. */
    void rowChosen() {
        reviewing |= inSight && !rows.isEmpty();
    }

    /** The rows were listed afresh, in order: under review at once if on screen, else ranked at the next look. */
    void listedAfresh() {
        reviewing = inSight && !rows.isEmpty();
    }

    /** Rows arrived: on screen with nothing reviewed yet, they take their places in the list's order as they come. */
    void arrived() {
        if (inSight && !reviewing) {
            FXCollections.sort(rows, ReviewOrder.ORDER);
        }
    }

    /** The workspace closed or another opened: nothing listed is under review. */
    void cleared() {
        reviewing = false;
    }
}
