package org.claimbench.ui.workbench;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.control.SplitPane;
import org.claimbench.settings.WindowLayout;
import org.claimbench.ui.article.ArticlePaneView;
import org.claimbench.ui.articles.ArticleListView;

/**
 * The window's layout of the open workspace ({@link WindowLayout}): read from the window when the workspace closes (Ctrl+Q
 * included) and put back when it is opened again. The panes kept are the user's own: while a review has taken them over
 * (View › Back to My Panes gives them back), the articles and reading places they had before it, not the review's pair;
 * started again, a user found the last pair reviewed where their own articles had been, and nothing to put them back.
 * Split from {@code WorkbenchView} (past 400 lines with it), which builds the window.
 */
final class WorkbenchLayout {

    /** The window's parts whose layout is kept. */
    record Parts(SplitPane panes, SplitPane center, SplitPane main, ListTabs tabs) {
    }

    private final WorkbenchView view;
    private final WorkbenchViewModel vm;
    private final Parts parts;
    private final Supplier<ArticleListView> articleList;
    private final Consumer<Runnable> afterNextLayout;
    /** Set once a remembered layout was put back: its divider positions are the user's and are kept. */
    private boolean restored;
    /** A remembered layout whose article list's place waits for the list to be built; null: none waiting. */
    private WindowLayout listLeft;

    WorkbenchLayout(WorkbenchView view, WorkbenchViewModel vm, Parts parts, Supplier<ArticleListView> articleList,
                    Consumer<Runnable> afterNextLayout) {
        this.view = view;
        this.vm = vm;
        this.parts = parts;
        this.articleList = articleList;
        this.afterNextLayout = afterNextLayout;
    }

    /** Whether a remembered layout was put back (its dividers are the user's: the window's own defaults leave them). */
    boolean restored() {
        return restored;
    }

    /** The article list is built (a frame after the first at start-up): a layout put back before then places it now. */
    void articleListBuilt(ArticleListView list) {
        if (listLeft != null) {
            list.showAsLeft(listLeft.listEvent(), listLeft.listTop(), listLeft.listSelected());
            listLeft = null;
        }
    }

    /**
     * The window as it is laid out now, to be remembered for the open workspace; empty with no window. The panes are the
     * user's ({@link WorkbenchViewModel#usersPanes}): with a review's pair in them, the articles and top lines from before
     * it, the dividers only where the review added no pane (else the panes share the width), the pane worked in within them.
     */
    Optional<WindowLayout> capture() {
        if (view.getScene() == null || view.getScene().getWindow() == null) {
            return Optional.empty();
        }
        javafx.stage.Window w = view.getScene().getWindow();
        List<Long> articles = vm.panes().stream().map(p -> p.article().map(a -> a.id()).orElse(0L)).toList();
        List<Integer> tops = view.paneViews().stream().map(ArticlePaneView::topOffset).toList();
        List<Double> dividers = java.util.Arrays.stream(parts.panes().getDividerPositions()).boxed().toList();
        int active = Math.max(0, vm.panes().indexOf(vm.activePaneProperty().get()));
        Optional<List<PaneNavigator.UsersPane>> own = vm.usersPanes().filter(u -> !u.isEmpty());
        if (own.isPresent()) {
            articles = own.get().stream().map(p -> Math.max(0L, p.articleId())).toList();
            tops = own.get().stream().map(PaneNavigator.UsersPane::top).toList();
            dividers = own.get().size() == dividers.size() + 1 ? dividers : List.of();
            active = Math.min(active, own.get().size() - 1);
        }
        ArticleListView list = articleList.get();
        return Optional.of(new WindowLayout(w.getX(), w.getY(), w.getWidth(), w.getHeight(), articles, dividers,
                parts.center().getDividerPositions()[0], parts.main().getDividerPositions()[0], parts.tabs().selected(),
                -1L, "", tops, active,
                list == null ? 0 : list.topArticle(), list == null ? 0 : list.selectedArticle(),
                list == null ? "" : list.eventShown(), vm.suggestions().columnWidths().all(), vm.topics().allGroupsShownProperty().get()));
    }

    /**
     * Puts a remembered layout back: the window's place and size (kept on a screen), the dividers
     * once the panes are laid out, the tab below the panes, each pane's text scrolled where it was, the pane worked in
     * (with the keyboard), the article list filtered, scrolled and its article selected as they were.
     */
    void apply(WindowLayout layout) {
        restored = true;
        List<ArticlePaneView> views = view.paneViews();
        for (int i = 0; i < views.size(); i++) {
            views.get(i).showAtTop(layout.paneTop(i));
        }
        // The pane the user worked in has the blue line and the keyboard again.
        if (layout.activePane() < views.size()) {
            vm.activePaneProperty().set(vm.panes().get(layout.activePane()));
            // At start-up the workbench is put in its scene after the workspace opened: the keyboard once it is laid out there.
            ArticlePaneView worked = views.get(layout.activePane());
            org.claimbench.ui.common.Pulses.whenLaidOut(view, () -> {
                if (vm.activePaneProperty().get() == worked.viewModel()) {
                    worked.focusText();
                }
            });
        }
        if (articleList.get() != null) {
            articleList.get().showAsLeft(layout.listEvent(), layout.listTop(), layout.listSelected());
        } else {
            listLeft = layout;
        }
        if (view.getScene() != null && view.getScene().getWindow() instanceof javafx.stage.Stage stage && !stage.isMaximized() && layout.width() > 200) {
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getScreensForRectangle(layout.x(), layout.y(), layout.width(), layout.height())
                    .stream().findFirst().orElse(javafx.stage.Screen.getPrimary()).getVisualBounds();
            stage.setWidth(Math.min(layout.width(), screen.getWidth()));
            stage.setHeight(Math.min(layout.height(), screen.getHeight()));
            stage.setX(Math.max(screen.getMinX(), Math.min(layout.x(), screen.getMaxX() - stage.getWidth())));
            stage.setY(Math.max(screen.getMinY(), Math.min(layout.y(), screen.getMaxY() - stage.getHeight())));
        }
        vm.suggestions().columnWidths().restore(layout.columnWidths());
        parts.tabs().showRestored(Math.max(0, Math.min(2, layout.tab())));
        // The sticky tag and the sticky topic are modes of one sitting, neither kept: a user who came back the next day gave
        // last week's topic to every claim they marked (stop 37), and a sticky tag kept made every selection a claim of that
        // source before any colour in the text could warn them (round ui39; docs/window.md).
        vm.stickySourceProperty().set(null);
        vm.topics().stickyProperty().set("");
        vm.topics().allGroupsShownProperty().set(layout.topicGroupsAll());
        Runnable dividers = () -> {
            parts.center().setDividerPositions(layout.listDivider());
            parts.main().setDividerPositions(layout.sidebarDivider());
            if (layout.paneDividers().size() == parts.panes().getDividers().size()) {
                parts.panes().setDividerPositions(layout.paneDividers().stream().mapToDouble(Double::doubleValue).toArray());
            }
        };
        dividers.run();
        afterNextLayout.accept(dividers);
    }
}
