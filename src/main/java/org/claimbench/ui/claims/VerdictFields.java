package org.claimbench.ui.claims;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.claimbench.domain.Verdict;
import org.claimbench.ui.common.FormGrid;

/** A claim's verdict as three fields of a form: the rating (or none), why, and who reviewed it. */
final class VerdictFields {

    /** The rating that means "no verdict": choosing it takes the verdict away. */
    static final String NONE = "(no verdict)";

    final ComboBox<String> rating;
    final TextField explanation = new TextField();
    final TextField reviewer = new TextField();

    VerdictFields(List<String> scale, Verdict verdict) {
        List<String> ratings = new ArrayList<>(List.of(NONE));
        ratings.addAll(scale);
        rating = new ComboBox<>(FXCollections.observableArrayList(ratings));
        rating.setId("editClaimVerdict");
        rating.setValue(verdict == null ? NONE : verdict.rating());
        explanation.setId("editClaimVerdictExplanation");
        explanation.setPromptText("Why this rating, in a sentence");
        explanation.setText(verdict == null ? "" : verdict.explanation());
        reviewer.setId("editClaimReviewer");
        reviewer.setPromptText("Who reviewed it");
        reviewer.setText(verdict == null ? "" : verdict.reviewer());
    }

    FormGrid addTo(FormGrid form) {
        return form.row("Verdict", rating).row("Because", explanation).row("Reviewer", reviewer);
    }

    /** The rating chosen, "" for none. */
    String chosenRating() {
        return NONE.equals(rating.getValue()) || rating.getValue() == null ? "" : rating.getValue();
    }

    /** Whether the fields say something else than the verdict the claim has. */
    boolean changedFrom(Verdict verdict) {
        return !chosenRating().equals(verdict == null ? "" : verdict.rating())
                || !explanation.getText().equals(verdict == null ? "" : verdict.explanation())
                || !reviewer.getText().equals(verdict == null ? "" : verdict.reviewer());
    }
}
