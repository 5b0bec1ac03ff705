package org.claimbench.workspace;

import java.util.List;

import org.claimbench.domain.Contradiction;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.domain.ContradictionStatus;
import org.claimbench.domain.Origin;
import org.claimbench.domain.Verdict;

/** The reviewer's work on claims: contradictions between them, verdicts, the rating scale. Runs under the workspace's monitor. */
final class ReviewWrites {

    private final Parts p;

    ReviewWrites(Parts parts) {
        this.p = parts;
    }

    Contradiction link(long claimA, long claimB, ContradictionKind kind, ContradictionStatus status, String note) {
        p.requireClaim(claimA);
        p.requireClaim(claimB);
        if (claimA == claimB) {
            throw new WorkspaceException("A claim cannot contradict itself: choose two different claims.");
        }
        boolean exists = p.state().contradictionsOf(claimA).stream().anyMatch(x -> x.involves(claimB));
        if (exists) {
            throw new WorkspaceException("These two claims are already linked as a contradiction.");
        }
        return add(new Contradiction(0, claimA, claimB, kind, status, note, Origin.USER, null, p.clock().instant()));
    }

    Contradiction acceptSuggestion(long claimA, long claimB, ContradictionKind kind, double score, String note, ContradictionStatus status) {
        p.requireClaim(claimA);
        p.requireClaim(claimB);
        Contradiction x = new Contradiction(0, claimA, claimB, kind, status, note, Origin.SUGGESTED, score, p.clock().instant());
        return add(x, status == ContradictionStatus.CONFIRMED ? "Confirm suggested contradiction" : "Accept suggested contradiction");
    }

    private Contradiction add(Contradiction x) {
        return add(x, "Link contradiction");
    }

    private Contradiction add(Contradiction x, String label) {
        ContradictionEdits.Add edit = new ContradictionEdits.Add(x, label);
        p.perform(edit);
        return edit.contradiction();
    }

    void update(long id, ContradictionKind kind, ContradictionStatus status, String note) {
        Contradiction before = require(id);
        p.perform(Edit.swap(updateLabel(before, kind, status, note), before, before.withReview(kind, status, note), Tx::updateContradiction));
    }

    /** What the undo menu calls the change: the verdict given when only the status changed ("Confirm contradiction"). */
    private static String updateLabel(Contradiction before, ContradictionKind kind, ContradictionStatus status, String note) {
        boolean onlyStatus = before.kind() == kind && java.util.Objects.equals(before.note(), note) && before.status() != status;
        if (!onlyStatus) {
            return "Edit contradiction";
        }
        return switch (status) {
            case CONFIRMED -> "Confirm contradiction";
            case DISMISSED -> "Dismiss contradiction";
            default -> "Reopen contradiction";
        };
    }

    void delete(long id) {
        p.perform(new ContradictionEdits.Delete(require(id)));
    }

    private Contradiction require(long id) {
        return p.workspace().contradiction(id).orElseThrow(() -> new WorkspaceException("Contradiction " + id + " is not in this workspace."));
    }

    void setVerdict(long claimId, String rating, String explanation, String reviewer) {
        p.requireClaim(claimId);
        List<String> scale = p.state().ratingScale;
        Verdict before = p.state().verdicts.get(claimId);
        Verdict after = null;
        if (rating != null && !rating.isBlank()) {
            String known = scale.stream().filter(r -> r.equalsIgnoreCase(rating.strip())).findFirst().orElseThrow(() ->
                    new WorkspaceException("'" + rating.strip() + "' is not on the rating scale: " + String.join(", ", scale) + "."));
            after = new Verdict(claimId, known, explanation, reviewer, p.clock().instant());
        }
        p.perform(ClaimEdits.setVerdict(claimId, before, after));
    }

    void setRatingScale(List<String> labels) {
        List<String> clean = labels.stream().map(String::strip).filter(l -> !l.isEmpty()).distinct().toList();
        if (clean.isEmpty()) {
            throw new WorkspaceException("A rating scale needs at least one rating.");
        }
        p.db().inTransaction(c -> {
            p.repos().verdicts().setScale(c, clean);
            return null;
        });
        p.state().ratingScale = clean;
        p.transactions().fire(List.of(new WorkspaceEvent.RatingScaleChanged()));
    }
}
