package org.claimbench.workspace;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.Claim;
import org.claimbench.domain.ReAnchoring;
import org.claimbench.domain.TextOrigin;
import org.claimbench.domain.TextSpan;
import org.claimbench.workspace.sqlite.SqliteSuggestionRepository;

/**
 * A new text for an article (an edited draft, a new version of its file, or an earlier version
 * restored) as one undoable step of the workspace's history: the old text is kept as a version,
 * and every claim follows the text — by position, by its quote where its context fits, or to
 * edited words (then it is changed since marked) — or becomes an orphan, kept and listed.
 *
 * <p>Undo puts the old text back, takes the kept version away and every claim back where it stood;
 * redo does the revision again with the very same result. A claim this step did not know (added
 * to the article in between by something that is not in the history, such as an import) is
 * re-anchored from the one text to the other like any other. Dismissed claim suggestions follow
 * their words the same way (by position through the word diff); one whose words were edited is
 * forgotten, and undo brings it back.
 */
final class TextRevision implements Edit {

    private final Article before;
    private final Article after;
    private final String oldText;
    private final String newText;
    private final Map<Long, Claim> claimsBefore = new HashMap<>();
    private final Map<Long, Claim> claimsAfter = new HashMap<>();
    private final Instant now;
    private final RevisionReport report;
    /** Where each dismissed claim suggestion of the old text stands on the new one (absent: its words changed). */
    private final Map<TextSpan, TextSpan> dismissedMoves = new HashMap<>();
    private List<SqliteSuggestionRepository.DismissedRow> dismissedBefore = List.of();
    private int keptVersion;

    /**
     * What a revision of {@code oldText} to {@code newText} would do to {@code claims}, by the same re-anchoring the revision
     * applies, in one pass; nothing is changed.
     */
    static RevisionPreview preview(String oldText, String newText, List<Claim> claims) {
        List<Claim> orphaned = new java.util.ArrayList<>();
        List<Claim> reworded = new java.util.ArrayList<>();
        List<Claim> back = new java.util.ArrayList<>();
        for (ReAnchoring.Result r : new ReAnchoring(oldText, newText).reanchor(claims)) {
            if (r.how() == ReAnchoring.How.ORPHAN) {
                orphaned.add(r.claim());
            } else if (r.quote().isPresent() && !r.quote().get().exact().equals(r.claim().exact())) {
                (backOnMarkedWords(r, r.applied(Instant.EPOCH)) ? back : reworded).add(r.claim());
            }
        }
        return new RevisionPreview(orphaned, reworded, back);
    }

    /** A claim flagged "changed since marked" that the new text puts on the words it was marked on: its flag goes. */
    private static boolean backOnMarkedWords(ReAnchoring.Result r, Claim moved) {
        return r.claim().isChanged() && moved.hasPlace() && !moved.isChanged();
    }

    /** What the report counts a claim as: each claim once (a claim left an orphan again is not counted). */
    private enum Outcome { AT_ITS_PLACE, FOUND_BY_QUOTE, CHANGED, ORPHANED, STILL_ORPHANED, BACK_ON_MARKED_WORDS }

    /**
     * The one outcome each claim is counted under: one flagged changed and now on its marked words again is back on them;
     * a claim that followed edited words to new ones is changed (a fuzzy match that leaves it flagged, or one that flags it);
     * one found by a fuzzy match on its very words is found by its quote; else how the re-anchoring found it.
     */
    private static Outcome outcome(ReAnchoring.Result r, Claim moved) {
        if (backOnMarkedWords(r, moved)) {
            return Outcome.BACK_ON_MARKED_WORDS;
        }
        if (moved.isChanged() && !r.claim().isChanged()) {
            return Outcome.CHANGED;
        }
        return switch (r.how()) {
            case POSITION -> Outcome.AT_ITS_PLACE;
            case QUOTE -> Outcome.FOUND_BY_QUOTE;
            case FUZZY -> moved.isChanged() ? Outcome.CHANGED : Outcome.FOUND_BY_QUOTE;
            case ORPHAN -> Outcome.ORPHANED;
            case STILL_ORPHAN -> Outcome.STILL_ORPHANED;
        };
    }

