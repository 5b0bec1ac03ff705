package org.claimbench.workspace;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Contradiction;
import org.claimbench.domain.Source;
import org.claimbench.domain.Topic;
import org.claimbench.workspace.sqlite.SqliteArticleRepository;
import org.claimbench.workspace.sqlite.SqliteClaimRepository;
import org.claimbench.workspace.sqlite.SqliteContradictionRepository;
import org.claimbench.workspace.sqlite.SqliteSourceRepository;
import org.claimbench.workspace.sqlite.SqliteTopicRepository;

/**
 * The primitive changes one transaction is made of. Each writes its row at once and queues the
 * matching change to the in-memory state, applied only once the transaction has committed: a
 * failed write leaves both the file and the state as they were.
 */
final class Tx {

    record Repositories(SqliteArticleRepository articles, SqliteSourceRepository sources, SqliteTopicRepository topics,
                        SqliteClaimRepository claims, SqliteContradictionRepository contradictions,
                        org.claimbench.workspace.sqlite.SqliteVerdictRepository verdicts,
                        org.claimbench.workspace.sqlite.SqliteRevisionRepository revisions,
                        org.claimbench.workspace.sqlite.SqliteSuggestionRepository suggestions) {

        /** The repositories of a workspace file. */
        static Repositories sqlite() {
            return new Repositories(new SqliteArticleRepository(), new SqliteSourceRepository(), new SqliteTopicRepository(),
                    new SqliteClaimRepository(), new SqliteContradictionRepository(), new org.claimbench.workspace.sqlite.SqliteVerdictRepository(),
                    new org.claimbench.workspace.sqlite.SqliteRevisionRepository(), new org.claimbench.workspace.sqlite.SqliteSuggestionRepository());
        }
    }

    private final Connection c;
    private final Repositories repos;
    private final WorkspaceState state;
    /** The committed text of an article (the workspace's text cache). */
    private final java.util.function.LongFunction<String> committedTexts;
    /** Texts written in this transaction: what a claim must fit is the text as it is at that point. */
    private final java.util.Map<Long, String> texts = new java.util.HashMap<>();
    /** Claims that did not fit their text when written, and were put back on their words or orphaned. */
    private int repairedPlaced;
    private int repairedOrphaned;
    private final List<Runnable> onCommit = new ArrayList<>();
    private final Set<Long> claimArticles = new HashSet<>();
    private final Set<Long> claimIds = new HashSet<>();
    private boolean allClaimsOfArticles;
    private final Set<Class<? extends WorkspaceEvent>> kinds = new LinkedHashSet<>();
    /** Contradictions removed in this transaction, so a cascade is not counted twice. */
    private final Set<Long> removedContradictions = new HashSet<>();

    Tx(Connection c, Repositories repos, WorkspaceState state, java.util.function.LongFunction<String> committedTexts) {
        this.c = c;
        this.repos = repos;
        this.state = state;
        this.committedTexts = committedTexts;
    }

    /** An article's text as it stands in this transaction. */
    String textOf(long articleId) {
        String t = texts.get(articleId);
        return t != null ? t : committedTexts.apply(articleId);
    }

    /**
     * The claim as it may be written: one with a place must show its quote there in the text as it
     * stands now. One that does not (a defect, or a file written by something else) goes back onto
     * its words where their context fits, or becomes an orphan; either way it is counted and said.
     */
    private Claim fitted(Claim claim) {
        if (claim.isOrphan()) {
            return claim;
        }
        String text = textOf(claim.articleId());
        String exact = claim.exact();
        if (claim.span().length() == exact.length() && claim.span().fitsIn(text.length()) && text.startsWith(exact, claim.start())
                && !exact.isEmpty()) {
            return claim;
        }
        java.util.Optional<org.claimbench.domain.TextSpan> at = org.claimbench.domain.QuoteContext.locate(text, claim.quote(), claim.start());
        if (at.isPresent()) {
            repairedPlaced++;
            return claim.placedAt(at.get(), org.claimbench.domain.TextQuote.of(text, at.get()), claim.anchor(), claim.markedQuote(), claim.updated());
        }
        repairedOrphaned++;
        return claim.orphaned(claim.updated());
    }

