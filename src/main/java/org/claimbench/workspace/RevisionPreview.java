package org.claimbench.workspace;

import java.util.List;

import org.claimbench.domain.Claim;

/**
 * What a new text would do to an article's claims, worked out before anything changes ({@link Workspace#revisionPreview}).
 *
 * @param orphaned the claims it leaves without words (listed as "no longer in the text")
 * @param reworded the claims it keeps on other words (flagged "changed since marked")
 */
public record RevisionPreview(List<Claim> orphaned, List<Claim> reworded) {

    public RevisionPreview {
        orphaned = List.copyOf(orphaned);
        reworded = List.copyOf(reworded);
    }

    /** Nothing touched. */
    public static final RevisionPreview NONE = new RevisionPreview(List.of(), List.of());
}
