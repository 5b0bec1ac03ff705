package org.claimbench.workspace;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Contradiction;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.domain.ContradictionStatus;
import org.claimbench.domain.Origin;
import org.claimbench.domain.Source;
import org.claimbench.domain.Speaker;
import org.claimbench.domain.SourcePalette;
import org.claimbench.domain.TextQuote;
import org.claimbench.domain.TextSpan;
import org.claimbench.domain.Topic;
import org.claimbench.domain.WorkspaceContent;
import org.claimbench.workspace.sqlite.Database;
import org.claimbench.workspace.sqlite.SqliteArticleRepository;
import org.claimbench.workspace.sqlite.SqliteClaimRepository;
import org.claimbench.workspace.sqlite.SqliteContradictionRepository;
import org.claimbench.workspace.sqlite.SqliteSourceRepository;
import org.claimbench.workspace.sqlite.SqliteTopicRepository;

/**
 * The open workspace file as a service, shared by the GUI and the CLI. Queries answer from memory;
 * every edit is one transaction, committed at once, recorded for undo, and announced to listeners.
 * Thread-safe: all access goes through this object's monitor.
 */
public final class Workspace implements WorkspaceContent, AutoCloseable {

    private final Database db;
    private final Tx.Repositories repos = new Tx.Repositories(new SqliteArticleRepository(), new SqliteSourceRepository(),
            new SqliteTopicRepository(), new SqliteClaimRepository(), new SqliteContradictionRepository(),
            new org.claimbench.workspace.sqlite.SqliteVerdictRepository(), new org.claimbench.workspace.sqlite.SqliteRevisionRepository(),
            new org.claimbench.workspace.sqlite.SqliteSuggestionRepository());
    private final WorkspaceState state = new WorkspaceState();
    private final Transactions transactions;
    private final DiskReads disk;
    private final Suggestions suggestions;
    private final SuggestionDecisions decisions;
    private final Clock clock;
    private List<String> ratingScale = List.of();

    /** Milliseconds: the file keeps times to the millisecond, so memory does too. */
    private static final Clock CLOCK = Clock.tick(Clock.systemUTC(), java.time.Duration.ofMillis(1));

    private Workspace(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.transactions = new Transactions(db, repos, state);
        this.disk = new DiskReads(db, repos, state);
        this.suggestions = new Suggestions(db, clock, transactions::fire);
        this.decisions = new SuggestionDecisions(this, suggestions);
        db.read(c -> {
            state.loadSources(repos.sources().all(c));
            state.loadTopics(repos.topics().all(c));
            state.loadArticles(repos.articles().all(c));
            // Claims are read per article as they are shown, and all of them later in the
            // background (loadAllClaims): a workspace with 50,000 claims opens at once.
            repos.verdicts().all(c).forEach(v -> state.verdicts.put(v.claimId(), v));
            state.orphans.addAll(repos.revisions().orphans(c));
            ratingScale = repos.verdicts().scale(c);
            state.countBySource.putAll(repos.claims().countsBy(c, "source_id"));
            state.countByArticle.putAll(repos.claims().countsBy(c, "article_id"));
            state.loadContradictions(repos.contradictions().all(c));
            return null;
        });
    }

    /** Opens a workspace file, creating it with the default sources if it does not exist. */
    public static Workspace openOrCreate(Path file) {
        boolean isNew = !java.nio.file.Files.exists(file);
        return isNew ? create(file) : open(file);
    }

    public static Workspace open(Path file) {
        return new Workspace(Database.open(file), CLOCK);
    }

    public static Workspace create(Path file) {
        Database db = Database.create(file);
        Map<String, Long> sourceIds = db.inTransaction(c -> {
            Map<String, Long> ids = new HashMap<>();
            int order = 0;
            for (SourcePalette.DefaultSource d : SourcePalette.DEFAULTS) {
                ids.put(d.name(), new SqliteSourceRepository().insert(c, new Source(0, d.name(), d.colour(), d.description(), order++)));
            }
            return ids;
        });
        Suggestions.seed(db, sourceIds);
        db.inTransaction(c -> {
            new org.claimbench.workspace.sqlite.SqliteVerdictRepository().setScale(c, org.claimbench.domain.Verdict.DEFAULT_SCALE);
            return null;
        });
        return new Workspace(db, CLOCK);
    }

    public Path file() {
        return db.file();
    }

    /** The workspace's name: its file's name without ".claimbench" (for titles and the names of exports). */
    public String name() {
        return db.file().getFileName().toString().replaceFirst("\\.claimbench$", "");
    }