    WorkspaceState state() {
        return state;
    }

    Connection connection() {
        return c;
    }

    Article insertArticle(Article a, String text) throws SQLException {
        long id = repos.articles().insert(c, a, text);
        Article stored = new Article(id, a.metadata(), a.length(), a.textSha256(), a.importedAt(), a.textOrigin());
        texts.put(id, text);
        onCommit.add(() -> {
            state.articles.put(stored.id(), stored);
            state.claimsLoadedFor.add(stored.id());
        });
        kinds.add(WorkspaceEvent.ArticlesChanged.class);
        return stored;
    }

    void updateArticle(Article a) throws SQLException {
        repos.articles().updateMetadata(c, a.id(), a.metadata());
        onCommit.add(() -> state.articles.put(a.id(), a));
        kinds.add(WorkspaceEvent.ArticlesChanged.class);
    }

    /** Deletes an article; its claims and their contradictions go with it (ON DELETE CASCADE). */
    void deleteArticle(long id) throws SQLException {
        for (Claim cl : List.copyOf(state.claimsByArticle.getOrDefault(id, List.of()))) {
            forgetClaim(cl);
        }
        repos.articles().delete(c, id);
        onCommit.add(() -> state.articles.remove(id));
        kinds.add(WorkspaceEvent.ArticlesChanged.class);
    }

    Source insertSource(Source s) throws SQLException {
        long id = repos.sources().insert(c, s);
        Source stored = new Source(id, s.name(), s.colour(), s.description(), s.sortOrder(), s.isOutlet());
        onCommit.add(() -> state.sources.put(id, stored));
        kinds.add(WorkspaceEvent.SourcesChanged.class);
        return stored;
    }

    void updateSource(Source s) throws SQLException {
        repos.sources().update(c, s);
        onCommit.add(() -> state.sources.put(s.id(), s));
        kinds.add(WorkspaceEvent.SourcesChanged.class);
        // claims of this source are drawn in its colour
        state.claims.values().stream().filter(cl -> cl.sourceId() == s.id()).forEach(cl -> claimArticles.add(cl.articleId()));
        allClaimsOfArticles = true;
        kinds.add(WorkspaceEvent.ClaimsChanged.class);
    }

    void deleteSource(long id) throws SQLException {
        repos.sources().delete(c, id);
        onCommit.add(() -> state.sources.remove(id));
        kinds.add(WorkspaceEvent.SourcesChanged.class);
    }

    Topic insertTopic(Topic t) throws SQLException {
        long id = repos.topics().insert(c, t);
        Topic stored = new Topic(id, t.label(), t.colour());
        onCommit.add(() -> state.topics.put(id, stored));
        kinds.add(WorkspaceEvent.TopicsChanged.class);
        return stored;
    }

    /** Renames or recolours a topic; the rows of its claims show the new label. */
    void updateTopic(Topic t) throws SQLException {
        repos.topics().update(c, t);
        onCommit.add(() -> state.topics.put(t.id(), t));
        kinds.add(WorkspaceEvent.TopicsChanged.class);
        for (Claim cl : state.claims.values()) {
            if (java.util.Objects.equals(cl.topicId(), t.id())) {
                claimChanged(cl.articleId(), cl.id());
            }
        }
    }

    /** Deletes a topic no claim has any longer (a merge moved them first). */
    void deleteTopic(long id) throws SQLException {
        repos.topics().delete(c, id);
        onCommit.add(() -> state.topics.remove(id));
        kinds.add(WorkspaceEvent.TopicsChanged.class);
    }

    Claim insertClaim(Claim claim) throws SQLException {
        Claim fitted = fitted(claim);
        long id = repos.claims().insert(c, fitted);
        Claim stored = fitted.withId(id);
        onCommit.add(() -> state.putClaim(stored));
        claimChanged(stored.articleId(), stored.id());
        return stored;
    }

    void updateClaim(Claim claim) throws SQLException {
        repos.claims().update(c, claim);
        onCommit.add(() -> state.putClaim(claim));
        claimChanged(claim.articleId(), claim.id());
        if (state.contradictionsPerClaim.containsKey(claim.id())) {
            kinds.add(WorkspaceEvent.ContradictionsChanged.class);
        }
    }

