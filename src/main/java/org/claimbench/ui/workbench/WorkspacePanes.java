package org.claimbench.ui.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.ui.article.ArticlePaneViewModel;
import org.claimbench.ui.common.WorkspaceModel;
import org.claimbench.workspace.Workspace;

/**
 * Keeps the panes in step with the workspace: fills them when one opens (their first articles
 * read and drawn ahead, on the thread that opens the file), empties them when it closes, and
 * follows articles and claims as they change.
 */
final class WorkspacePanes {

    private final WorkspaceModel model;
    private final ObservableList<ArticlePaneViewModel> panes;
    private final ObjectProperty<ArticlePaneViewModel> activePane;
    private final ObservableList<Claim> picked;
    private final StringProperty status;
    private Consumer<Runnable> afterNextFrame = Runnable::run;

    WorkspacePanes(WorkspaceModel model, ObservableList<ArticlePaneViewModel> panes, ObjectProperty<ArticlePaneViewModel> activePane,
            ObservableList<Claim> picked, StringProperty status) {
        this.model = model;
        this.panes = panes;
        this.activePane = activePane;
        this.picked = picked;
        this.status = status;
        // A workspace that closes takes its articles out of the panes first: nothing is redrawn
        // for the lists that empty after it.
        model.workspaceProperty().addListener((o, before, now) -> {
            panes.forEach(ArticlePaneViewModel::clear);
            if (now == null && before != null) {
                status.set("Closed " + before.name() + ". Open a workspace with Ctrl+O or make a new one with Ctrl+N.");
            }
        });
        model.onClaimsChanged(e -> claimsChanged(e.articleIds()));
        model.articles().addListener((ListChangeListener<Article>) c -> articlesChanged());
    }

    void setAfterNextFrame(Consumer<Runnable> afterNextFrame) {
        this.afterNextFrame = afterNextFrame;
    }

    /** Reads the panes' first articles on the thread that opens the file, then shows them with the workspace. */
    WorkspaceSession.Opened<List<ArticlePaneViewModel.Loaded>> opened() {
        List<ArticlePaneViewModel> targets = List.copyOf(panes);
        boolean dark = model.darkProperty().get();
        return new WorkspaceSession.Opened<>() {
            @Override
            public List<ArticlePaneViewModel.Loaded> prepare(Workspace w) {
                List<Article> articles = w.articles();
                List<ArticlePaneViewModel.Loaded> loaded = new ArrayList<>();
                for (int i = 0; i < targets.size() && i < articles.size(); i++) {
                    loaded.add(targets.get(i).load(w, articles.get(i), dark));
                }
                return loaded;
            }

            @Override
            public void show(Workspace w, List<ArticlePaneViewModel.Loaded> prepared) {
                showOpened(w, prepared == null ? List.of() : prepared);
            }
        };
    }

    void showOpened(Workspace w, List<ArticlePaneViewModel.Loaded> prepared) {
        picked.clear();
        List<Article> articles = w.articles();
        for (int i = 0; i < panes.size(); i++) {
            if (i < prepared.size() && i < articles.size() && prepared.get(i).article().equals(articles.get(i))) {
                panes.get(i).show(prepared.get(i));
            } else if (i < articles.size()) {
                panes.get(i).show(articles.get(i), null);
            } else {
                panes.get(i).clear();
            }
        }
        activePane.set(panes.isEmpty() ? null : panes.get(0));
        status.set("Opened " + w.file().getFileName() + ": " + articles.size() + " articles, " + w.claimCount() + " claims");
        // All claims (for the lists, then the suggestions) are read once the window has laid out
        // the opened workspace: on two cores that work would otherwise hold up the first frame.
        afterNextFrame.accept(model::loadAllClaims);
    }

    private void articlesChanged() {
        for (ArticlePaneViewModel p : panes) {
            Optional<Article> shown = p.article();
            if (shown.isPresent()) {
                Optional<Article> now = model.article(shown.get().id());
                if (now.isEmpty()) {
                    p.clear();
                } else if (!now.get().textSha256().equals(shown.get().textSha256())) {
                    p.show(now.get(), null); // the text itself changed: read it again
                } else {
                    p.articleUpdated(now.get());
                }
            }
        }
    }

    private void claimsChanged(Set<Long> articleIds) {
        for (ArticlePaneViewModel p : panes) {
            p.article().filter(a -> articleIds.contains(a.id())).ifPresent(a -> p.claimsChanged());
        }
        model.workspace().ifPresent(w -> picked.removeIf(c -> articleIds.contains(c.articleId())
                && w.claimsOf(c.articleId()).stream().noneMatch(x -> x.id() == c.id())));
    }
}
