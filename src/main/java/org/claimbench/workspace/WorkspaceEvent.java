package org.claimbench.workspace;

import java.util.Set;

/** What changed in a workspace after an edit was committed (or undone, or redone). */
public sealed interface WorkspaceEvent {

    record ArticlesChanged() implements WorkspaceEvent {
    }

    /**
     * Claims of these articles were added, changed or removed: the claims named, or (when
     * claimIds is empty) any of them, e.g. after a source was recoloured.
     */
    record ClaimsChanged(Set<Long> articleIds, Set<Long> claimIds) implements WorkspaceEvent {
    }

    record SourcesChanged() implements WorkspaceEvent {
    }

    record ContradictionsChanged() implements WorkspaceEvent {
    }

    record TopicsChanged() implements WorkspaceEvent {
    }

    /** The verdict ratings changed (the scale is a setting of the workspace, not an undoable edit). */
    record RatingScaleChanged() implements WorkspaceEvent {
    }

    /** The speaker table (speakerTable true) or the decisions on suggestions changed: suggestions need a new look. */
    record SuggestionsChanged(boolean speakerTable) implements WorkspaceEvent {
    }

    /**
     * Claims that did not show their quote in their article's text were put back on their words
     * (placed) or, where those are gone, made orphans: said to the user, never silent.
     */
    record ClaimsRepaired(int placed, int orphaned) implements WorkspaceEvent {

        public String summary() {
            return (placed + orphaned == 1 ? "1 claim did not fit its article's text: " : placed + orphaned + " claims did not fit their article's text: ")
                    + (placed > 0 ? placed + " put back on their words" : "") + (placed > 0 && orphaned > 0 ? ", " : "")
                    + (orphaned > 0 ? orphaned + " listed as orphans (their words are gone)" : "") + ".";
        }
    }

    /** What can be undone or redone changed. */
    record HistoryChanged() implements WorkspaceEvent {
    }
}
