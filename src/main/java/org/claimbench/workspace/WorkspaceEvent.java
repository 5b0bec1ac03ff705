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

    /** What can be undone or redone changed. */
    record HistoryChanged() implements WorkspaceEvent {
    }
}
