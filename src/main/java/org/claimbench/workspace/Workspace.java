package org.claimbench.workspace;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;
import org.claimbench.workspace.sqlite.Database;

/**
 * The open workspace file as a service, shared by the GUI and the CLI. Queries answer from memory;
 * every edit is one transaction, committed at once, recorded for undo, and announced to listeners.
 * Thread-safe: all access goes through this object's monitor.
 *
 * <p>This class is the facade and the lock; its queries are in {@link WorkspaceQueries}, the edits of topics, sources,
 * contradictions and verdicts in {@link WorkspaceReview}, which it extends (one object, one monitor). It adds the edits
 * of articles and claims ({@link ArticleWrites}, {@link ClaimWrites}), undo and redo, and the file; reading the file is
 * {@link DiskReads}'s.
 */
public final class Workspace extends WorkspaceReview implements AutoCloseable {

    private final Database db;
    private final Transactions transactions;
    private final ArticleWrites articleWrites;
    private final ClaimWrites claimWrites;
    private final AnalysisStore analysis;
    private final WorkspaceSettings settings;

    /** Milliseconds: the file keeps times to the millisecond, so memory does too. */
    private static final Clock CLOCK = Clock.tick(Clock.systemUTC(), java.time.Duration.ofMillis(1));

    private Workspace(Database db, Clock clock) {
        super(WorkspaceCore.of(db, clock), clock);
        this.db = parts.db();
        this.transactions = parts.transactions();
        this.articleWrites = new ArticleWrites(parts);
        this.claimWrites = new ClaimWrites(parts);
        this.analysis = new AnalysisStore(db);
        this.settings = new WorkspaceSettings(this, db);
        disk.readOpening();
    }

    /** Opens a workspace file, creating it with the default sources if it does not exist. */
    public static Workspace openOrCreate(Path file) {
        boolean isNew = !java.nio.file.Files.exists(file);
        return isNew ? create(file) : open(file);
    }

    public static Workspace open(Path file) {
        return new Workspace(Database.open(file), CLOCK);
    }

