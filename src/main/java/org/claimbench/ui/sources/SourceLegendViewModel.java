package org.claimbench.ui.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import org.claimbench.domain.Source;
import org.claimbench.ui.common.UserMessages;
import org.claimbench.ui.common.WorkspaceModel;
import org.claimbench.workspace.Workspace;
import org.claimbench.workspace.WorkspaceException;

/** The legend of sources with claim counts; unchecking a source hides its claims everywhere. */
public final class SourceLegendViewModel {

    private final WorkspaceModel model;
    private final UserMessages messages;
    private final Consumer<String> status;
    private final ObservableList<SourceRow> rows = FXCollections.observableArrayList();

    /** The legend of {@code model}'s sources; errors go to {@code messages}, what it did to {@code status} (the status line). */
    public SourceLegendViewModel(WorkspaceModel model, UserMessages messages, Consumer<String> status) {
        this.model = model;
        this.messages = messages;
        this.status = status;
        model.sources().addListener((ListChangeListener<Source>) c -> refresh());
        model.hiddenSources().addListener((SetChangeListener<Long>) c -> refresh());
        model.onClaimsChanged(e -> refresh());
        model.onClaimsReady(this::refresh);
        refresh();
    }

    public ObservableList<SourceRow> rows() {
        return rows;
    }

    /** Typed in the list with no source's name beginning so: says how to add one (the + above the list). */
    public void noSourceBegins(String typed) {
        status.accept("No source begins with “" + typed.strip() + "”. + above the list adds a source.");
    }

    /**
     * Where the counts come from when the claims table is filtered: the legend then counts what the
     * filter lets through (the workbench sets it; empty: every claim is counted).
     */
    public void setFilteredCounts(java.util.function.Supplier<java.util.Optional<Map<Long, Integer>>> counts, javafx.beans.Observable changes) {
        filteredCounts = counts;
        changes.addListener(o -> refresh());
        refresh();
    }

    private java.util.function.Supplier<java.util.Optional<Map<Long, Integer>>> filteredCounts = java.util.Optional::empty;
    private final javafx.beans.property.ReadOnlyStringWrapper countsSay = new javafx.beans.property.ReadOnlyStringWrapper("all claims");

    /**
     * What the counts count: "all claims", or "filtered" while the Claims table's filter is on (the header's room beside
     * "Sources" is narrow: "claims in the table's filter" was cut to "So… claims in the table's…" at 1280 px wide).
     */
    public javafx.beans.property.ReadOnlyStringProperty countsSayProperty() {
        return countsSay.getReadOnlyProperty();
    }

    private void refresh() {
        java.util.Optional<Map<Long, Integer>> inFilter = filteredCounts.get();
        countsSay.set(inFilter.isPresent() ? "filtered" : "all claims");
        Map<Long, Integer> counts = inFilter.orElseGet(() -> model.workspace().map(Workspace::claimCountsBySource).orElse(Map.of()));
        List<SourceRow> out = new ArrayList<>();
        int key = 1;
        for (Source s : model.sources()) {
            out.add(new SourceRow(s, key++, counts.getOrDefault(s.id(), 0), !model.hiddenSources().contains(s.id())));
        }
        Workspace now = model.workspace().orElse(null);
        // The model's sources are the open workspace's only once the model has them: a refresh between the workspace's switch and
        // its sources (the claims table's rows rebuilt on the way) would list the old workspace's ids as the new one's (review63d).
        boolean inStep = now != null && ids(model.sources()).equals(ids(now.sources()));
        int added = -1;
        if (inStep && now == listedOf) {
            for (int i = 0; i < out.size(); i++) {
                if (!listedIds.contains(out.get(i).source().id())) {
                    added = i;
                }
            }
        }
        // Ids run from 1 in every workspace: those of another workspace (opened, or the first at start-up) are not added
        // sources, however many more of them there are (review63b, 1: they scrolled keys 1-2 out of sight).
        listedOf = inStep ? now : null;
        listedIds.clear();
        out.forEach(r -> listedIds.add(r.source().id()));
        if (!out.equals(rows)) {
            rows.setAll(out);
        }
        if (added >= 0) {
            int at = added;
            addedListeners.forEach(l -> l.accept(at));
        }
    }

    private static java.util.Set<Long> ids(List<Source> sources) {
        java.util.Set<Long> out = new java.util.HashSet<>();
        sources.forEach(s -> out.add(s.id()));
        return out;
    }

    /** The workspace whose sources {@link #listedIds} are: a source is added only when it is new to the same workspace. */
    private Workspace listedOf;
    private final java.util.Set<Long> listedIds = new java.util.HashSet<>();
    private final List<java.util.function.IntConsumer> addedListeners = new ArrayList<>();

    /**
     * Told the row of a source added to the open workspace (the legend's +, a new source named while marking, a suggestion's
     * new source, an undone removal); the last row when several came at once. Not told of the sources of a workspace opened.
     */
    public void onSourceAdded(java.util.function.IntConsumer row) {
        addedListeners.add(row);
    }

    public void setVisible(Source s, boolean visible) {
        if (visible) {
            model.hiddenSources().remove(s.id());
        } else {
            model.hiddenSources().add(s.id());
        }
    }

    /** Shows only this source's claims (or all again, if it is the only one shown already). */
    public void solo(Source s) {
        boolean alreadySolo = model.hiddenSources().size() == model.sources().size() - 1 && !model.hiddenSources().contains(s.id());
        model.hiddenSources().clear();
        if (!alreadySolo) {
            model.sources().stream().filter(x -> x.id() != s.id()).forEach(x -> model.hiddenSources().add(x.id()));
        }
    }

    /** Adds a source; the status line names it and its key (its number in the legend), which Ctrl+Z takes back. */
    public void add(String name) {
        added(name).ifPresent(s -> {
            int key = keyOf(s);
            status.accept("Added the source “" + s.name() + "”" + (key >= 1 && key <= 9 ? ": select words and press " + key
                    + " to mark them as its claims" : "") + ". Ctrl+Z undoes it.");
        });
    }

    /** Adds a source and gives it back; empty where the workspace refused it (a name taken), which the user is told. */
    public java.util.Optional<Source> added(String name) {
        Source[] made = {null};
        edit(w -> made[0] = w.addSource(name, null));
        return java.util.Optional.ofNullable(made[0]);
    }

    /** A source's number key (its place in the legend, from 1); the model's list may hear of a new source only after its edit: then it is the last one. */
    public int keyOf(Source s) {
        int at = model.sources().stream().map(Source::id).toList().indexOf(s.id());
        return (at < 0 ? model.sources().size() : at) + 1;
    }

    public void rename(Source s, String name) {
        edit(w -> w.renameSource(s.id(), name));
    }

    public void recolour(Source s, String colour) {
        edit(w -> w.recolourSource(s.id(), colour));
    }

    public void merge(Source from, Source into) {
        edit(w -> w.mergeSources(from.id(), into.id()));
    }

    private void edit(Consumer<Workspace> change) {
        model.workspace().ifPresent(w -> {
            try {
                change.accept(w);
            } catch (WorkspaceException | IllegalArgumentException e) {
                messages.error("Cannot change the source", e.getMessage());
            }
        });
    }
}
