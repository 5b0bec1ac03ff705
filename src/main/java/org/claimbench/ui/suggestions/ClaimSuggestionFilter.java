package org.claimbench.ui.suggestions;

import java.util.Set;
import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.claimbench.domain.Article;
import org.claimbench.domain.Source;

/**
 * Which claim suggestions the list shows: those of the checked sources and of the chosen article (all
 * while none is checked or chosen). "Accept all shown" accepts exactly these.
 */
public final class ClaimSuggestionFilter {

    private final ObservableList<Source> checkedSources = FXCollections.observableArrayList();
    private final ObjectProperty<Article> article = new SimpleObjectProperty<>();
    private final FilteredList<ClaimSuggestionRow> shown;

    ClaimSuggestionFilter(ObservableList<ClaimSuggestionRow> all) {
        shown = new FilteredList<>(all, r -> true);
        checkedSources.addListener((ListChangeListener<Source>) c -> update());
        article.addListener((o, was, now) -> update());
    }

    public ObservableList<ClaimSuggestionRow> shown() {
        return shown;
    }

    public ObservableList<Source> checkedSources() {
        return checkedSources;
    }

    public ObjectProperty<Article> article() {
        return article;
    }

    /** Whether some suggestions are held back by the filter's choices. */
    public boolean active() {
        return !checkedSources.isEmpty() || article.get() != null;
    }

    public void clear() {
        checkedSources.clear();
        article.set(null);
    }

    private void update() {
        Set<Long> sources = checkedSources.stream().map(Source::id).collect(Collectors.toSet());
        Article a = article.get();
        shown.setPredicate(r -> (sources.isEmpty() || sources.contains(r.sourceId())) && (a == null || r.suggestion().articleId() == a.id()));
    }
}
