package org.claimbench.workspace;

import java.time.Clock;

import org.claimbench.workspace.sqlite.Database;

/** What the workspace's queries and edits share, made before either: the file, the memory and the transactions. */
record WorkspaceCore(Database db, Tx.Repositories repos, WorkspaceState state, DiskReads disk, Transactions transactions,
                     Suggestions suggestions, ExchangeIds exchangeIds) {

    static WorkspaceCore of(Database db, Clock clock) {
        Tx.Repositories repos = Tx.Repositories.sqlite();
        WorkspaceState state = new WorkspaceState();
        DiskReads disk = new DiskReads(db, repos, state);
        ExchangeIds exchangeIds = new ExchangeIds(db);
        Transactions transactions = new Transactions(db, repos, state, disk::text);
        Suggestions suggestions = new Suggestions(db, state, clock, transactions::fire);
        return new WorkspaceCore(db, repos, state, disk, transactions, suggestions, exchangeIds);
    }
}
