package org.claimbench.ui.workbench;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.claimbench.domain.Article;
import org.claimbench.ui.article.ArticlePaneViewModel;
import org.claimbench.ui.common.WorkspaceModel;

/**
 * Which pane shows which article, as the user chooses: adding and closing panes, an article chosen
 * in a pane or in the list (shown once: the pane that shows it already comes forward), a place
 * found in all articles, and the panes a review took over, given back. What the user chooses is
 * their layout: a review's memory of the panes before it is then forgotten.
 */
final class PaneChoices {

    private static final String BACK = "Your panes are back as they were before the review.";

    private final WorkspaceModel model;
    private final ObservableList<ArticlePaneViewModel> panes;
    private final ObjectProperty<ArticlePaneViewModel> activePane;
    private final StringProperty status;
    private final Supplier<ArticlePaneViewModel> newPane;
    private final PaneNavigator navigator;

    PaneChoices(WorkspaceModel model, ObservableList<ArticlePaneViewModel> panes, ObjectProperty<ArticlePaneViewModel> activePane,
                StringProperty status, Supplier<ArticlePaneViewModel> newPane) {
        this.model = model;
        this.panes = panes;
        this.activePane = activePane;
        this.status = status;
        this.newPane = newPane;
        this.navigator = new PaneNavigator(model, panes, activePane, this::addPane);
        // Another workspace: the panes a review took were the other workspace's.
        model.workspaceProperty().addListener((o, was, now) -> navigator.forget());
    }

    /** What brings claims into view (reviews included), on the same panes. */
    PaneNavigator navigator() {
        return navigator;
    }

    Optional<ArticlePaneViewModel> addPane() {
        if (panes.size() >= WorkbenchViewModel.MAX_PANES) {
            status.set("At most " + WorkbenchViewModel.MAX_PANES + " articles side by side. Close a pane first.");
            return Optional.empty();
        }
        ArticlePaneViewModel p = newPane.get();
        panes.add(p);
        return Optional.of(p);
    }

    /** Ctrl+T: a new pane showing the first article of the list that no pane shows yet (or none, if every article is shown). */
    Optional<ArticlePaneViewModel> addPaneWithNextArticle() {
        Optional<ArticlePaneViewModel> added = addPane();
        // A pane the user adds during a review is their layout from now on: leaving the review keeps it.
        added.ifPresent(p -> navigator.forget());
        added.ifPresent(p -> {
            Set<Long> shown = new java.util.HashSet<>();
            panes.forEach(x -> x.article().ifPresent(a -> shown.add(a.id())));
            model.articles().stream().filter(a -> !shown.contains(a.id())).findFirst().ifPresent(a -> {
                activePane.set(p);
                p.show(a, null);
            });
        });
        return added;
    }

    void close(ArticlePaneViewModel pane) {
        if (panes.size() <= 1) {
            pane.clear();
            return;
        }
        navigator.forget();
        navigator.endReviewMarks();
        panes.remove(pane);
        if (activePane.get() == pane) {
            activePane.set(panes.get(0));
        }
    }

    void choose(ArticlePaneViewModel pane, Article article) {
        navigator.forget();
        navigator.endReviewMarks();
        activePane.set(pane);
        pane.show(article, null);
    }

    /** The pane worked in (the one with the blue line), else the first. */
    ArticlePaneViewModel targetPane() {
        ArticlePaneViewModel p = activePane.get();
        return p != null && panes.contains(p) ? p : panes.get(0);
    }

    /**
     * Shows a newly imported article at once if a pane is empty. A pane given to it is the user's layout from then on: a
     * review's memory of the panes before it is forgotten, or leaving the review took the article away again.
     */
    void showImported(Article a) {
        panes.stream().filter(p -> p.article().isEmpty()).findFirst().ifPresent(p -> {
            navigator.forget();
            p.show(a, null);
        });
    }

    /** Shows a pasted article in the pane worked in (the user wants to see it at once); it stays there after a review. */
    void showPasted(Article a) {
        choose(targetPane(), a);
    }

    /**
     * Shows an article chosen in the list: a pane that shows it already becomes the pane worked in
     * (it is not shown twice), else the pane worked in shows it; the status bar says which pane.
     */
    void open(Article article) {
        navigator.forget();
        navigator.endReviewMarks();
        Optional<ArticlePaneViewModel> showing = paneShowing(article);
        ArticlePaneViewModel pane = showing.orElse(targetPane());
        activePane.set(pane);
        if (showing.isEmpty()) {
            pane.show(article, null);
        }
        String title = "“" + org.claimbench.ui.common.EllipsisCut.toLength(article.title(), 50) + "”";
        status.set((showing.isPresent() ? title + " is in the " : "Showing " + title + " in the ") + paneName(panes.indexOf(pane), panes.size()) + ".");
    }

    /** "left pane", "right pane", "pane 2 of 3". */
    static String paneName(int index, int count) {
        if (count == 1) {
            return "pane";
        }
        if (count == 2) {
            return index == 0 ? "left pane" : "right pane";
        }
        return "pane " + (index + 1) + " of " + count;
    }

    void openInNewPane(Article article) {
        navigator.forget();
        navigator.endReviewMarks();
        addPane().ifPresent(p -> {
            activePane.set(p);
            p.show(article, null);
        });
    }

    /**
     * Shows a place found by Find in All Articles: the article in the pane that shows it already,
     * else in the current pane, with the phrase found there and the place at offset chosen.
     */
    void showFound(Article article, String phrase, int at) {
        ArticlePaneViewModel pane = paneShowing(article).orElse(targetPane());
        activePane.set(pane);
        pane.showThen(article, () -> pane.find().request(phrase, at));
    }

    /** View › Back to My Panes: the articles the panes showed before a review took them over. */
    void restorePanes() {
        status.set(navigator.restore() ? BACK : "The panes are as you left them: no review has changed them.");
    }

    /** The user left the review lists: the panes go back to what they showed before the review. */
    void reviewLeft() {
        if (navigator.restore()) {
            status.set(BACK);
        }
        // Panes the user chose during the review are kept (nothing to put back), but the review's marks end with it.
        navigator.endReviewMarks();
    }

    private Optional<ArticlePaneViewModel> paneShowing(Article article) {
        return panes.stream().filter(p -> p.article().map(a -> a.id() == article.id()).orElse(false)).findFirst();
    }
}
