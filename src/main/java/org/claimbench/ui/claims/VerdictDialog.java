package org.claimbench.ui.claims;

import java.util.List;
import java.util.Optional;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.claimbench.domain.Verdict;
import org.claimbench.ui.common.FormGrid;

/** Claim › Verdict… (V in the Claims table): the rating a claim gets on the workspace's scale, why, and who reviewed it. */
final class VerdictDialog {

    /** The verdict given: rating "" takes the claim's verdict away. */
    record Result(String rating, String explanation, String reviewer) {
    }

    private VerdictDialog() {
    }

    /**
     * Empty if cancelled or nothing changed. A claim with no verdict yet gets {@code lastReviewer} in the Reviewer field
     * (the one who gave the workspace's latest verdict), so a reviewer does not type their name at each claim.
     */
    static Optional<Result> show(Window owner, ClaimRow row, List<String> scale, Verdict verdict, String lastReviewer) {
        Dialog<Result> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Verdict");
        d.setHeaderText("The verdict on " + org.claimbench.domain.QuoteMarks.quoted(row.quote(), 140) + "\n" + row.source()
                + (row.speaker().isEmpty() ? "" : " · " + row.speaker()) + " · " + org.claimbench.ui.common.EllipsisCut.toLength(row.article(), 60));
        VerdictFields fields = new VerdictFields(scale, verdict);
        if (verdict == null) {
            fields.reviewer.setText(lastReviewer);
        }
        d.getDialogPane().setContent(fields.addTo(new FormGrid(380)));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setOnShown(e -> fields.rating.requestFocus());
        // With no verdict yet, only a rating chosen gives one (the reviewer's name filled in is no change of its own).
        d.setResultConverter(b -> b == ButtonType.OK && (verdict == null ? !fields.chosenRating().isEmpty() : fields.changedFrom(verdict))
                ? new Result(fields.chosenRating(), fields.explanation.getText(), fields.reviewer.getText()) : null);
        return d.showAndWait();
    }
}