    public void addListener(WorkspaceListener l) {
        transactions.addListener(l);
    }

    public void removeListener(WorkspaceListener l) {
        transactions.removeListener(l);
    }

    // ---- queries -------------------------------------------------------------------------

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

    private void ensureClaimsOf(long articleId) {
        disk.ensureClaimsOf(articleId);
    }

    @Override
    public synchronized List<Claim> claims() {
        loadAllClaims();
        List<Claim> all = new ArrayList<>(state.claims.size());
        for (Article a : state.articles.values()) {
            all.addAll(state.claimsByArticle.getOrDefault(a.id(), List.of()));
        }
        return all;
    }

    /** Claims of one article, in text order. */
    public synchronized List<Claim> claimsOf(long articleId) {
        ensureClaimsOf(articleId);
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

    // ---- articles ------------------------------------------------------------------------

    /**
     * Adds articles in one transaction; a text already in the workspace is reported as a
     * duplicate and not stored again. Not undoable: remove an article to take it back.
     */
    public synchronized List<AddedArticle> addArticles(List<ArticleDraft> drafts) {
        Instant now = clock.instant();
        List<AddedArticle> out = new ArrayList<>();
        write(tx -> {
            Map<String, Article> seen = new HashMap<>();
            state.articles.values().forEach(a -> seen.put(a.textSha256(), a));
            for (ArticleDraft d : drafts) {
                String sha = d.sha256();
                Article existing = seen.get(sha);
                if (existing != null) {
                    out.add(new AddedArticle(existing, true));
                    continue;
                }
                Article stored = tx.insertArticle(new Article(0, d.metadata(), d.text().length(), sha, now), d.text());
                seen.put(sha, stored);
                out.add(new AddedArticle(stored, false));
            }
            return null;
        });
        return out;
    }

    public AddedArticle addArticle(ArticleDraft draft) {
        return addArticles(List.of(draft)).get(0);
    }

    /**
     * Imports a whole exported workspace in one transaction: reproduced with its own ids if this
     * workspace is empty, merged otherwise. Not undoable (like adding articles); a file that
     * does not hold together is refused before anything is written.
     */
    public synchronized MergeReport importBundle(org.claimbench.domain.WorkspaceBundle bundle) {
        loadAllClaims();
        MergeReport report = write(tx -> new BundleImport(state, speakers(), clock.instant()).apply(tx, bundle));
        if (report.exact() && !bundle.ratingScale().isEmpty()) {
            setRatingScale(bundle.ratingScale());
        }
        suggestions.reload();
        return report;
    }

    /**
     * Replaces an article's text (an edited draft, or a new version re-imported) in one
     * transaction: the old text is kept as a version, and every claim follows the text (by
     * position, by quote, or fuzzily) or becomes an orphan, kept and listed.
     */
    public synchronized RevisionReport reviseArticle(long articleId, String newText) {
        Article a = requireArticle(articleId);
        if (newText == null || newText.isBlank()) {
            throw new WorkspaceException("The new text is empty. An article needs some text.");
        }
        String oldText = text(articleId);
        if (oldText.equals(newText)) {
            return new RevisionReport(claimsOf(articleId).size(), 0, 0, 0);
        }
        ArticleRevision revision = new ArticleRevision(a, oldText, newText, claimsOf(articleId), clock.instant());
        state.articles.values().stream().filter(x -> x.id() != articleId && x.textSha256().equals(revision.sha())).findFirst().ifPresent(x -> {
            throw new WorkspaceException("That text is already article " + x.id() + " (“" + x.title() + "”).");
        });
        RevisionReport report = write(revision::apply);
        disk.forgetText(articleId);
        return report;
    }

    /**
     * Imports annotations of articles in this workspace (e.g. a W3C file) in one transaction:
     * each claim where its position still shows its quote, else where its quote (with context)
     * is found; sources are matched by name or added.
     */
    public synchronized AnnotationImportReport importAnnotations(org.claimbench.domain.AnnotationDraft draft) {
        for (var c : draft.claims()) {
            requireArticle(c.articleId());
            ensureClaimsOf(c.articleId());
        }
        return write(tx -> new AnnotationImport(state, this::text, clock.instant()).apply(tx, draft));
    }

    /** The earlier texts of an article, oldest first. */
    public synchronized List<org.claimbench.domain.ArticleVersion> versions(long articleId) {
        return db.read(c -> repos.revisions().versions(c, articleId));
    }

    /**
     * Puts an orphan (or any claim) at a new span of its article's current text, e.g. the text the
     * user selected; it is no longer an orphan.
     */
    public synchronized Claim replaceClaim(long claimId, TextSpan span) {
        Claim c = requireClaim(claimId);
        String text = text(c.articleId());
        if (span.isEmpty() || !span.fitsIn(text.length())) {
            throw new WorkspaceException("Select the claim's words in its article first.");
        }
        Claim moved = new Claim(c.id(), c.articleId(), span, TextQuote.of(text, span), c.sourceId(), c.speaker(), c.topicId(), c.note(),
                c.created(), clock.instant());
        write(tx -> {
            tx.relocateClaim(moved, false);
            return null;
        });
        return moved;
    }

    /** Whether a claim lost its words when its article's text changed. */
    public synchronized boolean isOrphan(long claimId) {
        return state.orphans.contains(claimId);
    }

    public synchronized void updateArticleMetadata(long articleId, ArticleMetadata metadata) {
        Article before = requireArticle(articleId);
        perform(new ArticleEdits.UpdateMetadata(before, before.withMetadata(metadata)));
    }

    public synchronized void deleteArticle(long articleId) {
        Article a = requireArticle(articleId);
        perform(new ArticleEdits.Delete(a, text(articleId), claimsOf(articleId)));
        disk.forgetText(articleId);
    }

    // ---- claims --------------------------------------------------------------------------

    /** Marks a span of an article as a claim of a source. */
    public synchronized Claim markClaim(long articleId, TextSpan span, long sourceId, String speaker, String note) {
        requireArticle(articleId);
        Source source = requireSource(sourceId);
        ensureClaimsOf(articleId);
        String text = text(articleId);
        if (span.isEmpty() || !span.fitsIn(text.length())) {
            throw new WorkspaceException("Select some text of the article first, then tag it.");
        }
        Instant now = clock.instant();
        Claim draft = new Claim(0, articleId, span, TextQuote.of(text, span), sourceId, speaker, null, note, now, now);
        ClaimEdits.Insert edit = new ClaimEdits.Insert("Mark claim of " + source.name(), List.of(draft));
        perform(edit);
        return edit.claims().get(0);
    }

    /** Marks many claims as one undoable edit (one transaction), e.g. "accept all" or a generated workspace. */
    public synchronized List<Claim> markClaims(List<ClaimDraft> drafts) {
        Instant now = clock.instant();
        Map<Long, String> textsById = new HashMap<>();
        List<Claim> claims = new ArrayList<>(drafts.size());
        for (ClaimDraft d : drafts) {
            requireArticle(d.articleId());
            requireSource(d.sourceId());
            ensureClaimsOf(d.articleId());
            String text = textsById.computeIfAbsent(d.articleId(), this::text);
            if (d.span().isEmpty() || !d.span().fitsIn(text.length())) {
                throw new WorkspaceException("A claim lies outside the text of article " + d.articleId() + ".");
            }
            claims.add(new Claim(0, d.articleId(), d.span(), TextQuote.of(text, d.span()), d.sourceId(), d.speaker(), null, d.note(), now, now));
        }
        ClaimEdits.Insert edit = new ClaimEdits.Insert("Mark " + claims.size() + " claims", claims);
        perform(edit);
        return edit.claims();
    }

    /** Changes a claim's source, speaker, topic (by label; blank for none) and note. */
    public synchronized Claim updateClaim(long claimId, long sourceId, String speaker, String topicLabel, String note) {
        Claim before = requireClaim(claimId);
        requireSource(sourceId);
        Long topicId = topicLabel == null || topicLabel.isBlank() ? null : topicIdFor(topicLabel.strip());
        Claim after = before.withDetails(sourceId, speaker, topicId, note, clock.instant());
        perform(new ClaimEdits.Update("Edit claim", List.of(before), List.of(after)));
        return after;
    }

    /** Tags claims with another source, without reselecting their text. */
    public synchronized void retagClaims(Collection<Long> claimIds, long sourceId) {
        Source source = requireSource(sourceId);
        Instant now = clock.instant();
        List<Claim> before = claimIds.stream().map(this::requireClaim).toList();
        List<Claim> after = before.stream().map(c -> c.withSource(sourceId, now)).toList();
        perform(new ClaimEdits.Update("Tag " + before.size() + (before.size() == 1 ? " claim" : " claims") + " as " + source.name(), before, after));
    }

    public synchronized void deleteClaims(Collection<Long> claimIds) {
        List<Claim> claims = claimIds.stream().map(this::requireClaim).toList();
        perform(new ClaimEdits.Delete(claims.size() == 1 ? "Delete claim" : "Delete " + claims.size() + " claims", claims));
    }

    private long topicIdFor(String label) {
        Optional<Topic> existing = state.topics.values().stream().filter(t -> t.label().equalsIgnoreCase(label)).findFirst();
        if (existing.isPresent()) {
            return existing.get().id();
        }
        // A new topic is a label, not an edit of its own: it stays when the claim edit is undone.
        return write(tx -> tx.insertTopic(new Topic(0, label))).id();
    }

    // ---- sources -------------------------------------------------------------------------

    public synchronized Source addSource(String name, String colour) {
        if (sourceNamed(name).isPresent()) {
            throw new WorkspaceException("There is already a source called '" + name.strip() + "'.");
        }
        int order = state.sources.values().stream().mapToInt(Source::sortOrder).max().orElse(-1) + 1;
        String c = colour == null ? SourcePalette.suggestColour(state.sources.size()) : colour;
        SourceEdits.Add edit = new SourceEdits.Add(new Source(0, name, c, "", order));
        perform(edit);
        return edit.source();
    }

    public synchronized void renameSource(long sourceId, String newName) {
        Source before = requireSource(sourceId);
        Optional<Source> clash = sourceNamed(newName);
        if (clash.isPresent() && clash.get().id() != sourceId) {
            throw new WorkspaceException("There is already a source called '" + newName.strip() + "'. Merge the two instead.");
        }
        perform(new SourceEdits.Update("Rename " + before.name(), before, before.withName(newName)));
    }

    public synchronized void recolourSource(long sourceId, String colour) {
        Source before = requireSource(sourceId);
        perform(new SourceEdits.Update("Recolour " + before.name(), before, before.withColour(colour)));
    }

    /** Moves every claim of one source to another, then removes the first source. */
    public synchronized void mergeSources(long fromId, long intoId) {
        if (fromId == intoId) {
            throw new WorkspaceException("Choose two different sources to merge.");
        }
        Source from = requireSource(fromId);
        Source into = requireSource(intoId);
        loadAllClaims();
        List<Claim> moved = state.claims.values().stream().filter(c -> c.sourceId() == fromId).toList();
        perform(new SourceEdits.Merge(from, into, moved, clock.instant()));
    }

    // ---- contradictions ------------------------------------------------------------------

    public synchronized Contradiction addContradiction(long claimA, long claimB, ContradictionKind kind, String note) {
        requireClaim(claimA);
        requireClaim(claimB);
        if (claimA == claimB) {
            throw new WorkspaceException("A claim cannot contradict itself: choose two different claims.");
        }
        boolean exists = state.contradictionsOf(claimA).stream().anyMatch(x -> x.involves(claimB));
        if (exists) {
            throw new WorkspaceException("These two claims are already linked as a contradiction.");
        }
        ContradictionEdits.Add edit = new ContradictionEdits.Add(new Contradiction(0, claimA, claimB, kind,
                ContradictionStatus.OPEN, note, Origin.USER, null, clock.instant()));
        perform(edit);
        return edit.contradiction();
    }

    public synchronized void updateContradiction(long id, ContradictionKind kind, ContradictionStatus status, String note) {
        Contradiction before = contradiction(id).orElseThrow(() -> new WorkspaceException("Contradiction " + id + " is not in this workspace."));
        perform(new ContradictionEdits.Update(before, before.withReview(kind, status, note)));
    }

    public synchronized void deleteContradiction(long id) {
        Contradiction x = contradiction(id).orElseThrow(() -> new WorkspaceException("Contradiction " + id + " is not in this workspace."));
        perform(new ContradictionEdits.Delete(x));
    }

    // ---- verdicts -----------------------------------------------------------------------

    public synchronized Optional<org.claimbench.domain.Verdict> verdict(long claimId) {
        return Optional.ofNullable(state.verdicts.get(claimId));
    }

    @Override
    public synchronized List<org.claimbench.domain.Verdict> verdicts() {
        return List.copyOf(state.verdicts.values());
    }

    /** Gives a claim a verdict from the rating scale (a blank rating removes it); undoable. */
    public synchronized void setVerdict(long claimId, String rating, String explanation, String reviewer) {
        requireClaim(claimId);
        org.claimbench.domain.Verdict before = state.verdicts.get(claimId);
        org.claimbench.domain.Verdict after = null;
        if (rating != null && !rating.isBlank()) {
            String known = ratingScale.stream().filter(r -> r.equalsIgnoreCase(rating.strip())).findFirst().orElseThrow(() ->
                    new WorkspaceException("'" + rating.strip() + "' is not on the rating scale: " + String.join(", ", ratingScale) + "."));
            after = new org.claimbench.domain.Verdict(claimId, known, explanation, reviewer, clock.instant());
        }
        perform(new ClaimEdits.SetVerdict(claimId, before, after));
    }

    /** The verdict ratings of this workspace, best first. */
    @Override
    public synchronized List<String> ratingScale() {
        return ratingScale;
    }

    public synchronized void setRatingScale(List<String> labels) {
        List<String> clean = labels.stream().map(String::strip).filter(l -> !l.isEmpty()).distinct().toList();
        if (clean.isEmpty()) {
            throw new WorkspaceException("A rating scale needs at least one rating.");
        }
        db.inTransaction(c -> {
            repos.verdicts().setScale(c, clean);
            return null;
        });
        ratingScale = clean;
        transactions.fire(List.of(new WorkspaceEvent.RatingScaleChanged()));
    }

    // ---- suggestions --------------------------------------------------------------------

    /** The speaker table: who speaks for which source, and the words that name them. */
    @Override
    public synchronized List<Speaker> speakers() {
        return suggestions.speakers();
    }

    /** Speaker table edits and the suggestions turned down. */
    public SuggestionDecisions decisions() {
        return decisions;
    }

    @Override
    public synchronized List<DismissedSpan> dismissedClaimSuggestions() {
        return suggestions.dismissedSpans();
    }

    @Override
    public synchronized List<long[]> dismissedPairs() {
        return suggestions.dismissedPairs().stream().sorted().map(k -> {
            String[] p = k.split(":");
            return new long[] {Long.parseLong(p[0]), Long.parseLong(p[1])};
        }).toList();
    }

    /** Pairs not to suggest: dismissed ones and those linked already, as "min:max" claim ids. */
    public synchronized java.util.Set<String> pairsNotToSuggest() {
        java.util.Set<String> out = new java.util.HashSet<>(suggestions.dismissedPairs());
        state.contradictions.values().forEach(x -> out.add(Math.min(x.claimA(), x.claimB()) + ":" + Math.max(x.claimA(), x.claimB())));
        return out;
    }

    /** Accepts a suggested contradiction: linked like one the user made, marked as suggested, with its score; undoable. */
    public synchronized Contradiction acceptContradictionSuggestion(long claimA, long claimB, ContradictionKind kind, double score, String note) {
        requireClaim(claimA);
        requireClaim(claimB);
        ContradictionEdits.Add edit = new ContradictionEdits.Add(new Contradiction(0, claimA, claimB, kind,
                ContradictionStatus.OPEN, note, Origin.SUGGESTED, score, clock.instant()));
        perform(edit);
        return edit.contradiction();
    }

    // ---- undo and redo -------------------------------------------------------------------

    public synchronized Optional<String> undoLabel() {
        return transactions.undoLabel();
    }

    public synchronized Optional<String> redoLabel() {
        return transactions.redoLabel();
    }

    /** Undoes the last edit; returns its label, or empty if there is nothing to undo. */
    public synchronized Optional<String> undo() {
        return transactions.undo();
    }

    public synchronized Optional<String> redo() {
        return transactions.redo();
    }

    // ---- file ----------------------------------------------------------------------------

    /** Writes a consistent copy of the whole workspace to a new file. */
    public void copyTo(Path target) {
        db.copyTo(target);
    }

    public String integrityCheck() {
        return db.integrityCheck();
    }

    @Override
    public synchronized void close() {
        transactions.clearListeners();
        db.close();
    }

    // ---- internals -----------------------------------------------------------------------

    private void perform(Edit edit) {
        transactions.perform(edit);
    }

    private <T> T write(Transactions.TxWork<T> work) {
        return transactions.write(work);
    }

    private Article requireArticle(long id) {
        return article(id).orElseThrow(() -> new WorkspaceException("Article " + id + " is not in this workspace. List them with 'claimbench list articles'."));
    }

    private Source requireSource(long id) {
        return source(id).orElseThrow(() -> new WorkspaceException("Source " + id + " is not in this workspace."));
    }

    private Claim requireClaim(long id) {
        return claim(id).orElseThrow(() -> new WorkspaceException("Claim " + id + " is not in this workspace. List them with 'claimbench list claims'."));
    }
}
