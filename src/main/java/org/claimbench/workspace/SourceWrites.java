package org.claimbench.workspace;

import java.util.List;
import java.util.Optional;

import org.claimbench.domain.Claim;
import org.claimbench.domain.Source;
import org.claimbench.domain.SourcePalette;

/** Adding, renaming, recolouring and merging sources. Runs under the workspace's monitor. */
final class SourceWrites {

    private final Parts p;

    SourceWrites(Parts parts) {
        this.p = parts;
    }

    Source add(String name, String colour) {
        if (p.workspace().sourceNamed(name).isPresent()) {
            throw new WorkspaceException("There is already a source called '" + name.strip() + "'.");
        }
        WorkspaceState state = p.state();
        int order = state.sources.values().stream().mapToInt(Source::sortOrder).max().orElse(-1) + 1;
        String c = colour == null ? SourcePalette.suggestColour(state.sources.size()) : colour;
        SourceEdits.Add edit = new SourceEdits.Add(new Source(0, name, c, "", order));
        p.perform(edit);
        return edit.source();
    }

    void rename(long sourceId, String newName) {
        Source before = p.requireSource(sourceId);
        Optional<Source> clash = p.workspace().sourceNamed(newName);
        if (clash.isPresent() && clash.get().id() != sourceId) {
            throw new WorkspaceException("There is already a source called '" + newName.strip() + "'. Merge the two instead.");
        }
        p.perform(Edit.swap("Rename " + before.name(), before, before.withName(newName), Tx::updateSource));
    }

    void recolour(long sourceId, String colour) {
        Source before = p.requireSource(sourceId);
        p.perform(Edit.swap("Recolour " + before.name(), before, before.withColour(colour), Tx::updateSource));
    }

    void merge(long fromId, long intoId) {
        if (fromId == intoId) {
            throw new WorkspaceException("Choose two different sources to merge.");
        }
        Source from = p.requireSource(fromId);
        Source into = p.requireSource(intoId);
        p.workspace().loadAllClaims();
        List<Claim> moved = p.state().claims.values().stream().filter(c -> c.sourceId() == fromId).toList();
        p.perform(new SourceEdits.Merge(from, into, moved, p.clock().instant()));
    }
}