    /** Deletes a claim and returns the contradictions that went with it (for undo). */
    List<Contradiction> deleteClaim(long id) throws SQLException {
        Claim claim = state.claims.get(id);
        if (claim == null) {
            return List.of();
        }
        List<Contradiction> gone = forgetClaim(claim);
        repos.claims().delete(c, id);
        return gone;
    }

    private List<Contradiction> forgetClaim(Claim claim) {
        List<Contradiction> gone = new ArrayList<>();
        for (Contradiction x : state.contradictionsOf(claim.id())) {
            if (removedContradictions.add(x.id())) {
                gone.add(x);
                onCommit.add(() -> state.removeContradiction(x.id()));
                kinds.add(WorkspaceEvent.ContradictionsChanged.class);
            }
        }
        onCommit.add(() -> {
            state.removeClaim(claim.id());
            state.verdicts.remove(claim.id());
        });
        claimChanged(claim.articleId(), claim.id());
        return gone;
    }

    /** Keeps an article's text that is about to be replaced as its next version; returns the version's number. */
    int keepVersion(Article a, String text, java.time.Instant replaced) throws SQLException {
        return repos.revisions().keepVersion(c, a.id(), text, a.textOrigin(), replaced);
    }

    void deleteVersion(long articleId, int version) throws SQLException {
        repos.revisions().deleteVersion(c, articleId, version);
    }

    void insertVersion(org.claimbench.domain.ArticleVersion v) throws SQLException {
        repos.revisions().insertVersion(c, v);
    }

    /** Gives an article a new text (the article record carries its length, fingerprint and origin). */
    void replaceText(Article revised, String text) throws SQLException {
        repos.revisions().replaceText(c, revised.id(), text, revised.textSha256(), revised.textOrigin());
        texts.put(revised.id(), text);
        onCommit.add(() -> state.articles.put(revised.id(), revised));
        kinds.add(WorkspaceEvent.ArticlesChanged.class);
        claimArticles.add(revised.id());
        allClaimsOfArticles = true;
        kinds.add(WorkspaceEvent.ClaimsChanged.class);
    }

    /** Writes where a claim stands on its article's text (span, quote, state), checked against the text as it is now. */
    Claim placeClaim(Claim claim) throws SQLException {
        Claim fitted = fitted(claim);
        repos.claims().place(c, fitted);
        onCommit.add(() -> state.putClaim(fitted));
        claimChanged(fitted.articleId(), fitted.id());
        return fitted;
    }

    /** The speaker table and suggestion decisions of an imported workspace (read again by Suggestions afterwards). */
    void importSpeakers(List<org.claimbench.domain.Speaker> speakers, boolean replaceAll) throws SQLException {
        if (replaceAll) {
            repos.suggestions().deleteAllSpeakers(c);
        }
        for (org.claimbench.domain.Speaker s : speakers) {
            repos.suggestions().insertSpeaker(c, s);
        }
    }

    void importDecisions(List<org.claimbench.domain.WorkspaceContent.DismissedSpan> spans, List<long[]> pairs, java.time.Instant now)
            throws SQLException {
        for (var d : spans) {
            repos.suggestions().dismissSpan(c, d.articleId(), d.span(), now);
        }
        for (long[] p : pairs) {
            repos.suggestions().decidePair(c, p[0], p[1], "dismissed", now);
        }
    }

    /** The dismissed claim suggestions of an article, with when each was dismissed. */
    List<org.claimbench.workspace.sqlite.SqliteSuggestionRepository.DismissedRow> dismissedRows(long articleId) throws SQLException {
        return repos.suggestions().dismissedRows(c, articleId);
    }

    /** Puts an article's dismissed claim suggestions where its text now holds them (see {@link TextRevision}). */
    void replaceDismissedRows(long articleId, List<org.claimbench.workspace.sqlite.SqliteSuggestionRepository.DismissedRow> rows)
            throws SQLException {
        repos.suggestions().replaceDismissedRows(c, articleId, rows);
        onCommit.add(() -> {
            state.dismissedSpans.removeIf(d -> d.articleId() == articleId);
            rows.forEach(r -> state.dismissedSpans.add(new org.claimbench.workspace.sqlite.SqliteSuggestionRepository.DismissedSpan(articleId, r.span())));
        });
        kinds.add(WorkspaceEvent.SuggestionsChanged.class);
    }

