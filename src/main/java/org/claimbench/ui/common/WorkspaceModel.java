package org.claimbench.ui.common;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.claimbench.domain.Article;
import org.claimbench.domain.Source;
import org.claimbench.workspace.Workspace;
import org.claimbench.workspace.WorkspaceEvent;
import org.claimbench.workspace.WorkspaceListener;

/**
 * The open workspace as the UI sees it: observable lists of articles and sources, undo state,
 * and change notices for claims and contradictions, always delivered on the JavaFX thread.
 * Every ViewModel shares this one object instead of listening to the workspace on its own.
 */
public final class WorkspaceModel {

    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Article> articles = FXCollections.observableArrayList();
    private final ObservableList<Source> sources = FXCollections.observableArrayList();
    private final ObservableSet<Long> hiddenSources = FXCollections.observableSet();
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("");
    private final List<Consumer<WorkspaceEvent.ClaimsChanged>> claimListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> contradictionListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> topicListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> eventListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> ratingScaleListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> claimsReadyListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Boolean>> suggestionListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> noticeListeners = new CopyOnWriteArrayList<>();
    private final TaskRunner tasks;
    private final WorkspaceListener listener = events -> FxThread.run(() -> handle(events));

    public WorkspaceModel(TaskRunner tasks) {
        this.tasks = tasks;
    }

    /** Where the views run their background work (one thread in the app, the calling one in tests). */
    public TaskRunner tasks() {
        return tasks;
    }

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public Optional<Workspace> workspace() {
        return Optional.ofNullable(workspace.get());
    }

    /** Shows a newly opened workspace (or none); the previous one is not closed here. */
    public void attach(Workspace w) {
        Workspace old = workspace.get();
        if (old != null) {
            old.removeListener(listener);
        }
        hiddenSources.clear();
        workspace.set(w);
        if (w != null) {
            w.addListener(listener);
        }
        articles.setAll(w == null ? List.of() : w.articles());
        sources.setAll(w == null ? List.of() : w.sources());
        updateHistory();
        claimsReadyListeners.forEach(Runnable::run);
    }

    /**
     * Reads all claims of the open workspace in the background, then tells the views that list
     * them (claims table, contradictions). Called once the panes have been asked to show their
     * articles, so that their work goes first on the background thread.
     */
    public void loadAllClaims() {
        Workspace w = workspace.get();
        if (w == null) {
            return;
        }
        tasks.run("Reading claims", p -> {
            w.loadAllClaims();
            // Every claim against its text, once per opening: any that does not fit is repaired and said (a ClaimsRepaired notice).
            w.checkClaims();
            return w;
        }, loaded -> {
            if (workspace.get() == loaded) {
                claimsReadyListeners.forEach(Runnable::run);
            }
        }, e -> { });
    }

    /** True once every claim of the open workspace is in memory (lists may then show them all). */
    public boolean claimsReady() {
        return workspace().map(Workspace::allClaimsLoaded).orElse(true);
    }

    /** Told when the speaker table (true) or the decisions on suggestions (false) changed. */
    public void onSuggestionsChanged(Consumer<Boolean> r) {
        suggestionListeners.add(r);
    }

    /** Told what the user must know that no edit of theirs did (claims repaired to fit their text), as a sentence. */
    public void onNotice(Consumer<String> l) {
        noticeListeners.add(l);
    }

    /** Told when the workspace changed or all its claims have been read: time to rebuild lists. */
    public void onClaimsReady(Runnable r) {
        claimsReadyListeners.add(r);
    }

    /**
     * Brings a list up to date by replacing only the entries that changed when the same items stand
     * in the same order (an article edited or revised), else all of them. Lists and choosers bound to
     * it then keep their selection on every article that did not change.
     */
    public static <T> void replaceChanged(ObservableList<T> list, List<T> now) {
        if (list.size() < now.size() && now.subList(0, list.size()).equals(list)) {
            // Added at the end (an import, a pasted article): the entries before keep their place, and choosers their choice.
            list.addAll(now.subList(list.size(), now.size()));
            return;
        }
        if (list.size() > now.size() && list.stream().filter(now::contains).toList().equals(now)) {
            // Some taken out (an article removed): the others stay as they are.
            list.retainAll(now);
            return;
        }
        if (list.size() != now.size()) {
            list.setAll(now);
            return;
        }
        for (int i = 0; i < now.size(); i++) {
            if (!list.get(i).equals(now.get(i))) {
                list.set(i, now.get(i));
            }
        }
    }

