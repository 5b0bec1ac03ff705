package org.claimbench.workspace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;

/** Adding, importing, revising and removing articles. Runs under the workspace's monitor. */
final class ArticleWrites {

    private final Parts p;

    ArticleWrites(Parts parts) {
        this.p = parts;
    }

    /**
     * Adds articles in one transaction; a text already in the workspace is reported as a
     * duplicate and not stored again. Not undoable: remove an article to take it back.
     */
    List<AddedArticle> add(List<ArticleDraft> drafts) {
        drafts.forEach(d -> requireLength(d.metadata().title(), d.text()));
        Instant now = p.clock().instant();
        List<AddedArticle> out = new ArrayList<>();
        p.write(tx -> {
            Map<String, Article> seen = new HashMap<>();
            p.state().articles.values().forEach(a -> seen.put(a.textSha256(), a));
            for (ArticleDraft d : drafts) {
                String sha = d.sha256();
                Article existing = seen.get(sha);
                if (existing != null) {
                    out.add(new AddedArticle(existing, true));
                    continue;
                }
                Article stored = tx.insertArticle(new Article(0, d.metadata(), d.text().length(), sha, now, d.origin()), d.text());
                seen.put(sha, stored);
                out.add(new AddedArticle(stored, false));
            }
            return null;
        });
        return out;
    }

    /**
     * Imports a whole exported workspace in one transaction: reproduced with its own ids if this
     * workspace is empty, merged otherwise. Not undoable (like adding articles); a file that
     * does not hold together is refused before anything is written.
     */
    MergeReport importBundle(org.claimbench.domain.WorkspaceBundle bundle) {
        Workspace w = p.workspace();
        w.loadAllClaims();
        MergeReport report = p.write(tx -> new BundleImport(p.state(), w.speakers(), p.clock().instant()).apply(tx, bundle));
        p.suggestions().reload();
        return report;
    }

    /**
     * Replaces an article's text (an edited draft, a new version of its file, or an earlier
     * version restored) as one undoable step: the old text is kept as a version, and every claim
     * follows the text or becomes an orphan, kept and listed (see {@link TextRevision}).
     */
    RevisionReport revise(long articleId, String given, org.claimbench.domain.TextOrigin origin) {
        // A text typed in the window takes the form imported texts have (NFC, one kind of line break, no invisible characters).
        String newText = org.claimbench.domain.WellFormed.text(origin == org.claimbench.domain.TextOrigin.EDIT && given != null
                ? org.claimbench.domain.TextNormaliser.normalise(given) : given);
        Workspace w = p.workspace();
        Article a = p.requireArticle(articleId);
        if (newText == null || newText.isBlank()) {
            throw new WorkspaceException("The new text is empty. An article needs some text.");
        }
        requireLength(a.title(), newText);
        String oldText = w.text(articleId);
        if (oldText.equals(newText)) {
            return new RevisionReport(w.claimsOf(articleId).size(), 0, 0, 0);
        }
        TextRevision revision = new TextRevision(a, oldText, newText, origin, w.claimsOf(articleId),
                p.suggestions().dismissedSpansOf(articleId), p.clock().instant());
        p.state().articles.values().stream().filter(x -> x.id() != articleId && x.textSha256().equals(revision.sha())).findFirst()
                .ifPresent(x -> {
                    throw new WorkspaceException("That text is already article " + x.id() + " (“" + x.title() + "”).");
                });
        p.perform(revision);
        return revision.report();
    }

    /** Makes an earlier version the article's text again, as a revision of its own (undoable; the current text is kept as a version). */
    RevisionReport restoreVersion(long articleId, int version) {
        String text = versions(articleId).stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow(() -> new WorkspaceException("Article " + articleId + " has no version " + version + "."))
                .text();
        return revise(articleId, text, org.claimbench.domain.TextOrigin.RESTORE);
    }

    /**
     * Imports annotations (e.g. a W3C file) in one transaction, each on the article whose text
     * holds its quote with its context (see {@link AnnotationImport}). Nothing is written when no
     * annotation fits any article here.
     */
    AnnotationImportReport importAnnotations(org.claimbench.domain.AnnotationDraft draft) {
        Workspace w = p.workspace();
        for (Article a : p.state().articles.values()) {
            p.disk().ensureClaimsOf(a.id());
        }
        AnnotationImportReport report = p.write(tx -> {
            AnnotationImportReport r = new AnnotationImport(p.state(), w::text, p.clock().instant()).apply(tx, draft);
            if (!draft.claims().isEmpty() && r.claimsAdded() + r.claimsAlreadyThere() == 0) {
                throw new WorkspaceException("None of the " + draft.claims().size() + " annotations fits an article of this workspace "
                        + "(no article holds their quoted words with the words around them). Import the articles they annotate first; "
                        + "nothing was imported.");
            }
            return r;
        });
        return report;
    }

    /** Every text the workspace holds fits {@link Article#MAX_LENGTH}, so every export of it can be read back. */
    private static void requireLength(String title, String text) {
        if (text.length() > Article.MAX_LENGTH) {
            throw new WorkspaceException(String.format(java.util.Locale.ROOT, "“%s” has %,d characters; Claimbench holds articles of up to %,d. "
                    + "Split it into smaller articles.", title, text.length(), Article.MAX_LENGTH));
        }
    }

    List<org.claimbench.domain.ArticleVersion> versions(long articleId) {
        return p.db().read(c -> p.repos().revisions().versions(c, articleId));
    }

    void updateMetadata(long articleId, ArticleMetadata metadata) {
        Article before = p.requireArticle(articleId);
        p.perform(Edit.swap("Edit details of " + before.title(), before, before.withMetadata(metadata), Tx::updateArticle));
    }

    void delete(long articleId) {
        Workspace w = p.workspace();
        Article a = p.requireArticle(articleId);
        p.perform(new ArticleEdits.Delete(a, w.text(articleId), w.claimsOf(articleId)));
        p.disk().forgetText(articleId);
    }
}