    /**
     * @param claims    the article's claims as they stand on {@code oldText}
     * @param dismissed the claim suggestions dismissed on {@code oldText}: they follow their words, and
     *                  go (may be suggested again) where their words were edited
     */
    TextRevision(Article article, String oldText, String newText, TextOrigin origin, List<Claim> claims, List<TextSpan> dismissed,
                 Instant now) {
        this.before = article;
        this.oldText = oldText;
        this.newText = newText;
        this.after = article.withText(newText.length(), new ArticleDraft(article.metadata(), newText).sha256(), origin);
        this.now = now;
        int[] counts = new int[Outcome.values().length];
        ReAnchoring anchoring = new ReAnchoring(oldText, newText);
        for (TextSpan d : dismissed) {
            anchoring.follow(d).ifPresent(moved -> dismissedMoves.put(d, moved));
        }
        for (ReAnchoring.Result r : anchoring.reanchor(claims)) {
            Claim moved = r.applied(now);
            claimsBefore.put(r.claim().id(), r.claim());
            claimsAfter.put(moved.id(), moved);
            counts[outcome(r, moved).ordinal()]++;
        }
        this.report = new RevisionReport(counts[Outcome.AT_ITS_PLACE.ordinal()], counts[Outcome.FOUND_BY_QUOTE.ordinal()],
                counts[Outcome.CHANGED.ordinal()], counts[Outcome.ORPHANED.ordinal()], counts[Outcome.BACK_ON_MARKED_WORDS.ordinal()]);
    }

    /** The new text's fingerprint (a text already in the workspace is refused before anything is written). */
    String sha() {
        return after.textSha256();
    }

    RevisionReport report() {
        return report;
    }

    @Override
    public String label() {
        return switch (after.textOrigin()) {
            case EDIT -> "Edit text of " + before.title();
            case RESTORE -> "Restore an earlier version of " + before.title();
            default -> "New version of " + before.title();
        };
    }

    @Override
    public void apply(Tx tx) throws SQLException {
        keptVersion = tx.keepVersion(before, oldText, now);
        tx.replaceText(after, newText);
        place(tx, claimsAfter, oldText, newText);
        dismissedBefore = tx.dismissedRows(before.id());
        List<SqliteSuggestionRepository.DismissedRow> moved = new ArrayList<>();
        for (SqliteSuggestionRepository.DismissedRow r : dismissedBefore) {
            TextSpan to = dismissedMoves.get(r.span());
            if (to != null) {
                moved.add(new SqliteSuggestionRepository.DismissedRow(to, r.decided()));
            }
        }
        tx.replaceDismissedRows(before.id(), moved);
    }

    @Override
    public void revert(Tx tx) throws SQLException {
        tx.replaceText(before, oldText);
        tx.deleteVersion(before.id(), keptVersion);
        place(tx, claimsBefore, newText, oldText);
        tx.replaceDismissedRows(before.id(), dismissedBefore);
    }

    /** Puts the article's claims where this step knows them to stand on `to`; any other follows the text from `from`. */
    private void place(Tx tx, Map<Long, Claim> known, String from, String to) throws SQLException {
        List<Claim> others = new ArrayList<>();
        for (Claim c : List.copyOf(tx.state().claimsByArticle.getOrDefault(before.id(), List.of()))) {
            Claim k = known.get(c.id());
            if (k != null) {
                tx.placeClaim(k.withDetails(c.sourceId(), c.speaker(), c.topicId(), c.note(), c.updated()));
            } else {
                others.add(c);
            }
        }
        if (!others.isEmpty()) {
            for (ReAnchoring.Result r : new ReAnchoring(from, to).reanchor(others)) {
                tx.placeClaim(r.applied(now));
            }
        }
    }
}
