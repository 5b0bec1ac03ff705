package org.claimbench.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.domain.Claim;
import org.claimbench.workspace.sqlite.Database;

/**
 * What the workspace reads from the file on demand rather than at open: article texts (the last
 * few kept), the claims of one article when it is first shown, and all claims once, in the
 * background. Called with the Workspace's monitor held, except {@link #loadAllClaims}.
 */
final class DiskReads {

    private static final int TEXTS_KEPT = 12;

    private final Database db;
    private final Tx.Repositories repos;
    private final WorkspaceState state;
    /** A text kept in memory with the hash of the text it is, so a revision can never be answered with the old one. */
    private record Kept(String sha256, String text) { }

    private final Map<Long, Kept> texts = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Kept> eldest) {
            return size() > TEXTS_KEPT;
        }
    };

    DiskReads(Database db, Tx.Repositories repos, WorkspaceState state) {
        this.db = db;
        this.repos = repos;
        this.state = state;
    }

    /**
     * What a workspace reads when it opens: everything but the claims, which are read per article
     * as they are shown, and all of them later in the background (a workspace with 50,000 claims
     * opens at once).
     */
    void readOpening() {
        db.read(c -> {
            state.loadSources(repos.sources().all(c));
            state.loadTopics(repos.topics().all(c));
            state.loadArticles(repos.articles().all(c));
            repos.verdicts().all(c).forEach(v -> state.verdicts.put(v.claimId(), v));
            state.loadAnchors(repos.claims().unanchored(c));
            state.ratingScale = repos.verdicts().scale(c);
            state.countBySource.putAll(repos.claims().countsBy(c, "source_id"));
            state.countByArticle.putAll(repos.claims().countsBy(c, "article_id"));
            state.loadContradictions(repos.contradictions().all(c));
            return null;
        });
    }

    String text(long articleId) {
        org.claimbench.domain.Article a = state.articles.get(articleId);
        Kept kept = texts.get(articleId);
        if (kept != null && a != null && kept.sha256().equals(a.textSha256())) {
            return kept.text();
        }
        String text = db.read(c -> repos.articles().text(c, articleId))
                .orElseThrow(() -> new WorkspaceException("Article " + articleId + " is not in this workspace."));
        texts.put(articleId, new Kept(a == null ? "" : a.textSha256(), text));
        return text;
    }

    void forgetText(long articleId) {
        texts.remove(articleId);
    }

    void ensureClaimsOf(long articleId) {
        if (!state.claimsLoaded(articleId)) {
            state.loadClaimsOf(articleId, db.read(c -> repos.claims().ofArticle(c, articleId)));
        }
    }

    /**
     * Reads every claim into memory, if that has not happened yet. The rows are read on the
     * database's second connection without holding the workspace's monitor, so the UI goes on
     * using the workspace meanwhile; they are merged under the monitor.
     */
    void loadAllClaims(Object monitor) {
        synchronized (monitor) {
            if (state.allClaimsLoaded) {
                return;
            }
        }
        List<Claim> rows = db.readInBackground(c -> repos.claims().all(c));
        synchronized (monitor) {
            if (!state.allClaimsLoaded) {
                state.mergeAllClaims(rows);
            }
        }
    }
}