    /** Creates a workspace file with the default sources, speaker table and rating scale. */
    public static Workspace create(Path file) {
        Database db = Database.create(file);
        WorkspaceSeed.seed(db);
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

    // ---- articles ------------------------------------------------------------------------

    /** Adds articles in one transaction; a text already here is reported as a duplicate. Not undoable. */
    public synchronized List<AddedArticle> addArticles(List<ArticleDraft> drafts) {
        return articleWrites.add(drafts);
    }

    public AddedArticle addArticle(ArticleDraft draft) {
        return addArticles(List.of(draft)).get(0);
    }

    /** Imports a whole exported workspace in one transaction (see {@link ArticleWrites#importBundle}). Not undoable. */
    public synchronized MergeReport importBundle(org.claimbench.domain.WorkspaceBundle bundle) {
        return articleWrites.importBundle(bundle);
    }

    /**
     * Replaces an article's text, keeping the old one as a version; its claims follow it or become
     * orphans. One undoable step (see {@link TextRevision}); origin says where the new text came
     * from (EDIT in the window, FILE for a new version of the file).
     */
    public synchronized RevisionReport reviseArticle(long articleId, String newText, org.claimbench.domain.TextOrigin origin) {
        return articleWrites.revise(articleId, newText, origin);
    }

    /** What a revision to {@code newText} would do to the article's claims (orphaned, reworded); nothing is changed. */
    public synchronized RevisionPreview revisionPreview(long articleId, String newText) {
        return TextRevision.preview(text(articleId), newText, claimsOf(articleId));
    }

    /** Makes an earlier version the article's text again; undoable, the current text is kept as a version. */
    public synchronized RevisionReport restoreVersion(long articleId, int version) {
        return articleWrites.restoreVersion(articleId, version);
    }

    /** Imports annotations of articles in this workspace, e.g. a W3C file (see {@link ArticleWrites#importAnnotations}). */
    public synchronized AnnotationImportReport importAnnotations(org.claimbench.domain.AnnotationDraft draft) {
        return articleWrites.importAnnotations(draft);
    }

    /** The earlier texts of an article, oldest first. */
    @Override
    public synchronized List<org.claimbench.domain.ArticleVersion> versions(long articleId) {
        return articleWrites.versions(articleId);
    }

    public synchronized void updateArticleMetadata(long articleId, ArticleMetadata metadata) {
        articleWrites.updateMetadata(articleId, metadata);
    }

    public synchronized void deleteArticle(long articleId) {
        articleWrites.delete(articleId);
    }

    // ---- claims --------------------------------------------------------------------------

    /** Marks a span of an article as a claim of a source. */
    public synchronized Claim markClaim(long articleId, TextSpan span, long sourceId, String speaker, String note) {
        return claimWrites.mark(articleId, span, sourceId, speaker, note);
    }

    /** Marks a claim with a topic (made if new), in one undoable edit: see {@link #markClaim(long, TextSpan, long, String, String)}. */
    public synchronized Claim markClaim(long articleId, TextSpan span, long sourceId, String speaker, String note, String topicLabel) {
        return claimWrites.mark(articleId, span, sourceId, speaker, note, topicLabel);
    }

    /** Marks many claims as one undoable edit (one transaction), e.g. "accept all" or a generated workspace. */
    public synchronized List<Claim> markClaims(List<ClaimDraft> drafts) {
        return claimWrites.mark(drafts);
    }

    /** Changes a claim's source, speaker, topic (by label; blank for none) and note. */
    public synchronized Claim updateClaim(long claimId, long sourceId, String speaker, String topicLabel, String note) {
        return claimWrites.update(claimId, sourceId, speaker, topicLabel, note);
    }

    /** Tags claims with another source, without reselecting their text. */
    public synchronized void retagClaims(Collection<Long> claimIds, long sourceId) {
        claimWrites.retag(claimIds, sourceId);
    }

    public synchronized void deleteClaims(Collection<Long> claimIds) {
        claimWrites.delete(claimIds);
    }

    /** Puts an orphan (or any claim) at a new span of its article's current text; it is anchored there. Undoable. */
    public synchronized Claim replaceClaim(long claimId, TextSpan span) {
        return claimWrites.replace(claimId, span);
    }

    /** Takes the new words of claims changed since marked as theirs: they are anchored again. Undoable. */
    public synchronized void acceptNewWording(Collection<Long> claimIds) {
        claimWrites.acceptNewWording(claimIds);
    }

    /** Makes claims orphans: their marked words are not what the text says now. Undoable. */
    public synchronized void orphanClaims(Collection<Long> claimIds) {
        claimWrites.orphan(claimIds);
    }

    /**
     * Checks every claim against its article's current text and repairs any that does not show its
     * quote (put back on its words where their context fits, else made an orphan), in one
     * transaction. Returns what was repaired; empty when every claim fits. Reads every text: the
     * app runs it in the background after opening, the command line when it opens a workspace.
     */
    public Optional<WorkspaceEvent.ClaimsRepaired> checkClaims() {
        // Article by article, holding the monitor only for one at a time: the window stays responsive meanwhile.
        List<Claim> misfits = new java.util.ArrayList<>();
        for (Article a : articles()) {
            synchronized (this) {
                if (state.articles.containsKey(a.id())) {
                    misfits.addAll(claimWrites.misfits(a.id()));
                }
            }
        }
        if (misfits.isEmpty()) {
            return Optional.empty();
        }
        synchronized (this) {
            return claimWrites.repair(misfits);
        }
    }

    // ---- sources -------------------------------------------------------------------------


    /** What the suggestion engine read once and keeps: claim readings and inferred events. */
    public AnalysisStore analysis() {
        return analysis;
    }

    // ---- undo and redo -------------------------------------------------------------------

    public synchronized Optional<String> undoLabel() {
        return transactions.undoLabel();
    }

    public synchronized Optional<String> redoLabel() {
        return transactions.redoLabel();
    }

    /**
     * The step Undo would take back now, as a mark to hold and compare later (by identity, with {@link #stepsAbove}): a
     * caller that made an edit takes the mark at once, to know later whether Undo would still take back its own step.
     * Empty when there is nothing to undo.
     */
    public synchronized Optional<Object> undoMark() {
        return transactions.undoMark();
    }

    /** The step Redo would bring back now, as a mark to compare with one {@link #undoMark} gave; empty when none. */
    public synchronized Optional<Object> redoMark() {
        return transactions.redoMark();
    }

    /**
     * How many steps were done after the one of {@code mark} (from {@link #undoMark}) and are still to undo: 0 when Undo
     * would take it back next; -1 when it is not in the undo history (undone since, or past the 1,000 steps kept).
     */
    public synchronized int stepsAbove(Object mark) {
        return transactions.stepsAbove(mark);
    }

    /** Undoes the last edit; returns its label, or empty if there is nothing to undo. */
    public synchronized Optional<String> undo() {
        return transactions.undo();
    }

    public synchronized Optional<String> redo() {
        return transactions.redo();
    }

    /**
     * Runs edits as one undo step labelled so ("Tag as new source Harbour council": one Ctrl+Z takes the source and its
     * claim back, one redo brings both); where the work throws, what it did is reverted first and the exception goes on.
     */
    public synchronized <T> T inOneStep(String label, java.util.function.Supplier<T> work) {
        return transactions.asOneStep(label, work);
    }

    /** The workspace's own settings, kept in its file (the report's title); not undoable. */
    public WorkspaceSettings settings() {
        return settings;
    }

    // ---- file ----------------------------------------------------------------------------

    /** Writes a consistent copy of the whole workspace to a new file. */
    public void copyTo(Path target) {
        db.copyTo(target);
    }

    public String integrityCheck() {
        return db.integrityCheck();
    }

    /** Whether the file is still open (false once {@link #close()} ran). */
    public boolean isOpen() {
        return db.isOpen();
    }

    @Override
    public synchronized void close() {
        transactions.clearListeners();
        db.close();
    }
}