    private void handle(List<WorkspaceEvent> events) {
        Workspace w = workspace.get();
        if (w == null) {
            return;
        }
        for (WorkspaceEvent e : events) {
            if (e instanceof WorkspaceEvent.ArticlesChanged) {
                replaceChanged(articles, w.articles());
            } else if (e instanceof WorkspaceEvent.SourcesChanged) {
                sources.setAll(w.sources());
                hiddenSources.retainAll(sources.stream().map(Source::id).collect(Collectors.toSet()));
            } else if (e instanceof WorkspaceEvent.ClaimsChanged c) {
                claimListeners.forEach(l -> l.accept(c));
            } else if (e instanceof WorkspaceEvent.ContradictionsChanged) {
                contradictionListeners.forEach(Runnable::run);
            } else if (e instanceof WorkspaceEvent.TopicsChanged) {
                topicListeners.forEach(Runnable::run);
            } else if (e instanceof WorkspaceEvent.RatingScaleChanged) {
                ratingScaleListeners.forEach(Runnable::run);
            } else if (e instanceof WorkspaceEvent.SuggestionsChanged x) {
                suggestionListeners.forEach(l -> l.accept(x.speakerTable()));
            } else if (e instanceof WorkspaceEvent.HistoryChanged) {
                updateHistory();
            } else if (e instanceof WorkspaceEvent.ClaimsRepaired r) {
                noticeListeners.forEach(l -> l.accept(r.summary()));
            }
        }
    }

    private void updateHistory() {
        Workspace w = workspace.get();
        undoText.set(w == null ? "" : w.undoLabel().orElse(""));
        redoText.set(w == null ? "" : w.redoLabel().orElse(""));
    }

    public ObservableList<Article> articles() {
        return articles;
    }

    /**
     * Applies a user's change to the open workspace: true if it was applied; false with nothing
     * open, or when the workspace refused it (the reason is shown under failureTitle).
     */
    public boolean edit(UserMessages messages, String failureTitle, Consumer<Workspace> change) {
        Workspace w = workspace.get();
        if (w == null) {
            return false;
        }
        try {
            change.accept(w);
            return true;
        } catch (org.claimbench.workspace.WorkspaceException | IllegalArgumentException e) {
            messages.error(failureTitle, e.getMessage());
            return false;
        }
    }

    public ObservableList<Source> sources() {
        return sources;
    }

    public ObservableSet<Long> hiddenSources() {
        return hiddenSources;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    /** What Undo would undo ("" when nothing). */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public Map<Long, String> sourceColours() {
        return Source.coloursById(sources);
    }

    public Optional<Source> source(long id) {
        return sources.stream().filter(s -> s.id() == id).findFirst();
    }

    public Optional<Article> article(long id) {
        return articles.stream().filter(a -> a.id() == id).findFirst();
    }

    /** Told which claims (of which articles) changed. */
    public void onClaimsChanged(Consumer<WorkspaceEvent.ClaimsChanged> l) {
        claimListeners.add(l);
    }

    /** Told (on the JavaFX thread) when the articles' events were inferred afresh (the suggestions' build infers them). */
    public void onEventsInferred(Runnable r) {
        eventListeners.add(r);
    }

    /** The articles' events were inferred afresh: tells the views that show them. Call on the JavaFX thread. */
    public void eventsInferred() {
        eventListeners.forEach(Runnable::run);
    }

    public void onContradictionsChanged(Runnable r) {
        contradictionListeners.add(r);
    }

    public void onTopicsChanged(Runnable r) {
        topicListeners.add(r);
    }

    public void onRatingScaleChanged(Runnable r) {
        ratingScaleListeners.add(r);
    }
}
