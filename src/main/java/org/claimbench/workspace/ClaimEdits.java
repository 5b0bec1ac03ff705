package org.claimbench.workspace;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.claimbench.domain.Claim;
import org.claimbench.domain.Contradiction;

/** Undoable edits of claims. */
final class ClaimEdits {

    private ClaimEdits() {
    }

    /** Adds claims; undo removes them, redo brings them back with the same ids. */
    static final class Insert implements Edit {
        private final String label;
        private List<Claim> claims;

        Insert(String label, List<Claim> claims) {
            this.label = label;
            this.claims = claims;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public void apply(Tx tx) throws SQLException {
            List<Claim> stored = new ArrayList<>(claims.size());
            for (Claim c : claims) {
                stored.add(tx.insertClaim(c));
            }
            claims = stored;
        }

        @Override
        public void revert(Tx tx) throws SQLException {
            for (Claim c : claims) {
                tx.deleteClaim(c.id());
            }
        }

        List<Claim> claims() {
            return claims;
        }
    }

    /** Removes claims and the contradictions they take part in; undo restores all of it. */
    static final class Delete implements Edit {
        private final String label;
        private final List<Claim> claims;
        private final List<Contradiction> contradictions = new ArrayList<>();
        private final List<org.claimbench.domain.Verdict> verdicts = new ArrayList<>();

        Delete(String label, List<Claim> claims) {
            this.label = label;
            this.claims = claims;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public void apply(Tx tx) throws SQLException {
            contradictions.clear();
            verdicts.clear();
            for (Claim c : claims) {
                org.claimbench.domain.Verdict v = tx.state().verdicts.get(c.id());
                if (v != null) {
                    verdicts.add(v);
                }
                contradictions.addAll(tx.deleteClaim(c.id()));
            }
        }

        @Override
        public void revert(Tx tx) throws SQLException {
            for (Claim c : claims) {
                tx.insertClaim(c);
            }
            for (Contradiction x : contradictions) {
                tx.insertContradiction(x);
            }
            for (org.claimbench.domain.Verdict v : verdicts) {
                tx.putVerdict(v.claimId(), v);
            }
        }
    }

    /** Gives a claim a verdict, changes it, or (after null) takes it away. */
    static Edit setVerdict(long claimId, org.claimbench.domain.Verdict before, org.claimbench.domain.Verdict after) {
        return Edit.swap(after == null ? "Remove verdict" : "Verdict: " + after.rating(), before, after, (tx, v) -> tx.putVerdict(claimId, v));
    }

    /** Moves claims on their article's text or changes how they stand there (re-placed, accepted wording, orphaned); undo puts them back. */
    static Edit place(String label, List<Claim> before, List<Claim> after) {
        return Edit.swap(label, before, after, (tx, claims) -> {
            for (Claim c : claims) {
                tx.placeClaim(c);
            }
        });
    }

    /** Changes source, speaker, topic or note of claims (the text span never changes here); undo puts the earlier ones back. */
    static Edit update(String label, List<Claim> before, List<Claim> after) {
        return Edit.swap(label, before, after, (tx, claims) -> {
            for (Claim c : claims) {
                tx.updateClaim(c);
            }
        });
    }
}
