package org.claimbench.ui.contradictions;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import org.claimbench.domain.QuoteMarks;

/**
 * The area beside or under the contradictions list: the chosen contradiction in full (its note, the reason, first, then both claims
 * with their sources), as the Suggestions tab's area shows a suggested one; with none chosen, the keys. The list's columns
 * cut the claims and the note with "…" (newcomer37 could not read a reason whole).
 */
final class ContradictionDetail {

    private final Label text = new Label();
    private final ScrollPane area = new ScrollPane(text);

    ContradictionDetail() {
        text.setId("contradictionDetail");
        text.setWrapText(true);
        text.getStyleClass().add("review-detail");
        area.setId("contradictionDetailScroll");
        area.getStyleClass().add("review-detail-scroll");
        area.setFitToWidth(true);
        // As tall as its text at the width it gets (ListBesideDetail places it beside the list or under it); it scrolls
        // only when even that room is too small. At least two lines of its small type.
        area.setMinViewportHeight(34);
        area.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        area.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        show(null);
    }

    /** The area to place under the list. */
    ScrollPane area() {
        return area;
    }

    /** Shows {@code row} in full; null: the keys. */
    void show(ContradictionRow row) {
        text.setText(of(row));
    }

    /** What the area says of {@code r} (null: how to choose one). */
    static String of(ContradictionRow r) {
        if (r == null) {
            return "Choose a contradiction (↑↓) to read both claims and the reason in full here: C confirms it, D dismisses it, "
                    + "Enter shows both claims side by side.";
        }
        var x = r.contradiction();
        String why = x.note().isBlank() ? "" : "Why: " + x.note().strip() + "\n";
        return why + x.kind().label() + " · " + x.status() + "\nA · " + r.sourceA() + ": " + ContradictionRow.gone(r.a()) + QuoteMarks.quoted(r.quoteA())
                + "\nB · " + r.sourceB() + ": " + ContradictionRow.gone(r.b()) + QuoteMarks.quoted(r.quoteB());
    }
}
