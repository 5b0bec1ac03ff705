package org.claimbench.ui.suggestions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.claimbench.analysis.ClaimSuggester;
import org.claimbench.analysis.contradiction.ContradictionIndex;
import org.claimbench.analysis.speakers.SpeakerTable;
import org.claimbench.domain.Article;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.common.TaskRunner;
import org.claimbench.ui.common.UserMessages;
import org.claimbench.ui.common.WorkspaceModel;
import org.claimbench.workspace.Workspace;
import org.claimbench.workspace.WorkspaceEvent;

/**
 * Suggested claims and contradictions, each with its reason; the user accepts or dismisses them.
 * Computed in the background when a workspace opens; afterwards a changed claim is re-scored
 * against its candidates only (ContradictionIndex), and claim suggestions of the changed
 * articles only are recomputed.
 */
public final class SuggestionsViewModel {

    private final WorkspaceModel model;
    private final TaskRunner tasks;
    private final UserMessages messages;
    private final ObservableList<ClaimSuggestionRow> claims = FXCollections.observableArrayList();
    private final ClaimSuggestionFilter filter = new ClaimSuggestionFilter(claims);
    private final ContradictionRows contradictions;
    private final SuggestionCommands commands;
    private final AcceptAllShown acceptAll;
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    /** True once the open workspace's suggestions have been shown (false again while no workspace's claims are ready). */
    private final ReadOnlyBooleanWrapper shownOnce = new ReadOnlyBooleanWrapper(false);
    /** {@link #settledProperty()}: made once, shared by both lists. */
    private final javafx.beans.binding.BooleanBinding settled = shownOnce.getReadOnlyProperty().and(working.getReadOnlyProperty().not());
    /** Every claim suggestion per article (quotes read in the background), before filtering out marked and dismissed ones. */
    private final Map<Long, List<ClaimSuggestionRow>> suggestedByArticle = new HashMap<>();
    /** The suggestions shown (the list's rows, the spans drawn dashed). */
    private final ShownSuggestions shown = new ShownSuggestions();
    /** The widths the user set in the two lists' columns, kept with the workspace's layout. */
    private final org.claimbench.ui.common.UserColumnWidths columnWidths = new org.claimbench.ui.common.UserColumnWidths();
    private boolean again;
    private Consumer<ClaimSuggestionRow> onShowClaim = r -> { };
    private Consumer<ClaimSuggestionRow> onChoose = r -> { };
    private Consumer<ContradictionSuggestionRow> onShowContradiction = r -> { };
    private Runnable onShowNothing = () -> { }; // the last row of a list was judged: nothing is chosen, the panes mark none
    private Consumer<Map<Long, List<TextSpan>>> onSuggestedSpansChanged = changed -> { };

    /** The widths the user set in the lists' columns (by the tables' ids), which the window's layout keeps. */
    public org.claimbench.ui.common.UserColumnWidths columnWidths() {
        return columnWidths;
    }

    public SuggestionsViewModel(WorkspaceModel model, TaskRunner tasks, UserMessages messages) {
        this.model = model;
        this.tasks = tasks;
        this.messages = messages;
        this.contradictions = new ContradictionRows(model, tasks);
        this.commands = new SuggestionCommands(model, messages);
        this.acceptAll = new AcceptAllShown(model, tasks, messages);
        // Another workspace has other sources and articles: its suggestions show unfiltered.
        model.workspaceProperty().addListener((o, was, now) -> filter.clear());
        model.onClaimsReady(this::recomputeAll);
        // New articles, or a text revised: their sentences are different, so suggestions are computed again; after the other
        // listeners of the change, so that a pane reads a revised text first on the one background thread (Edit text showed
        // the old words for the whole build while the status line said "New text"). A workspace closed meanwhile has nothing to compute.
        model.articles().addListener((javafx.collections.ListChangeListener<Article>) c -> org.claimbench.ui.common.FxThread.afterThisEvent(() -> {
            if (contradictions.index() != null && model.workspace().filter(org.claimbench.workspace.Workspace::isOpen).isPresent()) {
                recomputeAll();
            }
        }));
        model.onClaimsChanged(this::claimsChanged);
        // A link made, undone or deleted: the pairs not to suggest change with it.
        model.onContradictionsChanged(() -> model.workspace().filter(w -> contradictions.index() != null)
                .ifPresent(contradictions::decisionsChanged));
        model.onSuggestionsChanged(speakerTable -> {
            if (speakerTable) {
                remapSpeakers();
            } else {
                model.workspace().filter(w -> contradictions.index() != null).ifPresent(w -> {
                    contradictions.decisionsChanged(w);
                    refreshClaimRows(w, Set.copyOf(suggestedByArticle.keySet()), Set.of());
                });
            }
        });
    }

