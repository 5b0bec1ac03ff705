package org.claimbench.workspace;

import java.sql.SQLException;

/**
 * One undoable user action. apply and revert each run inside one transaction. An edit remembers
 * the ids its first apply was given, so redo brings back the very same rows.
 */
interface Edit {

    String label();

    void apply(Tx tx) throws SQLException;

    void revert(Tx tx) throws SQLException;

    /** Edits made one after the other as one step: applied in their order, reverted in the reverse order. */
    static Edit steps(String label, java.util.List<Edit> edits) {
        java.util.List<Edit> inOrder = java.util.List.copyOf(edits);
        return of(label, tx -> {
            for (Edit e : inOrder) {
                e.apply(tx);
            }
        }, tx -> {
            for (int i = inOrder.size() - 1; i >= 0; i--) {
                inOrder.get(i).revert(tx);
            }
        });
    }

    /** Work in a transaction. */
    @FunctionalInterface
    interface TxWork {
        void run(Tx tx) throws SQLException;
    }

    /** An edit of this label that applies and reverts as given. */
    static Edit of(String label, TxWork apply, TxWork revert) {
        return new Edit() {
            @Override
            public String label() {
                return label;
            }

            @Override
            public void apply(Tx tx) throws SQLException {
                apply.run(tx);
            }

            @Override
            public void revert(Tx tx) throws SQLException {
                revert.run(tx);
            }
        };
    }

    /** Writes a value in a transaction. */
    @FunctionalInterface
    interface Write<T> {
        void write(Tx tx, T value) throws SQLException;
    }

    /** An edit that replaces a value with another: the same write puts the new one in and, undone, the old one back. */
    static <T> Edit swap(String label, T before, T after, Write<T> write) {
        return of(label, tx -> write.write(tx, after), tx -> write.write(tx, before));
    }
}
