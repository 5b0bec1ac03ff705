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
        model.onClaimsChanged(e -> claimsChanged(e.articleIds(), e.claimIds()));
        model.articles().addListener((ListChangeListener<Article>) c -> articlesChanged());
    }

    /** Makes a new pane (the workbench's). */
    void setNewPane(java.util.function.Supplier<ArticlePaneViewModel> newPane) {
        this.newPane = newPane;
    }

    private java.util.function.Supplier<ArticlePaneViewModel> newPane;

    void setAfterNextFrame(Consumer<Runnable> afterNextFrame) {
        this.afterNextFrame = afterNextFrame;
    }

    /** The layout remembered for a workspace file (the session's), or none. */
    void setLayouts(java.util.function.Function<java.nio.file.Path, Optional<org.claimbench.settings.WindowLayout>> layouts) {
        this.layouts = layouts;
    }

    private java.util.function.Function<java.nio.file.Path, Optional<org.claimbench.settings.WindowLayout>> layouts = p -> Optional.empty();

    /**
     * Told the layout remembered for a workspace just shown (the view puts its dividers, tab and window size back), or
     * {@code onNone} that it has none (what the workspace before set that the window keeps by workspace goes).
     */
    void setOnLayout(Consumer<org.claimbench.settings.WindowLayout> onLayout, Runnable onNone) {
        this.onLayout = onLayout;
        this.onNoLayout = onNone;
    }

    private Consumer<org.claimbench.settings.WindowLayout> onLayout = l -> { };
    private Runnable onNoLayout = () -> { };

    /**
     * The articles a workspace opens with, one per pane: those remembered for it (still there), else
     * its first articles in the panes there are.
     */
    private List<Article> firstShown(Workspace w, int paneCount) {
        List<Article> articles = w.articles();
        Optional<org.claimbench.settings.WindowLayout> layout = layouts.apply(w.file());
        List<Article> out = new ArrayList<>();
        if (layout.isPresent()) {
            for (long id : layout.get().articles()) {
                out.add(articles.stream().filter(a -> a.id() == id).findFirst().orElse(null));
            }
            return out;
        }
        for (int i = 0; i < paneCount; i++) {
            out.add(i < articles.size() ? articles.get(i) : null);
        }
        return out;
    }

    /** Reads the panes' first articles on the thread that opens the file, then shows them with the workspace. */
    WorkspaceSession.Opened<List<ArticlePaneViewModel.Loaded>> opened() {
        List<ArticlePaneViewModel> targets = List.copyOf(panes);
        boolean dark = model.darkProperty().get();
        return new WorkspaceSession.Opened<>() {
            @Override
            public List<ArticlePaneViewModel.Loaded> prepare(Workspace w) {
                List<Article> shown = firstShown(w, targets.size());
                List<ArticlePaneViewModel.Loaded> loaded = new ArrayList<>();
                // Panes the remembered layout adds (a third, a fourth) are read here too, by the first pane's reader: made
                // when the workspace is shown, they would otherwise say "Choose an article" until their text came.
                for (int i = 0; i < shown.size() && i < WorkbenchViewModel.MAX_PANES && shown.get(i) != null && !targets.isEmpty(); i++) {
                    loaded.add(targets.get(Math.min(i, targets.size() - 1)).load(w, shown.get(i), dark));
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
        Optional<org.claimbench.settings.WindowLayout> layout = layouts.apply(w.file());
        List<Article> shown = firstShown(w, panes.size());
        // As many panes as the layout had (at least one).
        while (panes.size() < Math.max(1, shown.size()) && panes.size() < WorkbenchViewModel.MAX_PANES) {
            panes.add(newPane.get());
        }
        while (panes.size() > Math.max(1, shown.size())) {
            panes.remove(panes.size() - 1);
        }
        for (int i = 0; i < panes.size(); i++) {
            Article a = i < shown.size() ? shown.get(i) : null;
            if (a != null && i < prepared.size() && prepared.get(i).article().equals(a)) {
                panes.get(i).show(prepared.get(i));
            } else if (a != null) {
                panes.get(i).show(a, null);
            } else {
                panes.get(i).clear();
            }
        }
        activePane.set(panes.isEmpty() ? null : panes.get(0));
        layout.ifPresentOrElse(onLayout, onNoLayout);
        // Undo history lives as long as the window has the workspace open; a newcomer who reopened one expected Ctrl+Z to take
        // back yesterday's marks, and nothing said why it did not.
        // Built, not concatenated with +: each shape of + is linked at its first run (method-handle classes spun, 10-16 ms of
        // processor time here), and this runs on the JavaFX thread on the way to the first frame (docs/speed.md, round 15).
        status.set(new StringBuilder("Opened ").append(w.file().getFileName()).append(": ").append(count(articles.size(), "article"))
                .append(", ").append(count(w.claimCount(), "claim"))
                .append(w.claimCount() > 0 ? ", all saved. Ctrl+Z undoes what you do from now on." : "").toString());
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

    private void claimsChanged(Set<Long> articleIds, Set<Long> claimIds) {
        for (ArticlePaneViewModel p : panes) {
            p.article().filter(a -> articleIds.contains(a.id())).ifPresent(a -> p.claimsChanged(claimIds));
        }
        model.workspace().ifPresent(w -> picked.removeIf(c -> articleIds.contains(c.articleId())
                && w.claimsOf(c.articleId()).stream().noneMatch(x -> x.id() == c.id())));
    }

    /** "1 article", "3 claims" (no {@code +}, as the status line above). */
    private static String count(int n, String word) {
        return String.join(" ", Integer.toString(n), n == 1 ? word : word.concat("s"));
    }
}
