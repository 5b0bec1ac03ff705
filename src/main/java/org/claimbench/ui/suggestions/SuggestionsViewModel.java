package org.claimbench.ui.suggestions;

import java.util.ArrayList;
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
import org.claimbench.analysis.ClaimSuggestion;
import org.claimbench.analysis.contradiction.ContradictionIndex;
import org.claimbench.analysis.contradiction.ContradictionSuggestion;
import org.claimbench.analysis.speakers.SpeakerTable;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.common.TaskRunner;
import org.claimbench.ui.common.UserMessages;
import org.claimbench.ui.common.WorkspaceModel;
import org.claimbench.workspace.ClaimDraft;
import org.claimbench.workspace.Workspace;
import org.claimbench.workspace.WorkspaceEvent;
import org.claimbench.workspace.WorkspaceException;

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
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    /** Every claim suggestion per article (quotes read in the background), before filtering out marked and dismissed ones. */
    private final Map<Long, List<ClaimSuggestionRow>> suggestedByArticle = new HashMap<>();
    /** The spans shown dashed, per article: what the list shows. */
    private final Map<Long, List<TextSpan>> shownSpans = new HashMap<>();
    private boolean again;
    private SpeakerTable speakers = SpeakerTable.defaults();
    private Consumer<ClaimSuggestionRow> onShowClaim = r -> { };
    private Consumer<ContradictionSuggestionRow> onShowContradiction = r -> { };
    private Consumer<Map<Long, List<TextSpan>>> onSuggestedSpansChanged = changed -> { };

    public SuggestionsViewModel(WorkspaceModel model, TaskRunner tasks, UserMessages messages) {
        this.model = model;
        this.tasks = tasks;
        this.messages = messages;
        this.contradictions = new ContradictionRows(model);
        // Another workspace has other sources and articles: its suggestions show unfiltered.
        model.workspaceProperty().addListener((o, was, now) -> filter.clear());
        model.onClaimsReady(this::recomputeAll);
        // New articles, or a text revised: their sentences are different, so suggestions are computed again.
        model.articles().addListener((javafx.collections.ListChangeListener<Article>) c -> {
            if (contradictions.index() != null) {
                recomputeAll();
            }
        });
        model.onClaimsChanged(this::claimsChanged);
        model.onSuggestionsChanged(speakerTable -> {
            if (speakerTable) {
                remapSpeakers();
            } else {
                model.workspace().filter(w -> contradictions.index() != null).ifPresent(w -> {
                    contradictions.skip(w.decisions().pairsNotToSuggest());
                    refreshClaimRows(w, Set.copyOf(suggestedByArticle.keySet()));
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

    /** True once the open workspace's suggestions have been computed. */
    public boolean ready() {
        return contradictions.index() != null && !working.get();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
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
        return shownSpans.getOrDefault(articleId, List.of());
    }

    private record Computed(Map<Long, List<ClaimSuggestionRow>> rows, ContradictionIndex index, SpeakerTable speakers) {
    }

    private void recomputeAll() {
        Workspace w = model.workspace().orElse(null);
        if (w == null || !model.claimsReady()) {
            claims.clear();
            contradictions.clear();
            Map<Long, List<TextSpan>> had = new HashMap<>(shownSpans);
            shownSpans.clear();
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
        tasks.run("Looking for suggestions", p -> {
            SpeakerTable table = speakerTable(w);
            ClaimSuggester suggester = new ClaimSuggester(table);
            Map<Long, String> colours = new HashMap<>();
            Map<String, Long> sourceIds = new HashMap<>();
            w.sources().forEach(x -> {
                colours.put(x.id(), x.colour());
                sourceIds.put(x.name(), x.id());
            });
            Map<Long, List<ClaimSuggestionRow>> byArticle = new HashMap<>();
            for (Article a : w.articles()) {
                String text = w.text(a.id());
                List<ClaimSuggestionRow> rows = new ArrayList<>();
                for (ClaimSuggestion x : suggester.suggest(a.id(), text)) {
                    rows.add(row(x, text, a.title(), sourceIds, colours));
                }
                byArticle.put(a.id(), rows);
            }
            return new Computed(byArticle, ContradictionRows.index(w, p), table);
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
            speakers = c.speakers();
            suggestedByArticle.clear();
            suggestedByArticle.putAll(c.rows());
            refreshClaimRows(w, suggestedByArticle.keySet());
            contradictions.show(w, c.index());
        }, e -> {
            working.set(false);
            again = false;
            System.getLogger("claimbench").log(System.Logger.Level.ERROR, "suggestions failed", e);
            messages.error("Suggestions failed", String.valueOf(e.getMessage()));
        });
    }

    private static ClaimSuggestionRow row(ClaimSuggestion x, String text, String title, Map<String, Long> sourceIds, Map<Long, String> colours) {
        long source = x.source().map(n -> sourceIds.getOrDefault(n, 0L)).orElse(0L);
        return new ClaimSuggestionRow(x, text.substring(x.span().start(), x.span().end()).replace('\n', ' '), title, source, x.sourceName(),
                colours.getOrDefault(source, UNASSIGNED_COLOUR));
    }

    /** The grey of a suggestion whose speaker has no source yet. */
    private static final String UNASSIGNED_COLOUR = "#888888";

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
        tasks.run("Mapping speakers to sources", p -> {
            SpeakerTable table = speakerTable(w);
            ClaimSuggester suggester = new ClaimSuggester(table);
            Map<Long, String> colours = new HashMap<>();
            Map<String, Long> sourceIds = new HashMap<>();
            w.sources().forEach(x -> {
                colours.put(x.id(), x.colour());
                sourceIds.put(x.name(), x.id());
            });
            Map<Long, List<ClaimSuggestionRow>> out = new HashMap<>();
            for (Map.Entry<Long, List<ClaimSuggestionRow>> e : current.entrySet()) {
                String text = w.text(e.getKey());
                List<ClaimSuggestionRow> rows = new ArrayList<>(e.getValue().size());
                for (ClaimSuggestionRow r : e.getValue()) {
                    rows.add(row(suggester.mapped(r.suggestion(), text), text, r.article(), sourceIds, colours));
                }
                out.put(e.getKey(), rows);
            }
            return new Computed(out, null, table);
        }, c -> {
            working.set(false);
            if (model.workspace().orElse(null) != w) {
                return;
            }
            speakers = c.speakers();
            suggestedByArticle.putAll(c.rows());
            Map<Long, List<TextSpan>> had = new HashMap<>(shownSpans);
            shownSpans.clear();
            refreshClaimRows(w, Set.copyOf(suggestedByArticle.keySet()));
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
        if (w == null || contradictions.index() == null) {
            return;
        }
        refreshClaimRows(w, e.articleIds());
        Set<Long> ids = e.claimIds();
        if (ids.isEmpty()) {
            contradictions.claimsChanged(w, ids, Map.of());
            return;
        }
        contradictions.dropDecided(w);
        // Reading a claim (tags, lemmas, vector) takes milliseconds: off the JavaFX thread, then scored on it.
        ContradictionIndex index = contradictions.index();
        tasks.run("Reading the changed claims", p -> ContradictionRows.read(w, ids), present -> {
            if (model.workspace().orElse(null) == w && contradictions.index() == index) {
                contradictions.claimsChanged(w, ids, present);
            }
        }, err -> System.getLogger("claimbench").log(System.Logger.Level.WARNING, "reading changed claims failed", err));
    }

    /**
     * The claim suggestions of some articles, without the spans marked or dismissed already. Only
     * the rows that appear or go are changed in the list: marking one claim in an article of
     * thousands of sentences touches one row, not thousands.
     */
    private void refreshClaimRows(Workspace w, Set<Long> articleIds) {
        boolean everything = articleIds.containsAll(suggestedByArticle.keySet());
        List<ClaimSuggestionRow> all = everything ? new ArrayList<>() : null;
        Map<Long, List<TextSpan>> changed = new HashMap<>();
        Set<ClaimSuggestionRow> gone = new java.util.HashSet<>();
        List<ClaimSuggestionRow> added = new ArrayList<>();
        for (long id : articleIds) {
            List<Claim> marked = w.claimsOf(id);
            int longest = marked.stream().mapToInt(c -> c.span().length()).max().orElse(0);
            Set<TextSpan> before = new java.util.HashSet<>(shownSpans.getOrDefault(id, List.of()));
            List<TextSpan> now = new ArrayList<>();
            List<TextSpan> diff = new ArrayList<>();
            for (ClaimSuggestionRow r : suggestedByArticle.getOrDefault(id, List.of())) {
                TextSpan span = r.suggestion().span();
                boolean show = !w.decisions().isClaimDismissed(id, span) && !coveredByAClaim(marked, longest, span);
                if (show) {
                    now.add(span);
                    if (all != null) {
                        all.add(r);
                    } else if (!before.contains(span)) {
                        added.add(r);
                    }
                }
                if (show != before.contains(span)) {
                    diff.add(span);
                    if (!show) {
                        gone.add(r);
                    }
                }
            }
            shownSpans.put(id, now);
            if (!diff.isEmpty()) {
                changed.put(id, diff);
            }
        }
        if (all != null) {
            claims.setAll(all);
        } else {
            if (!gone.isEmpty()) {
                claims.removeAll(gone);
            }
            claims.addAll(added);
        }
        if (!changed.isEmpty()) {
            onSuggestedSpansChanged.accept(changed);
        }
    }

    /** Whether a marked claim marks mostly the same words as the span; claims are sorted by start, so only those nearby are looked at. */
    private static boolean coveredByAClaim(List<Claim> sortedClaims, int longest, TextSpan span) {
        int lo = 0;
        int hi = sortedClaims.size();
        int from = span.start() - longest;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedClaims.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < sortedClaims.size() && sortedClaims.get(i).start() < span.end(); i++) {
            if (sortedClaims.get(i).span().marksMostlyTheSameAs(span)) {
                return true;
            }
        }
        return false;
    }

    private SpeakerTable speakerTable(Workspace w) {
        return SpeakerTable.of(w);
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

    // ---- commands ----------------------------------------------------------------------

    public void accept(ClaimSuggestionRow row) {
        if (unassigned(row)) {
            messages.error("Assign the speaker first", row.suggestion().speaker() + " is not in the speaker table yet. Choose whom they speak for "
                    + "with Assign… above the suggestions: this suggestion and the speaker's others then get that source.");
            return;
        }
        if (edit(w -> w.markClaim(row.suggestion().articleId(), row.suggestion().span(), sourceOf(w, row), speakerOf(row), ""))) {
            status.accept("Marked a claim of " + row.source() + ": “" + shorten(row.quote()) + "”. Ctrl+Z undoes it.");
        }
    }

    /** Accepts the listed claim suggestions as one edit (one Ctrl+Z takes them all back); those of unassigned speakers wait. */
    public void acceptAll(List<ClaimSuggestionRow> listed) {
        List<ClaimSuggestionRow> rows = listed.stream().filter(r -> !unassigned(r)).toList();
        int waiting = listed.size() - rows.size();
        if (!rows.isEmpty() && edit(w -> w.markClaims(rows.stream().map(r -> new ClaimDraft(r.suggestion().articleId(), r.suggestion().span(),
                sourceOf(w, r), speakerOf(r), "")).toList()))) {
            String said = "Marked " + rows.size() + (rows.size() == 1 ? " suggested claim" : " suggested claims") + ". Ctrl+Z takes them all back."
                    + (waiting == 0 ? "" : " " + waiting + " of speakers with no source yet wait: Assign… gives them one.");
            status.accept(said);
            messages.notify("Claims marked", said);
        } else if (rows.isEmpty() && waiting > 0) {
            messages.error("Assign the speakers first", "The " + waiting + " suggestions listed are of speakers with no source yet: "
                    + "choose whom they speak for with Assign….");
        }
    }

    /** Whether the suggestion is someone's statement whose speaker has no source yet. */
    public static boolean unassigned(ClaimSuggestionRow row) {
        return !row.suggestion().byOutlet() && row.suggestion().source().isEmpty();
    }

    /**
     * The speaker of a suggestion speaks for this source: the speaker table remembers them (by the
     * name the article gives them), and every suggestion of theirs is mapped again.
     */
    public void assignSpeaker(ClaimSuggestionRow row, org.claimbench.domain.Source source) {
        ClaimSuggestion s = row.suggestion();
        List<String> names = s.namedAs().equals(s.speaker()) ? List.of(s.speaker()) : List.of(s.speaker(), s.namedAs());
        edit(w -> w.decisions().saveSpeaker(new org.claimbench.domain.Speaker(0, s.speaker(), source.id(), true, names)));
    }

    /** The speaker of a suggestion speaks for a source the workspace does not have yet: it is added, then assigned. */
    public void assignSpeakerToNewSource(ClaimSuggestionRow row, String sourceName) {
        String name = sourceName.strip();
        if (name.isEmpty()) {
            return;
        }
        Workspace w = model.workspace().orElse(null);
        if (w == null) {
            return;
        }
        org.claimbench.domain.Source existing = w.sourceNamed(name).orElse(null);
        if (existing != null) {
            assignSpeaker(row, existing);
            return;
        }
        try {
            org.claimbench.domain.Source added = w.addSource(name, org.claimbench.domain.SourcePalette.suggestColour(w.sources().size()));
            assignSpeaker(row, added);
        } catch (WorkspaceException | IllegalArgumentException e) {
            messages.error("Cannot add the source", e.getMessage());
        }
    }

    public void dismiss(ClaimSuggestionRow row) {
        if (edit(w -> w.decisions().dismissClaim(row.suggestion().articleId(), row.suggestion().span()))) {
            status.accept("Dismissed the suggested claim “" + shorten(row.quote()) + "”; it is not suggested again.");
        }
    }

    /**
     * Accepts a suggested contradiction. Accepting is judging it: it is linked as confirmed; with
     * judged false it is linked as open, to be judged in the Contradictions tab.
     */
    public void accept(ContradictionSuggestionRow row, boolean judged) {
        ContradictionSuggestion s = row.suggestion();
        org.claimbench.domain.ContradictionStatus status = judged ? org.claimbench.domain.ContradictionStatus.CONFIRMED
                : org.claimbench.domain.ContradictionStatus.OPEN;
        if (edit(w -> w.acceptContradictionSuggestion(s.claimA(), s.claimB(), s.signals().get(0).kind(), s.score(), s.explanation(), status))) {
            this.status.accept((judged ? "Confirmed" : "Linked, open for review,") + " a " + s.signals().get(0).kind().label().toLowerCase(java.util.Locale.ROOT)
                    + " contradiction: " + row.sourceA() + " against " + row.sourceB() + ". Ctrl+Z undoes it.");
        }
    }

    public void dismiss(ContradictionSuggestionRow row) {
        if (edit(w -> w.decisions().dismissPair(row.suggestion().claimA(), row.suggestion().claimB()))) {
            status.accept("Dismissed the suggested contradiction between " + row.sourceA() + " and " + row.sourceB() + "; it is not suggested again.");
        }
    }

    /** Where the view model says what an action did (the status bar). */
    public void setOnStatus(Consumer<String> status) {
        this.status = status;
    }

    private Consumer<String> status = s -> { };

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 59) + "…";
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

    private static String speakerOf(ClaimSuggestionRow r) {
        return r.suggestion().byOutlet() ? "" : r.suggestion().speaker();
    }

    private static long sourceOf(Workspace w, ClaimSuggestionRow r) {
        return w.sourceNamed(r.source()).or(() -> w.sourceNamed("Press")).orElse(w.sources().get(0)).id();
    }

    /** Applies a change to the open workspace; whether it was applied (an error is shown if not). */
    private boolean edit(java.util.function.Consumer<Workspace> change) {
        return model.edit(messages, "Cannot apply the change", change);
    }

}
