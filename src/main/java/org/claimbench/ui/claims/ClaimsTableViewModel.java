package org.claimbench.ui.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.FilteredList;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Source;
import org.claimbench.ui.common.UserMessages;
import org.claimbench.ui.common.WorkspaceModel;
import org.claimbench.workspace.Workspace;

/**
 * The claims of every article, filterable by text, source, article, speaker and topic; edit,
 * retag and delete go straight to the workspace (one undoable transaction each).
 */
public final class ClaimsTableViewModel {

    public static final String ALL_TOPICS = "All topics";
    /** The topic filter's choice of the claims not yet given a topic (what is left to group). */
    public static final String NO_TOPIC = "No topic";
    public static final String ALL_VERDICTS = "All verdicts";
    public static final String NO_VERDICT = "No verdict";

    private final WorkspaceModel model;
    private final ObservableList<ClaimRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ClaimRow> filtered = new FilteredList<>(rows);
    private final ObservableList<ClaimRow> allRows = FXCollections.unmodifiableObservableList(rows);
    private final ClaimRowsInStep inStep;
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty speaker = new SimpleStringProperty("");
    private final ObjectProperty<Article> article = new SimpleObjectProperty<>();
    private final ObjectProperty<String> topic = new SimpleObjectProperty<>(ALL_TOPICS);
    private final ObjectProperty<String> verdict = new SimpleObjectProperty<>(ALL_VERDICTS);
    private final ObjectProperty<ClaimStateFilter> state = new SimpleObjectProperty<>(ClaimStateFilter.ALL);
    private final javafx.beans.property.ReadOnlyIntegerWrapper changedCount = new javafx.beans.property.ReadOnlyIntegerWrapper();
    private final javafx.beans.property.ReadOnlyIntegerWrapper orphanCount = new javafx.beans.property.ReadOnlyIntegerWrapper();
    private final ObservableList<String> verdicts = FXCollections.observableArrayList(ALL_VERDICTS);
    private final ObservableList<Source> checkedSources = FXCollections.observableArrayList();
    private final ObservableList<String> topics = FXCollections.observableArrayList(ALL_TOPICS, NO_TOPIC);
    private final ClaimCommands commands;
    private Consumer<Claim> onJump = c -> { };

    public ClaimsTableViewModel(WorkspaceModel model, UserMessages messages) {
        this.model = model;
        this.inStep = new ClaimRowsInStep(model, rows);
        this.commands = new ClaimCommands(model, messages, inStep.speakers()::names);
        model.onClaimsChanged(e -> {
            inStep.changed(e.claimIds(), e.articleIds());
            updateStateCounts();
        });
        model.onClaimsReady(this::updateStateCounts);
        model.onClaimsReady(this::refreshAll);
        // Contradiction counts need no full rebuild: a contradiction change also reports the
        // articles of its two claims as changed.
        model.onTopicsChanged(this::refreshFilterChoices);
        model.onRatingScaleChanged(this::refreshFilterChoices);
        model.sources().addListener((javafx.collections.ListChangeListener<Source>) c -> refreshAll());
        model.articles().addListener((javafx.collections.ListChangeListener<Article>) c -> refreshAll());
        model.hiddenSources().addListener((SetChangeListener<Long>) c -> updateFilter());
        text.addListener((o, a, b) -> updateFilter());
        speaker.addListener((o, a, b) -> updateFilter());
        article.addListener((o, a, b) -> updateFilter());
        topic.addListener((o, a, b) -> updateFilter());
        topic.addListener((o, a, b) -> chosenTopicId = model.workspace().flatMap(w -> w.topics().stream()
                .filter(t -> t.label().equals(b)).findFirst()).map(org.claimbench.domain.Topic::id).orElse(null));
        verdict.addListener((o, a, b) -> updateFilter());
        state.addListener((o, a, b) -> updateFilter());
        checkedSources.addListener((javafx.collections.ListChangeListener<Source>) c -> updateFilter());
    }

    public ObservableList<ClaimRow> rows() {
        return filtered;
    }

