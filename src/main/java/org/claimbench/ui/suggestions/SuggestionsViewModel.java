package org.claimbench.ui.suggestions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.claimbench.analysis.ClaimFacts;
import org.claimbench.analysis.ClaimSuggester;
import org.claimbench.analysis.ClaimSuggestion;
import org.claimbench.analysis.ContradictionIndex;
import org.claimbench.analysis.ContradictionSuggester;
import org.claimbench.analysis.ContradictionSuggestion;
import org.claimbench.analysis.SpeakerTable;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Source;
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

    /** At most this many contradiction suggestions are listed (the best ones). */
    private static final int SHOWN = 300;

    private final WorkspaceModel model;
    private final TaskRunner tasks;
    private final UserMessages messages;
    private final ObservableList<ClaimSuggestionRow> claims = FXCollections.observableArrayList();
    private final ObservableList<ContradictionSuggestionRow> contradictions = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final Map<Long, List<ClaimSuggestion>> claimSuggestionsByArticle = new HashMap<>();
    private ContradictionIndex index;
    private SpeakerTable speakers = SpeakerTable.defaults();
    private Consumer<ClaimSuggestionRow> onShowClaim = r -> { };
    private Consumer<ContradictionSuggestionRow> onShowContradiction = r -> { };
    private Runnable onSuggestedSpansChanged = () -> { };

    public SuggestionsViewModel(WorkspaceModel model, TaskRunner tasks, UserMessages messages) {
        this.model = model;
        this.tasks = tasks;
        this.messages = messages;
        model.onClaimsReady(this::recomputeAll);
        model.onClaimsChanged(this::claimsChanged);
        model.onSuggestionsChanged(speakerTable -> {
            if (speakerTable) {
                recomputeAll();
            } else {
                model.workspace().filter(w -> index != null).ifPresent(w -> {
                    w.pairsNotToSuggest().forEach(index::skip);
                    refreshRows(w);
                });
            }
        });
    }

    public ObservableList<ClaimSuggestionRow> claims() {
        return claims;
    }

    public ObservableList<ContradictionSuggestionRow> contradictions() {
        return contradictions;
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

    public void setOnSuggestedSpansChanged(Runnable r) {
        onSuggestedSpansChanged = r;
    }

    /** The suggested (not yet accepted) claim spans of an article, drawn dashed in the panes. */
    public List<TextSpan> suggestedSpans(long articleId) {
        return claims.stream().filter(r -> r.suggestion().articleId() == articleId).map(r -> r.suggestion().span()).toList();
    }

    private record Computed(Map<Long, List<ClaimSuggestion>> claimSuggestions, ContradictionIndex index, SpeakerTable speakers) {
    }

    private void recomputeAll() {
        Workspace w = model.workspace().orElse(null);
        if (w == null || !model.claimsReady()) {
            claims.clear();
            contradictions.clear();
            index = null;
            onSuggestedSpansChanged.run();
            return;
        }
        working.set(true);
        tasks.run("Looking for suggestions", p -> {
            SpeakerTable table = speakerTable(w);
            ClaimSuggester suggester = new ClaimSuggester(table);
            Map<Long, List<ClaimSuggestion>> byArticle = new HashMap<>();
            for (Article a : w.articles()) {
                byArticle.put(a.id(), suggester.suggest(a.id(), w.text(a.id())));
            }
            ContradictionIndex idx = new ContradictionIndex(facts(w, w.claims()));
            w.pairsNotToSuggest().forEach(idx::skip);
            return new Computed(byArticle, idx, table);
        }, c -> {
            if (model.workspace().orElse(null) != w) {
                return;
            }
            working.set(false);
            speakers = c.speakers();
            index = c.index();
            claimSuggestionsByArticle.clear();
            claimSuggestionsByArticle.putAll(c.claimSuggestions());
            refreshRows(w);
        }, e -> {
            working.set(false);
            messages.error("Suggestions failed", String.valueOf(e.getMessage()));
        });
    }

    /** One claim changed: re-score it against its candidates, and suggest claims again in its article. */
    private void claimsChanged(WorkspaceEvent.ClaimsChanged e) {
        Workspace w = model.workspace().orElse(null);
        if (w == null || index == null) {
            return;
        }
        Map<Long, String> events = events(w);
        for (long id : e.claimIds()) {
            Optional<Claim> c = w.claim(id);
            if (c.isPresent()) {
                index.add(facts(w, c.get(), events));
            } else {
                index.remove(id);
            }
        }
        w.pairsNotToSuggest().forEach(index::skip);
        refreshRows(w);
    }

    private void refreshRows(Workspace w) {
        Map<Long, String> titles = new HashMap<>();
        model.articles().forEach(a -> titles.put(a.id(), a.title()));
        List<ClaimSuggestionRow> rows = new ArrayList<>();
        for (Article a : model.articles()) {
            List<Claim> marked = w.claimsOf(a.id());
            String text = w.text(a.id());
            for (ClaimSuggestion s : claimSuggestionsByArticle.getOrDefault(a.id(), List.of())) {
                if (w.isClaimSuggestionDismissed(a.id(), s.span()) || marked.stream().anyMatch(c -> overlapsHalf(c.span(), s.span()))) {
                    continue;
                }
                Source source = w.sourceNamed(s.source()).orElse(null);
                rows.add(new ClaimSuggestionRow(s, text.substring(s.span().start(), s.span().end()).replace('\n', ' '), a.title(),
                        source == null ? 0 : source.id(), s.source(), source == null ? "#888888" : source.colour()));
            }
        }
        claims.setAll(rows);
        List<ContradictionSuggestionRow> xs = new ArrayList<>();
        Set<String> skip = w.pairsNotToSuggest();
        for (ContradictionSuggestion s : index.ranked()) {
            if (xs.size() >= SHOWN) {
                break;
            }
            if (skip.contains(ContradictionSuggester.key(s.claimA(), s.claimB()))) {
                continue;
            }
            Claim a = w.claim(s.claimA()).orElse(null);
            Claim b = w.claim(s.claimB()).orElse(null);
            if (a != null && b != null) {
                Source sa = model.source(a.sourceId()).orElse(null);
                Source sb = model.source(b.sourceId()).orElse(null);
                xs.add(new ContradictionSuggestionRow(s, a, b, sa == null ? "?" : sa.name(), sa == null ? "#888888" : sa.colour(),
                        sb == null ? "?" : sb.name(), sb == null ? "#888888" : sb.colour()));
            }
        }
        contradictions.setAll(xs);
        onSuggestedSpansChanged.run();
    }

    private static boolean overlapsHalf(TextSpan a, TextSpan b) {
        int overlap = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
        return overlap > 0 && overlap * 2 >= Math.min(a.length(), b.length());
    }

    private SpeakerTable speakerTable(Workspace w) {
        Map<Long, String> names = new HashMap<>();
        w.sources().forEach(s -> names.put(s.id(), s.name()));
        return w.speakers().isEmpty() ? SpeakerTable.defaults() : SpeakerTable.of(w.speakers(), id -> names.getOrDefault(id, "Press"));
    }

    private Map<Long, String> events(Workspace w) {
        Map<Long, String> events = new HashMap<>();
        w.articles().forEach(a -> events.put(a.id(), a.metadata().event()));
        return events;
    }

    private List<ClaimFacts> facts(Workspace w, List<Claim> list) {
        Map<Long, String> events = events(w);
        return list.stream().map(c -> facts(w, c, events)).toList();
    }

    private ClaimFacts facts(Workspace w, Claim c, Map<Long, String> events) {
        String source = w.source(c.sourceId()).map(Source::name).orElse("?");
        return new ClaimFacts(c.id(), c.articleId(), c.exact(), source, events.getOrDefault(c.articleId(), ""));
    }

    // ---- the speaker table --------------------------------------------------------------

    public List<org.claimbench.domain.Speaker> speakers() {
        return model.workspace().map(Workspace::speakers).orElse(List.of());
    }

    /** Adds or changes a speaker; the suggestions are mapped again with the new table. */
    public void saveSpeaker(org.claimbench.domain.Speaker speaker) {
        edit(w -> w.saveSpeaker(speaker));
    }

    public void deleteSpeaker(org.claimbench.domain.Speaker speaker) {
        edit(w -> w.deleteSpeaker(speaker.id()));
    }

    // ---- commands ----------------------------------------------------------------------

    public void accept(ClaimSuggestionRow row) {
        edit(w -> w.markClaim(row.suggestion().articleId(), row.suggestion().span(), sourceOf(w, row), speakerOf(row), ""));
    }

    /** Accepts the listed claim suggestions as one edit (one Ctrl+Z takes them all back). */
    public void acceptAll(List<ClaimSuggestionRow> rows) {
        if (!rows.isEmpty()) {
            edit(w -> w.markClaims(rows.stream().map(r -> new ClaimDraft(r.suggestion().articleId(), r.suggestion().span(),
                    sourceOf(w, r), speakerOf(r), "")).toList()));
        }
    }

    public void dismiss(ClaimSuggestionRow row) {
        edit(w -> w.dismissClaimSuggestion(row.suggestion().articleId(), row.suggestion().span()));
    }

    public void accept(ContradictionSuggestionRow row) {
        ContradictionSuggestion s = row.suggestion();
        edit(w -> w.acceptContradictionSuggestion(s.claimA(), s.claimB(), s.signals().get(0).kind(), s.score(), s.explanation()));
    }

    public void dismiss(ContradictionSuggestionRow row) {
        edit(w -> w.dismissContradictionSuggestion(row.suggestion().claimA(), row.suggestion().claimB()));
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
        return "journalist".equals(r.suggestion().speaker()) ? "" : r.suggestion().speaker();
    }

    private static long sourceOf(Workspace w, ClaimSuggestionRow r) {
        return w.sourceNamed(r.source()).or(() -> w.sourceNamed("Press")).orElse(w.sources().get(0)).id();
    }

    private void edit(Consumer<Workspace> change) {
        model.workspace().ifPresent(w -> {
            try {
                change.accept(w);
            } catch (WorkspaceException | IllegalArgumentException e) {
                messages.error("Cannot apply the change", e.getMessage());
            }
        });
    }
}
