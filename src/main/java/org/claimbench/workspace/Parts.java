package org.claimbench.workspace;

import java.time.Clock;

import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Source;
import org.claimbench.workspace.sqlite.Database;

/**
 * What the workspace's edits work with: the workspace itself (for its queries), its memory, its
 * transactions, its file, its clock. Only used under the workspace's monitor.
 */
record Parts(Workspace workspace, WorkspaceState state, Transactions transactions, DiskReads disk, Suggestions suggestions,
        Database db, Tx.Repositories repos, Clock clock) {

    void perform(Edit edit) {
        transactions.perform(edit);
    }

    <T> T write(Transactions.TxWork<T> work) {
        return transactions.write(work);
    }

    Article requireArticle(long id) {
        return workspace.article(id).orElseThrow(() ->
                new WorkspaceException("Article " + id + " is not in this workspace. List them with 'claimbench list articles'."));
    }

    Source requireSource(long id) {
        return workspace.source(id).orElseThrow(() -> new WorkspaceException("Source " + id + " is not in this workspace."));
    }

    Claim requireClaim(long id) {
        return workspace.claim(id).orElseThrow(() ->
                new WorkspaceException("Claim " + id + " is not in this workspace. List them with 'claimbench list claims'."));
    }
}