    public ObservableList<ClaimSuggestionRow> claims() {
        return claims;
    }

    /** The open workspace's sources and articles, to filter by. */
    public ObservableList<org.claimbench.domain.Source> sources() {
        return model.sources();
    }

    public ObservableList<Article> articles() {
        return model.articles();
    }

    /** Which of the claim suggestions the list shows. */
    public ClaimSuggestionFilter filter() {
        return filter;
    }

    public ObservableList<ContradictionSuggestionRow> contradictions() {
        return contradictions.rows();
    }

    /** The suggested contradictions on screen and under review: the view tells it, the list's order follows ({@link ReviewOrder}). */
    ContradictionReview contradictionReview() {
        return contradictions.review();
    }

    /** True once the open workspace's suggestions have been computed. */
    public boolean ready() {
        return contradictions.index() != null && !working.get();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /**
     * Whether the lists say what the engines found: the open workspace's suggestions were shown once and no run is under
     * way. While false an empty list means "not known yet", never "nothing to suggest".
     */
    public javafx.beans.binding.BooleanBinding settledProperty() {
        return settled;
    }

    /**
     * A suggested claim clicked in a pane (its dotted words): the next Ctrl+3 chooses it in the list (the list's filters
     * cleared if they hide it). Nothing moves at the click: the pane keeps its place, the keyboard its place.
     */
    public void choose(ClaimSuggestionRow row) {
        onChoose.accept(row);
    }

    public void setOnChoose(Consumer<ClaimSuggestionRow> c) {
        onChoose = c;
    }

    public void setOnShowClaim(Consumer<ClaimSuggestionRow> c) {
        onShowClaim = c;
    }

    public void setOnShowContradiction(Consumer<ContradictionSuggestionRow> c) {
        onShowContradiction = c;
    }

    /** Told which dashed spans appeared or went, per article, so panes showing them redraw just those. */
    public void setOnSuggestedSpansChanged(Consumer<Map<Long, List<TextSpan>>> c) {
        onSuggestedSpansChanged = c;
    }

    /** The suggested (not yet accepted) claim spans of an article, drawn dashed in the panes. */
    public List<TextSpan> suggestedSpans(long articleId) {
        return shown.spans(articleId);
    }

    private record Computed(Map<Long, List<ClaimSuggestionRow>> rows, ContradictionIndex index,
                            List<org.claimbench.analysis.contradiction.ContradictionSuggestion> best) {
    }

    private void recomputeAll() {
        Workspace w = model.workspace().orElse(null);
        if (w == null || !model.claimsReady()) {
            shownOnce.set(false);
            claims.clear();
            contradictions.clear();
            Map<Long, List<TextSpan>> had = shown.forget();
            suggestedByArticle.clear();
            onSuggestedSpansChanged.accept(had);
            return;
        }
        if (working.get()) {
            // One run at a time: changes made meanwhile (a batch import) are picked up by one more run after it.
            again = true;
            return;
        }
        working.set(true);
        contradictions.buildStarted();
        tasks.run("Looking for suggestions", p -> {
            SpeakerTable table = SpeakerTable.of(w);
            ClaimSuggester suggester = new ClaimSuggester(table);
            ClaimSuggestionRow.Sources sources = ClaimSuggestionRow.Sources.of(w.sources());
            Map<Long, List<ClaimSuggestionRow>> byArticle = new HashMap<>();
            for (Article a : w.articles()) {
                String text = w.text(a.id());
                byArticle.put(a.id(), ClaimSuggestionRow.all(suggester.suggest(a.id(), text), text, a.title(), sources));
            }
            ContradictionIndex index = ContradictionRows.index(w, p);
            return new Computed(byArticle, index, ContradictionRows.best(w, index));
        }, c -> {
            working.set(false);
            if (again) {
                again = false;
                recomputeAll();
                return;
            }
            if (model.workspace().orElse(null) != w) {
                return;
            }
            suggestedByArticle.clear();
            suggestedByArticle.putAll(c.rows());
            Map<Long, List<TextSpan>> had = shown.forget();
            refreshClaimRows(w, suggestedByArticle.keySet(), Set.of());
            onSuggestedSpansChanged.accept(had);
            contradictions.show(w, c.index(), c.best());
            shownOnce.set(true);
            // The build inferred every article's event afresh: the article list shows them.
            model.eventsInferred();
        }, e -> {
            working.set(false);
            again = false;
            System.getLogger("claimbench").log(System.Logger.Level.ERROR, "suggestions failed", e);
            messages.error("Suggestions failed", String.valueOf(e.getMessage()));
        });
    }

    /**
     * The speaker table changed: every suggestion's speaker is mapped to a source again, without
     * reading the articles again (in the background: a workspace may hold thousands of suggestions).
     */
    private void remapSpeakers() {
        Workspace w = model.workspace().orElse(null);
        if (w == null || working.get() || suggestedByArticle.isEmpty()) {
            recomputeAll();
            return;
        }
        Map<Long, List<ClaimSuggestionRow>> current = new HashMap<>(suggestedByArticle);
        working.set(true);
        tasks.run("Mapping speakers to sources", p -> new Computed(ClaimSuggestionRow.remapped(w, current), null, List.of()), c -> {
            working.set(false);
            if (model.workspace().orElse(null) != w) {
                return;
            }
            suggestedByArticle.putAll(c.rows());
            Map<Long, List<TextSpan>> had = shown.forget();
            refreshClaimRows(w, Set.copyOf(suggestedByArticle.keySet()), Set.of());
            onSuggestedSpansChanged.accept(had);
            if (again) {
                again = false;
                recomputeAll();
            }
        }, e -> {
            working.set(false);
            System.getLogger("claimbench").log(System.Logger.Level.ERROR, "mapping speakers failed", e);
            messages.error("Suggestions failed", String.valueOf(e.getMessage()));
        });
    }

    /** One claim changed: re-score it against its candidates, and filter the claim suggestions of its article again. */
    private void claimsChanged(WorkspaceEvent.ClaimsChanged e) {
        Workspace w = model.workspace().orElse(null);
        if (w != null && working.get()) {
            contradictions.changedDuringBuild(e.claimIds());
        }
        if (w == null || contradictions.index() == null) {
            return;
        }
        refreshClaimRows(w, e.articleIds(), e.claimIds());
        // Decided pairs leave the list at once; reading a claim (tags, lemmas, vector) and scoring it take milliseconds: off the JavaFX thread.
        contradictions.claimsChanged(w, e.claimIds());
    }

    /** The claim suggestions of some articles filtered again (the claims named changed; empty: any may have). */
    private void refreshClaimRows(Workspace w, Set<Long> articleIds, Set<Long> claimIds) {
        ShownSuggestions.Change c = shown.refresh(w, suggestedByArticle, articleIds, claimIds);
        if (c.all() != null) {
            claims.setAll(c.all());
        } else {
            if (!c.gone().isEmpty()) {
                claims.removeAll(c.gone());
            }
            claims.addAll(c.added());
        }
        if (!c.spans().isEmpty()) {
            onSuggestedSpansChanged.accept(c.spans());
        }
    }

    /**
     * The line above the suggested claims ({@link SameEventHint}), kept up to date by this model's claims and suggestions
     * while {@code inSight} holds; {@code showArticle} lists one article's suggestions.
     */
    SameEventHint sameEventHint(javafx.beans.value.ObservableBooleanValue inSight, Consumer<Article> showArticle) {
        return new SameEventHint(model, claims, settled, inSight, filter.article(), showArticle);
    }

    // ---- the speaker table --------------------------------------------------------------

    public List<org.claimbench.domain.Speaker> speakers() {
        return model.workspace().map(Workspace::speakers).orElse(List.of());
    }

    /** Adds or changes a speaker; the suggestions are mapped again with the new table. */
    public void saveSpeaker(org.claimbench.domain.Speaker speaker) {
        edit(w -> w.decisions().saveSpeaker(speaker));
    }

    public void deleteSpeaker(org.claimbench.domain.Speaker speaker) {
        edit(w -> w.decisions().deleteSpeaker(speaker.id()));
    }

    public void show(ClaimSuggestionRow row) {
        if (row != null) {
            onShowClaim.accept(row);
        }
    }

    public void show(ContradictionSuggestionRow row) {
        if (row != null) {
            onShowContradiction.accept(row);
        }
    }

    public void setOnShowNothing(Runnable r) {
        onShowNothing = r;
    }

    public void showNothing() {
        onShowNothing.run();
    }

    /**
     * The suggested claim of someone's statement (not the outlet's own) that the words {@code span} of the article mark,
     * overlapping it by at least half of the shorter of the two, as the evaluation matches claims
     * ({@link org.claimbench.analysis.SpanMatching}); of several, the one overlapping most. Empty before suggestions are
     * computed. UTF-16 offsets.
     */
    public java.util.Optional<org.claimbench.analysis.ClaimSuggestion> statementAt(long articleId, TextSpan span) {
        return ClaimSuggestionRow.statementAt(suggestedByArticle.getOrDefault(articleId, List.of()), span);
    }

    /** Accepts a suggested claim (undoable). */
    public void accept(ClaimSuggestionRow row) {
        commands.accept(row);
    }

    /** Marks the listed claim suggestions in the background as one edit ({@link AcceptAllShown}); ignored while one runs. */
    public void acceptAll(List<ClaimSuggestionRow> listed) {
        acceptAll.accept(listed);
    }

    /** True while Accept all shown marks its claims: the button and the menu item are greyed out. */
    public ReadOnlyBooleanProperty acceptingAllProperty() {
        return acceptAll.runningProperty();
    }

    public void dismiss(ClaimSuggestionRow row) {
        commands.dismiss(row);
    }

    /** Accepts a suggested contradiction: judged, it is linked as confirmed; else as open. */
    public void accept(ContradictionSuggestionRow row, boolean judged) {
        commands.accept(row, judged);
    }

    public void dismiss(ContradictionSuggestionRow row) {
        commands.dismiss(row);
    }

    /**
     * The answer to Assign… for the suggestion's speaker: an existing source, or else a new one of that name; for this
     * suggestion only (marked, nothing remembered), or remembered in the speaker table and, when Accept asked, marked too.
     */
    public void assign(ClaimSuggestionRow row, org.claimbench.domain.Source existing, String newSourceName, boolean onlyThis, boolean accepting) {
        commands.assign(row, existing, newSourceName, onlyThis, accepting);
    }

    /** Whether the suggestion is someone's statement whose speaker has no source yet. */
    public static boolean unassigned(ClaimSuggestionRow row) {
        return SuggestionCommands.unassigned(row);
    }

    /** Where the view model says what an action did (the status bar); {@link #say} says a view's own there too. */
    public void setOnStatus(Consumer<String> status) {
        commands.setOnStatus(status);
        acceptAll.setOnStatus(status);
    }

    void say(String what) { commands.say(what); }

    /** Applies a change to the open workspace; whether it was applied (an error is shown if not). */
    private boolean edit(java.util.function.Consumer<Workspace> change) {
        return model.edit(messages, "Cannot apply the change", change);
    }
}
