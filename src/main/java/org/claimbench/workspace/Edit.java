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
}
