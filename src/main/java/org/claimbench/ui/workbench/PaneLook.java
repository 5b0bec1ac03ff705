package org.claimbench.ui.workbench;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import org.claimbench.domain.Source;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.article.ArticlePaneViewModel;
import org.claimbench.ui.article.PaneContext;
import org.claimbench.ui.common.TaskRunner;
import org.claimbench.ui.common.WorkspaceModel;
import org.claimbench.ui.suggestions.SuggestionsViewModel;
import org.claimbench.workspace.Workspace;

/**
 * What the article panes are drawn with: the workspace, the sources' colours and which are hidden, the theme, the suggested
 * claims' underlines (View › Suggested Claims in Text), and the runner for their background work. Every pane is drawn anew
 * when one of these changes.
 */
final class PaneLook implements PaneContext {

    private final WorkspaceModel model;
    private final TaskRunner tasks;
    private final SuggestionsViewModel suggestions;
    private final BooleanProperty showSuggestions;

    PaneLook(WorkspaceModel model, TaskRunner tasks, SuggestionsViewModel suggestions, BooleanProperty showSuggestions,
             ObservableList<ArticlePaneViewModel> panes) {
        this.model = model;
        this.tasks = tasks;
        this.suggestions = suggestions;
        this.showSuggestions = showSuggestions;
        model.hiddenSources().addListener((SetChangeListener<Long>) c -> panes.forEach(ArticlePaneViewModel::restyleAll));
        model.sources().addListener((ListChangeListener<Source>) c -> panes.forEach(ArticlePaneViewModel::restyleAll));
        model.darkProperty().addListener((o, a, b) -> panes.forEach(ArticlePaneViewModel::restyleAll));
        showSuggestions.addListener((o, a, b) -> panes.forEach(ArticlePaneViewModel::restyleAll));
    }

    @Override
    public Optional<Workspace> workspace() {
        return model.workspace();
    }

    @Override
    public Map<Long, String> sourceColours() {
        return model.sourceColours();
    }

    @Override
    public Set<Long> hiddenSources() {
        return Set.copyOf(model.hiddenSources());
    }

    @Override
    public boolean dark() {
        return model.darkProperty().get();
    }

    @Override
    public TaskRunner tasks() {
        return tasks;
    }

    @Override
    public List<TextSpan> suggestedSpans(long articleId) {
        return showSuggestions.get() ? suggestions.suggestedSpans(articleId) : List.of();
    }
}
