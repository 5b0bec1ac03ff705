package org.claimbench.ui.workbench;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.article.ArticlePaneViewModel;
import org.claimbench.ui.common.WorkspaceModel;

/**
 * Brings claims into view: in a pane that already shows their article, else in the current pane;
 * two claims side by side for review, each scrolled to the middle and emphasised.
 */
final class PaneNavigator {

    private final WorkspaceModel model;
    private final ObservableList<ArticlePaneViewModel> panes;
    private final ObjectProperty<ArticlePaneViewModel> activePane;
    private final Supplier<Optional<ArticlePaneViewModel>> addPane;

    PaneNavigator(WorkspaceModel model, ObservableList<ArticlePaneViewModel> panes, ObjectProperty<ArticlePaneViewModel> activePane,
                  Supplier<Optional<ArticlePaneViewModel>> addPane) {
        this.model = model;
        this.panes = panes;
        this.activePane = activePane;
        this.addPane = addPane;
    }

    void showClaim(Claim c) {
        ArticlePaneViewModel pane = paneShowing(c.articleId()).orElse(current());
        activePane.set(pane);
        model.article(c.articleId()).ifPresent(a -> pane.showThen(a, () -> pane.emphasise(List.of(c.id()), true)));
    }

    void showPair(Claim a, Claim b) {
        while (panes.size() < 2) {
            addPane.get();
        }
        // Each pane features its own claim first: two claims on the same words show each in its colour.
        showIn(panes.get(0), a, List.of(a.id(), b.id()));
        showIn(panes.get(1), b, List.of(b.id(), a.id()));
    }

    /** Draws a box around a span of an article (a suggested claim) and scrolls to it, so that accepting it is accepting what is seen. */
    void showSpan(long articleId, TextSpan span) {
        ArticlePaneViewModel pane = paneShowing(articleId).orElse(current());
        model.article(articleId).ifPresent(a -> pane.showThen(a, () -> pane.outline(span)));
    }

    private void showIn(ArticlePaneViewModel pane, Claim c, List<Long> emphasise) {
        model.article(c.articleId()).ifPresent(a -> pane.showThen(a, () -> {
            pane.outline(null);
            pane.emphasise(emphasise, false);
            pane.scrollTo(c.start());
        }));
    }

    private Optional<ArticlePaneViewModel> paneShowing(long articleId) {
        return panes.stream().filter(p -> p.article().map(a -> a.id() == articleId).orElse(false)).findFirst();
    }

    private ArticlePaneViewModel current() {
        ArticlePaneViewModel p = activePane.get();
        return p != null && panes.contains(p) ? p : panes.get(0);
    }
}
