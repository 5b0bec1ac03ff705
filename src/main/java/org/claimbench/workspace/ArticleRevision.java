package org.claimbench.workspace;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.Claim;
import org.claimbench.domain.ReAnchoring;

/**
 * A new text for an article (an edited draft, or a new version re-imported), applied in one
 * transaction: the old text is kept as a version, and every claim follows the text — by position,
 * by quote, or fuzzily (ReAnchoring) — or becomes an orphan, kept and listed.
 */
final class ArticleRevision {

    private final Article article;
    private final String oldText;
    private final String newText;
    private final String sha;
    private final List<ReAnchoring.Result> results;
    private final Instant now;

    ArticleRevision(Article article, String oldText, String newText, List<Claim> claims, Instant now) {
        this.article = article;
        this.oldText = oldText;
        this.newText = newText;
        this.sha = new ArticleDraft(article.metadata(), newText).sha256();
        this.results = new ReAnchoring(oldText, newText).reanchor(claims);
        this.now = now;
    }

    /** The new text's fingerprint (a text already in the workspace is refused before anything is written). */
    String sha() {
        return sha;
    }

    RevisionReport apply(Tx tx) throws SQLException {
        tx.reviseText(article, oldText, newText, sha, now);
        int[] counts = new int[4];
        for (ReAnchoring.Result r : results) {
            Claim c = r.claim();
            counts[r.how().ordinal()]++;
            if (r.span().isPresent()) {
                tx.relocateClaim(new Claim(c.id(), c.articleId(), r.span().get(), r.quote().orElseThrow(), c.sourceId(), c.speaker(),
                        c.topicId(), c.note(), c.created(), now), false);
            } else {
                tx.relocateClaim(c, true);
            }
        }
        return new RevisionReport(counts[0], counts[1], counts[2], counts[3]);
    }
}
