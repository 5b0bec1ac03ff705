package org.claimbench.workspace;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Contradiction;
import org.claimbench.domain.Source;
import org.claimbench.domain.Speaker;
import org.claimbench.domain.Topic;
import org.claimbench.domain.WorkspaceContent;

/**
 * What an open workspace answers: its articles, texts, sources, topics, claims, contradictions, verdicts, speaker table
 * and turned-down suggestions, from memory (texts and claims read from the file the first time they are asked for). The
 * reading half of {@link Workspace}, which adds the edits ({@link WorkspaceReview}'s and its own), undo and the file;
 * the only kind of it. Thread-safe: every
 * answer is given holding the workspace's monitor (the same object's, so reads and edits never interleave).
 */
public abstract sealed class WorkspaceQueries implements WorkspaceContent permits WorkspaceReview {

    /** The workspace in memory; changed only by the edits, under this object's monitor. */
    final WorkspaceState state;
    final DiskReads disk;
    final Suggestions suggestions;
    private final ExchangeIds exchangeIds;

    WorkspaceQueries(WorkspaceState state, DiskReads disk, Suggestions suggestions, ExchangeIds exchangeIds) {
        this.state = state;
        this.disk = disk;
        this.suggestions = suggestions;
        this.exchangeIds = exchangeIds;
    }

    @Override
    public synchronized List<Article> articles() {
        return List.copyOf(state.articles.values());
    }

    public synchronized Optional<Article> article(long id) {
        return Optional.ofNullable(state.articles.get(id));
    }

    /** The text of an article (read from the file the first time, then kept for a while). */
    @Override
    public synchronized String text(long articleId) {
        return disk.text(articleId);
    }

    @Override
    public synchronized List<Source> sources() {
        return List.copyOf(state.sources.values());
    }

    public synchronized Optional<Source> source(long id) {
        return Optional.ofNullable(state.sources.get(id));
    }

    public synchronized Optional<Source> sourceNamed(String name) {
        return state.sources.values().stream().filter(s -> s.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    @Override
    public synchronized List<Topic> topics() {
        return List.copyOf(state.topics.values());
    }

    public synchronized Optional<Topic> topic(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(state.topics.get(id));
    }

    /**
     * Reads every claim into memory, if that has not happened yet. Slow for a large workspace
     * (a few hundred milliseconds for 50,000 claims): the app calls it from a background task.
     * The rows are read without holding this workspace's monitor, so the UI can go on using it.
     */
    public void loadAllClaims() {
        disk.loadAllClaims(this);
    }

    public synchronized boolean allClaimsLoaded() {
        return state.allClaimsLoaded;
    }

    @Override
    public synchronized List<Claim> claims() {
        loadAllClaims();
        return state.claimsInArticleOrder();
    }

    /** Claims of one article, in text order. */
    public synchronized List<Claim> claimsOf(long articleId) {
        disk.ensureClaimsOf(articleId);
        return List.copyOf(state.claimsByArticle.getOrDefault(articleId, List.of()));
    }

    public synchronized Optional<Claim> claim(long id) {
        if (!state.claims.containsKey(id)) {
            loadAllClaims();
        }
        return Optional.ofNullable(state.claims.get(id));
    }

    public synchronized int claimCount() {
        return state.countByArticle.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Claims per source, kept in memory: asking never touches the file. */
    public synchronized Map<Long, Integer> claimCountsBySource() {
        return Map.copyOf(state.countBySource);
    }

    /** How many claims one article has, kept in memory: asking never touches the file. */
    public synchronized int claimCountOf(long articleId) {
        return state.countByArticle.getOrDefault(articleId, 0);
    }

    @Override
    public synchronized List<Contradiction> contradictions() {
        return List.copyOf(state.contradictions.values());
    }

    public synchronized Optional<Contradiction> contradiction(long id) {
        return Optional.ofNullable(state.contradictions.get(id));
    }

    public synchronized int contradictionCount(long claimId) {
        return state.contradictionsPerClaim.getOrDefault(claimId, 0);
    }

    public synchronized List<Contradiction> contradictionsOf(long claimId) {
        return state.contradictionsOf(claimId);
    }

    /** How many contradictions involve any of these claims, each counted once (one between two of them too); from memory. */
    public synchronized long contradictionCount(Collection<Long> claimIds) {
        return claimIds.stream().flatMap(id -> state.contradictionsOf(id).stream()).map(Contradiction::id).distinct().count();
    }

    /** Whether a claim lost its words when its article's text changed. */
    public synchronized boolean isOrphan(long claimId) {
        return state.orphans.contains(claimId);
    }

    /** Whether a revision changed a claim's words since it was marked (see {@link org.claimbench.domain.Anchor#CHANGED}). */
    public synchronized boolean isChangedSinceMarked(long claimId) {
        return state.changed.contains(claimId);
    }

    /** How many claims are orphans, and how many changed since marked, kept in memory (the file agrees). */
    public synchronized int orphanCount() {
        return state.orphans.size();
    }

    public synchronized int changedCount() {
        return state.changed.size();
    }

    // ---- verdicts and the rating scale ----------------------------------------------------

    public synchronized Optional<org.claimbench.domain.Verdict> verdict(long claimId) {
        return Optional.ofNullable(state.verdicts.get(claimId));
    }

    @Override
    public synchronized List<org.claimbench.domain.Verdict> verdicts() {
        return List.copyOf(state.verdicts.values());
    }

    /** The verdict ratings of this workspace, best first. */
    @Override
    public synchronized List<String> ratingScale() {
        return state.ratingScale;
    }

    // ---- suggestions ---------------------------------------------------------------------

    /** The speaker table: who speaks for which source, and the words that name them. */
    @Override
    public synchronized List<Speaker> speakers() {
        return suggestions.speakers();
    }

    @Override
    public synchronized List<DismissedSpan> dismissedClaimSuggestions() {
        return suggestions.dismissedSpans();
    }

    @Override
    public synchronized List<long[]> dismissedPairs() {
        return suggestions.dismissedPairsInOrder();
    }

    // ---- exchange identifiers --------------------------------------------------------------

    /** Random GUIDs made once per row and stored in the file; see {@link WorkspaceContent#exchangeIds} and {@link ExchangeIds}. */
    @Override
    public synchronized Map<Long, String> exchangeIds(String kind, Collection<Long> rowIds) {
        return exchangeIds.of(kind, rowIds);
    }
}