    /** Changes whenever the table's filters change (the rows' predicate): for what is true only under the filters as they were. */
    public javafx.beans.value.ObservableValue<?> filtersProperty() {
        return filtered.predicateProperty();
    }

    /** Every claim's row, the filters aside (read only); its size is the number of claims. */
    public ObservableList<ClaimRow> allRows() {
        return allRows;
    }

    public StringProperty textFilter() {
        return text;
    }

    public StringProperty speakerFilter() {
        return speaker;
    }

    public ObjectProperty<Article> articleFilter() {
        return article;
    }

    public ObjectProperty<String> topicFilter() {
        return topic;
    }

    /** Sources whose claims are shown; none checked means all. */
    public ObservableList<Source> checkedSources() {
        return checkedSources;
    }

    public ObservableList<String> topics() {
        return topics;
    }

    public ObjectProperty<String> verdictFilter() {
        return verdict;
    }

    public ObjectProperty<ClaimStateFilter> stateFilter() {
        return state;
    }

    /** How many claims a revision changed since they were marked, and how many are orphans (the file's count, not the filter's). */
    public javafx.beans.property.ReadOnlyIntegerProperty changedCountProperty() {
        return changedCount.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyIntegerProperty orphanCountProperty() {
        return orphanCount.getReadOnlyProperty();
    }

    private void updateStateCounts() {
        changedCount.set(model.workspace().map(Workspace::changedCount).orElse(0));
        orphanCount.set(model.workspace().map(Workspace::orphanCount).orElse(0));
    }

    /** What the user does to the claims listed: retag, delete, verdicts, new wording, re-place (each undoable). */
    public ClaimCommands commands() {
        return commands;
    }

    /** "All verdicts", "No verdict" and the workspace's rating scale. */
    public ObservableList<String> verdicts() {
        return verdicts;
    }

    public void setOnJump(Consumer<Claim> onJump) {
        this.onJump = onJump;
    }

    /** Where the table's selection goes: two claims chosen together, the workbench's picked pair (Ctrl+L links them); any other number, none. */
    public void setOnPickTwo(Consumer<List<Claim>> onPickTwo) {
        chosenRows.setOnPickTwo(onPickTwo);
    }

    /** The claim of the one row selected in the table (none if no row or several are). */
    public Optional<Claim> selectedOne() {
        return chosenRows.one();
    }

    /**
     * Two rows selected in the table by the user's hand ({@code byHand}: Shift/Ctrl with the arrow keys or the mouse) are
     * picked for linking; one row chosen alone (a click, the arrow keys) is told to {@link #setOnChoose} once, not again as
     * its row is brought up to date.
     */
    public void selected(List<ClaimRow> rows, boolean byHand) {
        chosenRows.selected(rows, byHand);
    }

    /** The claims of the two rows selected in the table, if two are (whoever selected them); else empty. */
    public List<Claim> selectedTwo() {
        return chosenRows.rows().size() == 2 ? chosenRows.rows().stream().map(ClaimRow::claim).toList() : List.of();
    }

    /** Told when no row is chosen alone any more (none or several selected): the panes outline no row's claim. */
    public void setOnUnchoose(Runnable onUnchoose) {
        chosenRows.setOnUnchoose(onUnchoose);
    }

    /** Where the claim of a row chosen alone goes (the panes outline it where they show its article). */
    public void setOnChoose(Consumer<Claim> onChoose) {
        chosenRows.setOnChoose(onChoose);
    }

    /** How the table chooses the row of a claim (by id) and scrolls to it, or clears its selection when no row shows it. */
    public void setRowChooser(java.util.function.LongPredicate rowChooser) {
        chosenRows.setRowChooser(rowChooser);
    }

    /**
     * Chooses the row of a claim clicked in an article (the table follows the text); the claim is in sight there, so
     * {@link #setOnChoose} is not told. Whether the filters hide its row.
     */
    public boolean chooseFromText(long claimId) {
        return chosenRows.chooseFromText(claimId, filtered.stream().noneMatch(r -> r.id() == claimId));
    }

    public void jumpTo(ClaimRow row) {
        if (row != null) {
            onJump.accept(row.claim());
        }
    }

    /**
     * Told before and after the rows change: a row replaced by its new state (a verdict, a source, a topic) is a new
     * item to the table, whose selection drops it; the view remembers the claims chosen and chooses them again.
     */
    public void setSelectionKeeper(Runnable remember, Runnable restore) {
        chosenRows.setSelectionKeeper(remember, restore);
        inStep.setSelectionKeeper(chosenRows::remember, chosenRows::restore);
    }

    private void refreshAll() {
        inStep.all();
        refreshFilterChoices();
    }

    /** The choices of the topic and verdict filters, keeping what is chosen where it still exists. */
    private void refreshFilterChoices() {
        String selected = topic.get();
        // Taken before the choices are replaced: a combo box whose value leaves its items clears it for a moment.
        Long chosenId = chosenTopicId;
        String v = verdict.get();
        List<String> labels = new ArrayList<>();
        labels.add(ALL_TOPICS);
        labels.add(NO_TOPIC);
        model.workspace().ifPresent(w -> w.topics().forEach(t -> labels.add(t.label())));
        List<String> ratings = new ArrayList<>(List.of(ALL_VERDICTS, NO_VERDICT));
        ratings.addAll(commands.ratingScale());
        // Replacing a combo box's items clears its value for a moment, and each change of value filters every
        // row again (55,000 of them took the window 100-200 ms): the lists are replaced only when they differ,
        // and the rows are filtered once, after.
        refreshingChoices = true;
        try {
            if (!topics.equals(labels)) {
                topics.setAll(labels);
            }
            if (!verdicts.equals(ratings)) {
                verdicts.setAll(ratings);
            }
            topic.set(labels.contains(selected) ? selected : renamed(chosenId).orElse(ALL_TOPICS));
            verdict.set(ratings.contains(v) ? v : ALL_VERDICTS);
        } finally {
            refreshingChoices = false;
        }
        if (!java.util.Objects.equals(selected, topic.get()) || !java.util.Objects.equals(v, verdict.get())) {
            updateFilter();
        }
    }

    /** The topic chosen in the filter (null for "All topics", "No topic"), so that the filter follows it when it is renamed. */
    private Long chosenTopicId;

    /** The label the topic chosen in the filter (its id) has now, if it is still there under another (renamed while chosen). */
    private Optional<String> renamed(Long id) {
        return id == null ? Optional.empty() : model.workspace().flatMap(w -> w.topic(id)).map(org.claimbench.domain.Topic::label);
    }

    /** True while the filter choices are replaced: the rows are filtered once afterwards, not at each step. */
    private boolean refreshingChoices;

    private void updateFilter() {
        if (refreshingChoices) {
            return;
        }
        ClaimsQuery q = ClaimsQuery.of(text.get());
        gathering.query(q);
        java.util.function.Predicate<ClaimRow> notBySource = notBySource(q);
        filterOtherThanSource = q.blank() && !others().set() ? null : notBySource;
        java.util.function.Predicate<ClaimRow> bySource = bySource();
        // The claims chosen stay chosen where the new filter still shows them: a search's Enter chose every claim found, and
        // narrowing them by a topic filter ("No topic") before T left one chosen (student45).
        Set<Long> before = ClaimsGathering.ids(chosenRows.rows());
        chosenRows.remember();
        try {
            filtered.setPredicate(r -> notBySource.test(r) && bySource.test(r));
        } finally {
            chosenRows.restore();
        }
        before.removeAll(ClaimsGathering.ids(chosenRows.rows()));
        // The search hid claims selected before: where a question needs two searches, the second adds to the first.
        gathering.hid(before, !q.blank()).ifPresent(commands::say);
        gathering.listedAgain(ClaimsGathering.ids(filtered), commands.shown()).ifPresent(commands::say);
    }

    /** The filters other than the search and the sources (article, speaker, topic, verdict, state), as chosen now. */
    private OtherFilters others() {
        return new OtherFilters(speaker.get(), article.get(), topic.get(), verdict.get(), state.get());
    }

    /**
     * How many claims the filters would show with the search cleared, while a search and another filter (not the sources')
     * are set; else empty. The empty table offers to clear the search when it alone hides what the others show (a topic
     * chosen over an old search showed nothing, student45).
     */
    public Optional<Integer> shownWithoutSearch() {
        if (text.get().isBlank() || !others().set()) {
            return Optional.empty();
        }
        return Optional.of((int) rows.stream().filter(filtersButSearch()).count());
    }

    /**
     * How many claims each topic holds among those every other filter lets through (the topic filter's list shows them);
     * counted when asked, from the rows read.
     */
    TopicCounts topicCounts() {
        ClaimsQuery q = ClaimsQuery.of(text.get());
        OtherFilters others = new OtherFilters(speaker.get(), article.get(), null, verdict.get(), state.get());
        boolean filtered = !q.blank() || others.set() || !checkedSources.isEmpty() || !model.hiddenSources().isEmpty();
        return TopicCounts.of(rows, notBySource(q, others).and(bySource()), filtered);
    }

    /** The sources' filter: hidden sources' claims out, and only the checked sources' where some are checked. */
    private java.util.function.Predicate<ClaimRow> bySource() {
        Set<Long> hidden = Set.copyOf(model.hiddenSources());
        Set<Long> checked = checkedSources.stream().map(Source::id).collect(java.util.stream.Collectors.toSet());
        return r -> !hidden.contains(r.claim().sourceId()) && (checked.isEmpty() || checked.contains(r.claim().sourceId()));
    }

    /**
     * Every filter but the sources', with {@code q} as the search; a claim {@linkplain ClaimsGathering gathered} passes the search
     * (not the other filters), so that the claims of several searches stay in sight, selected together.
     */
    private java.util.function.Predicate<ClaimRow> notBySource(ClaimsQuery q) {
        return notBySource(q, others());
    }

    private java.util.function.Predicate<ClaimRow> notBySource(ClaimsQuery q, OtherFilters filters) {
        java.util.function.Predicate<ClaimRow> others = filters.predicate();
        Set<Long> kept = gathering.snapshot();
        return r -> (q.blank() || kept.contains(r.id()) || q.match(r) != ClaimsQuery.Match.NONE) && others.test(r);
    }

    private final ClaimsGathering gathering = new ClaimsGathering(this::updateFilter, () -> this.chosenRows.rows());
    /** The rows selected in the table, and what choosing them tells; the search's gathering hears of each choice. */
    private final ChosenRows chosenRows = new ChosenRows(gathering::userSelected);

    /** The search as it filters the rows now, and the claims gathered by several searches (Ctrl+Enter, M). */
    ClaimsGathering gathering() {
        return gathering;
    }

    /** Every filter but the search: the rows "Select similar" may add to the claims gathered. */
    public java.util.function.Predicate<ClaimRow> filtersButSearch() {
        return notBySource(ClaimsQuery.of("")).and(bySource());
    }

    /** The table's filters other than the sources (text, article, speaker, topic, verdict, state); null when none is set. */
    private java.util.function.Predicate<ClaimRow> filterOtherThanSource;

    /**
     * How many claims of each source the table's filters let through, the sources aside (the
     * legend shows these, so a hidden source still says how many it has); empty while no filter but
     * the sources' is set: the legend then counts every claim.
     */
    public Optional<Map<Long, Integer>> countsBySourceInFilter() {
        java.util.function.Predicate<ClaimRow> f = filterOtherThanSource;
        if (f == null) {
            return Optional.empty();
        }
        Map<Long, Integer> counts = new HashMap<>();
        rows.stream().filter(f).forEach(r -> counts.merge(r.claim().sourceId(), 1, Integer::sum));
        return Optional.of(counts);
    }

    public void clearFilters() {
        gathering.end();
        text.set("");
        speaker.set("");
        article.set(null);
        topic.set(ALL_TOPICS);
        verdict.set(ALL_VERDICTS);
        state.set(ClaimStateFilter.ALL);
        checkedSources.clear();
    }
}
