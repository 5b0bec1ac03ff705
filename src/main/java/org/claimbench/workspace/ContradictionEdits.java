package org.claimbench.workspace;

import java.sql.SQLException;

import org.claimbench.domain.Contradiction;

/** Undoable edits of contradictions. */
final class ContradictionEdits {

    private ContradictionEdits() {
    }

    static final class Add implements Edit {
        private Contradiction contradiction;
        private final String label;

        Add(Contradiction contradiction, String label) {
            this.contradiction = contradiction;
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public void apply(Tx tx) throws SQLException {
            contradiction = tx.insertContradiction(contradiction);
        }

        @Override
        public void revert(Tx tx) throws SQLException {
            tx.deleteContradiction(contradiction.id());
        }

        Contradiction contradiction() {
            return contradiction;
        }
    }

    static final class Delete implements Edit {
        private final Contradiction contradiction;

        Delete(Contradiction contradiction) {
            this.contradiction = contradiction;
        }

        @Override
        public String label() {
            return "Delete contradiction";
        }

        @Override
        public void apply(Tx tx) throws SQLException {
            tx.deleteContradiction(contradiction.id());
        }

        @Override
        public void revert(Tx tx) throws SQLException {
            tx.insertContradiction(contradiction);
        }
    }
}
