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
            for (Claim c : claims) {
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
        }
    }

    /** Changes source, speaker, topic or note of claims; the text span never changes here. */
    static final class Update implements Edit {
        private final String label;
        private final List<Claim> before;
        private final List<Claim> after;

        Update(String label, List<Claim> before, List<Claim> after) {
            this.label = label;
            this.before = before;
            this.after = after;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public void apply(Tx tx) throws SQLException {
            for (Claim c : after) {
                tx.updateClaim(c);
            }
        }

        @Override
        public void revert(Tx tx) throws SQLException {
            for (Claim c : before) {
                tx.updateClaim(c);
            }
        }
    }
}
