package org.claimbench.workspace;

import org.claimbench.domain.Speaker;
import org.claimbench.domain.TextSpan;

/**
 * The user's word on suggestions: the speaker table that maps speakers to sources, and the claim
 * spans and pairs turned down, which are never suggested again. Decisions only hide suggestions,
 * so they are not undoable edits. Each call locks the workspace, like every other access to it.
 */
public final class SuggestionDecisions {

    private final Workspace workspace;
    private final Suggestions store;

    SuggestionDecisions(Workspace workspace, Suggestions store) {
        this.workspace = workspace;
        this.store = store;
    }

    /** Adds a speaker (id 0) or changes one; suggestions are mapped again. */
    public Speaker saveSpeaker(Speaker speaker) {
        synchronized (workspace) {
            return store.saveSpeaker(speaker, workspace.sources());
        }
    }

    public void deleteSpeaker(long speakerId) {
        synchronized (workspace) {
            store.deleteSpeaker(speakerId);
        }
    }

    /** A claim suggestion the user turned down: it is not suggested again. */
    public void dismissClaim(long articleId, TextSpan span) {
        synchronized (workspace) {
            store.dismissClaim(articleId, span);
        }
    }

    public boolean isClaimDismissed(long articleId, TextSpan span) {
        synchronized (workspace) {
            return store.isDismissed(articleId, span);
        }
    }

    /** A pair the user turned down as a contradiction: it is not suggested again. */
    public void dismissPair(long claimA, long claimB) {
        synchronized (workspace) {
            store.dismissPair(claimA, claimB);
        }
    }

    /** Pairs not to suggest: dismissed ones and those linked already, as "min:max" claim ids. */
    public java.util.Set<String> pairsNotToSuggest() {
        synchronized (workspace) {
            return store.notToSuggest(workspace.contradictions());
        }
    }
}
