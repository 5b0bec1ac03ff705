package org.claimbench.workspace;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import org.claimbench.domain.Contradiction;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.domain.ContradictionStatus;
import org.claimbench.domain.Source;

/**
 * The review half of the workspace's edits: what the user says about the claims marked: which question they answer
 * (topics), who made them (sources), which contradict each other (contradictions, suggested ones accepted) and how true
 * they are (verdicts, the rating scale). Each edit is one undoable transaction under the workspace's monitor (this is the
 * same object as {@link Workspace}, which adds the articles' and claims' own edits, undo and the file); what each checks
 * and does is in {@link TopicWrites}, {@link SourceWrites} and {@link ReviewWrites}.
 */
public abstract sealed class WorkspaceReview extends WorkspaceQueries permits Workspace {

    /** What every edit works with (the workspace itself among it); made here, used by {@link Workspace}'s edits too. */
    final Parts parts;
    private final SuggestionDecisions decisions;
    private final SourceWrites sourceWrites;
    private final ReviewWrites reviewWrites;
    private final TopicWrites topicWrites;

    WorkspaceReview(WorkspaceCore core, Clock clock) {
        super(core.state(), core.disk(), core.suggestions(), core.exchangeIds());
        // Sealed: this object is a Workspace, whatever class constructs it.
        this.parts = new Parts((Workspace) this, state, core.transactions(), disk, suggestions, core.db(), core.repos(), clock);
        this.decisions = new SuggestionDecisions((Workspace) this, suggestions);
        this.sourceWrites = new SourceWrites(parts);
        this.reviewWrites = new ReviewWrites(parts);
        this.topicWrites = new TopicWrites(parts);
    }

    // ---- topics -------------------------------------------------------------------------

    /**
     * Gives all these claims the topic labelled so (found whatever its case, made if new), in one
     * undoable edit; a blank label takes their topic away.
     *
     * @return the other topics the edit replaced, in a few words for the user ("2 had “How long was the call?”"),
     *         or "" if it replaced none
     */
    public synchronized String setTopic(Collection<Long> claimIds, String label) {
        return topicWrites.setTopic(claimIds, label);
    }

    /** Renames a topic (undoable); a label another topic has already is refused: merge them instead. */
    public synchronized void renameTopic(long topicId, String newLabel) {
        topicWrites.rename(topicId, newLabel);
    }

    /** Gives a topic a colour, "#RRGGBB" (undoable). */
    public synchronized void recolourTopic(long topicId, String colour) {
        topicWrites.recolour(topicId, colour);
    }

    /** Removes a topic and takes it off its claims (one undoable edit). */
    public synchronized void deleteTopic(long topicId) {
        topicWrites.delete(topicId);
    }

    /** Moves every claim of one topic into another and removes the first (one undoable edit). */
    public synchronized void mergeTopics(long fromId, long intoId) {
        topicWrites.merge(fromId, intoId);
    }

    public synchronized Source addSource(String name, String colour) {
        return sourceWrites.add(name, colour);
    }

    public synchronized void renameSource(long sourceId, String newName) {
        sourceWrites.rename(sourceId, newName);
    }

    public synchronized void recolourSource(long sourceId, String colour) {
        sourceWrites.recolour(sourceId, colour);
    }

    /** Moves every claim of one source to another, then removes the first source. */
    public synchronized void mergeSources(long fromId, long intoId) {
        sourceWrites.merge(fromId, intoId);
    }

    // ---- contradictions and verdicts -------------------------------------------------------

    public synchronized Contradiction addContradiction(long claimA, long claimB, ContradictionKind kind, String note) {
        return reviewWrites.link(claimA, claimB, kind, ContradictionStatus.OPEN, note);
    }

    /**
     * Links two claims as a contradiction the user made, with the status they chose (a link judged at once is confirmed in
     * the same edit, one undo step). Throws {@link WorkspaceException} for an unknown claim, a claim against itself, or
     * a pair already linked.
     */
    public synchronized Contradiction addContradiction(long claimA, long claimB, ContradictionKind kind, ContradictionStatus status,
                                                       String note) {
        return reviewWrites.link(claimA, claimB, kind, status, note);
    }

    public synchronized void updateContradiction(long id, ContradictionKind kind, ContradictionStatus status, String note) {
        reviewWrites.update(id, kind, status, note);
    }

    public synchronized void deleteContradiction(long id) {
        reviewWrites.delete(id);
    }

    /** Gives a claim a verdict from the rating scale (a blank rating removes it); undoable. */
    public synchronized void setVerdict(long claimId, String rating, String explanation, String reviewer) {
        reviewWrites.setVerdict(claimId, rating, explanation, reviewer);
    }

    public synchronized void setRatingScale(List<String> labels) {
        reviewWrites.setRatingScale(labels);
    }

    // ---- suggestions --------------------------------------------------------------------

    /** Speaker table edits and the suggestions turned down. */
    public SuggestionDecisions decisions() {
        return decisions;
    }

    /** Accepts a suggested contradiction as open (not yet judged): see the overload with a status. */
    public synchronized Contradiction acceptContradictionSuggestion(long claimA, long claimB, ContradictionKind kind, double score, String note) {
        return acceptContradictionSuggestion(claimA, claimB, kind, score, note, ContradictionStatus.OPEN);
    }

    /**
     * Accepts a suggested contradiction: linked like one the user made, marked as suggested, with its
     * score and the status the user gave it (CONFIRMED when they judged it, OPEN to judge later); undoable.
     */
    public synchronized Contradiction acceptContradictionSuggestion(long claimA, long claimB, ContradictionKind kind, double score, String note,
                                                                    ContradictionStatus status) {
        return reviewWrites.acceptSuggestion(claimA, claimB, kind, score, note, status);
    }
}