    /** Replaces the workspace's rating scale (cleaned by the caller: stripped, distinct, not empty). */
    void setRatingScale(List<String> labels) throws SQLException {
        repos.verdicts().setScale(c, labels);
        onCommit.add(() -> state.ratingScale = List.copyOf(labels));
        kinds.add(WorkspaceEvent.RatingScaleChanged.class);
    }

    /** Sets (or, with null, removes) the verdict on a claim. */
    void putVerdict(long claimId, org.claimbench.domain.Verdict v) throws SQLException {
        if (v == null) {
            repos.verdicts().delete(c, claimId);
            onCommit.add(() -> state.verdicts.remove(claimId));
        } else {
            repos.verdicts().put(c, v);
            onCommit.add(() -> state.verdicts.put(claimId, v));
        }
        Claim cl = state.claims.get(claimId);
        if (cl != null) {
            claimChanged(cl.articleId(), claimId);
        }
    }

    Contradiction insertContradiction(Contradiction x) throws SQLException {
        long id = repos.contradictions().insert(c, x);
        Contradiction stored = x.withId(id);
        onCommit.add(() -> state.putContradiction(stored));
        contradictionChanged(stored);
        return stored;
    }

    void updateContradiction(Contradiction x) throws SQLException {
        repos.contradictions().update(c, x);
        onCommit.add(() -> state.putContradiction(x));
        contradictionChanged(x);
    }

    void deleteContradiction(long id) throws SQLException {
        Contradiction x = state.contradictions.get(id);
        repos.contradictions().delete(c, id);
        removedContradictions.add(id);
        onCommit.add(() -> state.removeContradiction(id));
        if (x != null) {
            contradictionChanged(x);
        }
    }

    private void contradictionChanged(Contradiction x) {
        kinds.add(WorkspaceEvent.ContradictionsChanged.class);
        // panes show how many contradictions each claim takes part in
        for (long claimId : new long[] {x.claimA(), x.claimB()}) {
            Claim cl = state.claims.get(claimId);
            if (cl != null) {
                claimChanged(cl.articleId(), cl.id());
            }
        }
    }

    private void claimChanged(long articleId, long claimId) {
        claimArticles.add(articleId);
        claimIds.add(claimId);
        kinds.add(WorkspaceEvent.ClaimsChanged.class);
    }

    /** Applies the queued state changes; called once the transaction has committed. */
    List<WorkspaceEvent> commit() {
        onCommit.forEach(Runnable::run);
        List<WorkspaceEvent> events = new ArrayList<>();
        for (Class<? extends WorkspaceEvent> k : kinds) {
            if (k == WorkspaceEvent.ArticlesChanged.class) {
                events.add(new WorkspaceEvent.ArticlesChanged());
            } else if (k == WorkspaceEvent.SourcesChanged.class) {
                events.add(new WorkspaceEvent.SourcesChanged());
            } else if (k == WorkspaceEvent.TopicsChanged.class) {
                events.add(new WorkspaceEvent.TopicsChanged());
            } else if (k == WorkspaceEvent.RatingScaleChanged.class) {
                events.add(new WorkspaceEvent.RatingScaleChanged());
            } else if (k == WorkspaceEvent.ContradictionsChanged.class) {
                events.add(new WorkspaceEvent.ContradictionsChanged());
            } else if (k == WorkspaceEvent.SuggestionsChanged.class) {
                events.add(new WorkspaceEvent.SuggestionsChanged(false));
            }
        }
        if (repairedPlaced + repairedOrphaned > 0) {
            events.add(new WorkspaceEvent.ClaimsRepaired(repairedPlaced, repairedOrphaned));
        }
        if (kinds.contains(WorkspaceEvent.ClaimsChanged.class)) {
            // Claims last: panes restyle after the sources and counts they draw with are current.
            events.add(new WorkspaceEvent.ClaimsChanged(Set.copyOf(claimArticles), allClaimsOfArticles ? Set.of() : Set.copyOf(claimIds)));
        }
        return events;
    }
}
