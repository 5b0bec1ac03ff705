package org.claimbench.workspace;

import java.util.List;

import org.claimbench.domain.Claim;

/**
 * What a new text would do to an article's claims, worked out before anything changes ({@link Workspace#revisionPreview}).
 *
 * @param orphaned the claims it leaves without words (listed as "no longer in the text")
 * @param reworded the claims it keeps on other words (flagged "changed since marked")
 * @param backOnMarkedWords the claims flagged "changed since marked" that it puts back on the very words they were marked
 *                 on: their flag goes (editor58: they were counted among the reworded, "flagged", and were not)
 */
public record RevisionPreview(List<Claim> orphaned, List<Claim> reworded, List<Claim> backOnMarkedWords) {

    public RevisionPreview {
        orphaned = List.copyOf(orphaned);
        reworded = List.copyOf(reworded);
        backOnMarkedWords = List.copyOf(backOnMarkedWords);
    }

    /** Nothing touched. */
    public static final RevisionPreview NONE = new RevisionPreview(List.of(), List.of(), List.of());
}
