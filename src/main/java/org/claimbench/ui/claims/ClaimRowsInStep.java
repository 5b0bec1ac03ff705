package org.claimbench.ui.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javafx.collections.ObservableList;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Source;
import org.claimbench.ui.common.WorkspaceModel;
import org.claimbench.workspace.Workspace;

/**
 * Keeps the claims table's rows in step with the workspace, row by row where it can (one claim marked in a workspace of
 * 50,000 changes one row), and tells the view before and after each change so that its selection survives it.
 */
final class ClaimRowsInStep {

    private final WorkspaceModel model;
    private final ObservableList<ClaimRow> rows;
    private final Map<Long, ClaimRow> byId = new HashMap<>();
    private final ClaimSpeakers speakers = new ClaimSpeakers();
    private Runnable rememberSelection = () -> { };
    private Runnable restoreSelection = () -> { };

    ClaimRowsInStep(WorkspaceModel model, ObservableList<ClaimRow> rows) {
        this.model = model;
        this.rows = rows;
    }

    /** The speakers the rows' claims name (the S box's suggestions), kept with the rows. */
    ClaimSpeakers speakers() {
        return speakers;
    }

    /** Puts a claim's row in the index by id (and its speaker in the speakers'); the row it had, or null. */
    private ClaimRow put(ClaimRow row) {
        ClaimRow old = byId.put(row.id(), row);
        if (old != null) {
            speakers.remove(old);
        }
        speakers.add(row);
        return old;
    }

    private void remove(ClaimRow row) {
        byId.remove(row.id());
        speakers.remove(row);
    }

    void setSelectionKeeper(Runnable remember, Runnable restore) {
        this.rememberSelection = remember;
        this.restoreSelection = restore;
    }

    /** Claims changed: the named ones, else all of the named articles'. */
    void changed(Set<Long> claimIds, Set<Long> articleIds) {
        keepingSelection(() -> {
            if (claimIds.isEmpty()) {
                refresh(articleIds);
            } else {
                refreshClaims(claimIds);
            }
        });
    }

    private void keepingSelection(Runnable change) {
        rememberSelection.run();
        try {
            change.run();
        } finally {
            restoreSelection.run();
        }
    }

    /**
     * Updates the rows of the given articles only, row by row: marking one claim in a workspace of
     * 50,000 changes one row, not the whole list (which would re-sort and re-filter it all).
     */
    private void refresh(Set<Long> articleIds) {
        Workspace w = model.workspace().orElse(null);
        if (w == null || !model.claimsReady()) {
            return;
        }
        Lookup lookup = new Lookup(w);
        Set<Long> seen = new java.util.HashSet<>();
        List<ClaimRow> added = new ArrayList<>();
        for (long id : articleIds) {
            for (Claim c : w.claimsOf(id)) {
                ClaimRow row = lookup.row(c);
                seen.add(c.id());
                ClaimRow old = put(row);
                if (old == null) {
                    added.add(row);
                } else if (!old.equals(row)) {
                    rows.set(rows.indexOf(old), row);
                }
            }
        }
        Set<ClaimRow> removed = new java.util.HashSet<>();
        for (ClaimRow r : byId.values()) {
            if (articleIds.contains(r.claim().articleId()) && !seen.contains(r.id())) {
                removed.add(r);
            }
        }
        removed.forEach(this::remove);
        rows.removeAll(removed);
        rows.addAll(added);
    }

    /** Updates the rows of the named claims: one new claim, one new row. */
    private void refreshClaims(Set<Long> claimIds) {
        Workspace w = model.workspace().orElse(null);
        if (w == null || !model.claimsReady()) {
            return;
        }
        Lookup lookup = new Lookup(w);
        List<ClaimRow> added = new ArrayList<>();
        Set<ClaimRow> removed = new java.util.HashSet<>();
        for (long id : claimIds) {
            Optional<Claim> c = w.claim(id);
            ClaimRow old = byId.get(id);
            if (c.isEmpty()) {
                if (old != null) {
                    removed.add(old);
                    remove(old);
                }
                continue;
            }
            ClaimRow row = lookup.row(c.get());
            put(row);
            if (old == null) {
                added.add(row);
            } else if (!old.equals(row)) {
                rows.set(rows.indexOf(old), row);
            }
        }
        rows.removeAll(removed);
        rows.addAll(added);
    }

    /** Rebuilds every row (the claims read, a source or an article changed), keeping the selection. */
    void all() {
        keepingSelection(this::rebuild);
    }

    private void rebuild() {
        Workspace w = model.workspace().orElse(null);
        if (w == null || !model.claimsReady()) {
            rows.clear();
            byId.clear();
            speakers.clear();
            return;
        }
        Lookup lookup = new Lookup(w);
        List<ClaimRow> all = w.claims().stream().map(lookup::row).toList();
        byId.clear();
        speakers.clear();
        all.forEach(this::put);
        rows.setAll(all);
    }

    /** Names and counts for rows, looked up once per refresh. */
    private final class Lookup {
        private final Workspace w;
        private final Map<Long, String> articleTitles = new HashMap<>();
        private final Map<Long, Source> sources = new HashMap<>();
        private final Map<Long, String> topicLabels = new HashMap<>();

        Lookup(Workspace w) {
            this.w = w;
            model.articles().forEach(a -> articleTitles.put(a.id(), a.title()));
            model.sources().forEach(s -> sources.put(s.id(), s));
            w.topics().forEach(t -> topicLabels.put(t.id(), t.label()));
        }

        ClaimRow row(Claim c) {
            Source s = sources.get(c.sourceId());
            return new ClaimRow(c, s == null ? "?" : s.name(), s == null ? "#888888" : s.colour(),
                    articleTitles.getOrDefault(c.articleId(), "?"), c.topicId() == null ? "" : topicLabels.getOrDefault(c.topicId(), ""),
                    w.contradictionCount(c.id()), w.verdict(c.id()).map(v -> v.rating()).orElse(""), s != null && s.isOutlet());
        }
    }
}
