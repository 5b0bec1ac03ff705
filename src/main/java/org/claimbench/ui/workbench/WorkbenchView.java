package org.claimbench.ui.workbench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.claimbench.ui.article.ArticlePaneView;
import org.claimbench.ui.article.ArticlePaneViewModel;
import org.claimbench.ui.articles.ArticleListView;
import org.claimbench.ui.articles.PasteArticleDialog;
import org.claimbench.ui.common.FxTaskRunner;
import org.claimbench.ui.common.Pulses;
import org.claimbench.ui.sources.SourceLegendView;

/**
 * The main window: articles and sources on the left, the article panes side by side in the
 * middle, claims and contradictions below them, the status bar at the bottom.
 */
public final class WorkbenchView extends BorderPane {

    private final WorkbenchViewModel vm;
    private final SplitPane panesSplit = new SplitPane();
    private final Map<ArticlePaneViewModel, ArticlePaneView> paneViews = new HashMap<>();
    private final FxTaskRunner runner;
    private final SidebarBox sidebar;
    private final SourceLegendView legend;
    private final StackPane lists;
    private final ListTabs bottomTabs;
    /** Whether Ctrl+F finds in an article or in the Claims tab's search while that tab shows. */
    private final WhereTheUserWorks whereTheUserWorks;
    private int nextPaneIndex = 1;
    /** Whether new panes show light text first: only the start-up's first frame's. */
    private boolean lightPanes;
    /** The height the lists below the panes get at least, when the window allows. */
    static final double BOTTOM_ROOM = 280;
    /** The sidebar's width in a narrow window: the sources' names whole beside their keys and counts. */
    static final double SIDEBAR_ROOM = 228;
    /** The window's layout of the workspace, read at its close and put back at its opening; set once the window is built. */
    private WorkbenchLayout layout;

    /** The whole workbench in its first frame. */
    public WorkbenchView(WorkbenchViewModel vm, FxTaskRunner runner) {
        this(vm, runner, false);
    }

    /**
     * @param progressive true for the start-up's window: its first frame holds the article panes,
     *                    the sources' legend's header and stand-ins of the menu bar, the toolbar, the
     *                    article list, the legend's list of sources, the status bar and the tabs below the panes,
     *                    which are built on the JavaFX thread a frame each once the first frame is laid out, in that
     *                    order (the legend's list with the status bar; {@link FirstFrame}); false
     *                    for all of them in the first frame
     */
    public WorkbenchView(WorkbenchViewModel vm, FxTaskRunner runner, boolean progressive) {
        this.vm = vm;
        this.runner = runner;
        setId("workbench");
        getStyleClass().add("workbench");
        PaneKeys.forwardUnhandled(this, () -> Optional.ofNullable(paneViews.get(vm.activePaneProperty().get())),
                vm.statusProperty()::set);

        SourceLegendView legend = new SourceLegendView(vm.legend(), progressive);
        this.legend = legend;
        Region articlesStandIn = FirstFrame.articlesStandIn();
        SidebarBox sidebar = new SidebarBox(10, articlesStandIn, legend);
        this.sidebar = sidebar;
        sidebar.setId("sidebar");
        sidebar.getStyleClass().add("sidebar");
        VBox.setVgrow(articlesStandIn, javafx.scene.layout.Priority.ALWAYS);

        vm.setAfterNextFrame(this::afterNextLayout);
        lightPanes = progressive;
        panesSplit.setId("panes");
        panesSplit.getStyleClass().add("panes");
        vm.panes().addListener((ListChangeListener<ArticlePaneViewModel>) c -> layoutPanes());
        layoutPanes();
        // Panes added later (Ctrl+T) have the area at once: RichTextFX's classes are loaded by then.
        lightPanes = false;

        // The lists below the panes are not in the first frame: the articles side by side come first
        // (ready to mark); then one list a frame, from the frame after the one that laid the panes out.
        bottomTabs = new ListTabs(vm);

        // The lists' tabs in a holder of their own: at start-up it holds their stand-in first.
        StackPane lists = new StackPane(progressive ? FirstFrame.tabsStandIn() : bottomTabs);
        lists.setId("lists");
        this.lists = lists;
        whereTheUserWorks = new WhereTheUserWorks(this, panesSplit, lists);
        SplitPane center = new SplitPane(panesSplit, lists);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.66);
        // Neither the panes nor the lists below them collapse when the window shrinks: the panes' least height is their
        // own (ArticlePaneView#computeMinHeight: a title's row and three lines of text).
        lists.setMinHeight(170);
        ListsRoom.keep(center, panesSplit, lists, () -> layout.restored(), this::afterNextLayout);

        SplitPane main = new SplitPane(sidebar, center);
        main.setDividerPositions(0.19);
        // In a narrow window the sidebar keeps room for the sources' names ("Kremlin readout" whole).
        main.widthProperty().addListener((o, was, now) -> {
            double w = now.doubleValue();
            if (!layout.restored() && w > 0 && main.getDividerPositions()[0] * w < SIDEBAR_ROOM) {
                main.setDividerPositions(Math.min(0.3, SIDEBAR_ROOM / w));
            }
        });
        sidebar.setMinWidth(170);
        SidebarRoom.keep(main, sidebar, legend, vm.legend().rows(), this::afterNextLayout);
        SplitPane.setResizableWithParent(sidebar, false);
        setCenter(main);

        layout = new WorkbenchLayout(this, vm, new WorkbenchLayout.Parts(panesSplit, center, main, bottomTabs), () -> articleList,
                this::afterNextLayout);
        vm.session().setLayoutSource(layout::capture);
        // A workspace with no layout of its own starts from the tables' own column widths, not the last workspace's.
        vm.setOnLayout(layout::apply, () -> vm.suggestions().columnWidths().restore(java.util.Map.of()));
        // A review remembers the user's panes with the line each had at its top (put back by Ctrl+Shift+B, kept at Ctrl+Q).
        vm.setPaneTops(p -> paneViews.containsKey(p) ? paneViews.get(p).topOffset() : 0, (p, top) -> {
            if (paneViews.containsKey(p)) {
                paneViews.get(p).showAtTop(top);
            }
        });
        ThemeSwitchScroll.install(this, vm.model().darkProperty(), this::afterNextLayout);
        // The dark theme as a pseudo-class of the window's root, for what the app's stylesheet draws otherwise there (the
        // panes' selection: claimbench.css).
        javafx.css.PseudoClass dark = javafx.css.PseudoClass.getPseudoClass("dark");
        pseudoClassStateChanged(dark, vm.model().darkProperty().get());
        vm.model().darkProperty().addListener((o, was, now) -> pseudoClassStateChanged(dark, now));

        FileDrop.importInto(this, vm::importFiles);
        if (progressive) {
            // The menus, the toolbar's buttons, its sticky choices, then the article list, the status bar and the tabs below the panes, a
            // frame each; keys meant for the menus meanwhile are held back until all are real; then the lists in the tabs.
            FirstFrame first = new FirstFrame(this);
            setTop(first.menusStandInRemembering());
            setBottom(FirstFrame.statusStandIn(vm.statusProperty()));
            // Each step is a frame of its own (built together they held the JavaFX thread for 0.3-0.9 s at a time on two busy
            // cores, docs/speed.md round 10). The first waits behind what the first frame's layout let run (ready to mark among it).
            whenLaidOut(() -> javafx.application.Platform.runLater(() -> Pulses.inFrames(List.of(
                    () -> setTop(new VBox(menus().menuBar(), FirstFrame.toolBarStandIn())),
                    () -> ((VBox) getTop()).getChildren().set(1, FirstFrame.holdToolBarHeight(menus().toolBarButtons())),
                    // The sticky choices' combo boxes a frame after the buttons (one frame's first styling of both was the longest wait left, round 11).
                    () -> menus().addStickyChoices(FirstFrame.releaseToolBarHeight((javafx.scene.control.ToolBar) ((VBox) getTop()).getChildren().get(1))),
                    this::buildArticleList,
                    this::buildSourceListAndStatusBar,
                    () -> lists.getChildren().setAll(bottomTabs)), this::afterNextLayout, () -> {
                        first.replay(getScene());
                        first.openClickedMenu((javafx.scene.control.MenuBar) lookup("#menuBar"));
                        // The tab in sight only: a hidden one is built when first shown (round ui42).
                        bottomTabs.buildOneAFrame(this::afterNextLayout, true);
                    })));
        } else {
            setTop(new VBox(menus().menuBar(), menus().toolBar()));
            buildArticleList();
            buildSourceListAndStatusBar();
            whenLaidOut(() -> afterNextLayout(() -> bottomTabs.buildOneAFrame(this::afterNextLayout, false)));
        }
    }

    private WorkbenchMenus menus;

    private WorkbenchMenus menus() {
        if (menus == null) {
            menus = new WorkbenchMenus(vm, this);
        }
        return menus;
    }

    private void buildArticleList() {
        articleList = new ArticleListView(vm.model().articles(), vm.articleActions(), this::chooseFilesToImport, this::pasteArticle);
        vm.model().onClaimsChanged(e -> articleList.countsChanged());
        vm.model().onEventsInferred(articleList::eventsChanged);
        vm.model().workspaceProperty().addListener((o, a, w) -> articleList.setWorkspaceOpen(w != null));
        VBox.setVgrow(articleList, javafx.scene.layout.Priority.ALWAYS);
        sidebar.getChildren().set(0, articleList);
        layout.articleListBuilt(articleList);
    }

    /** The article list; null until built (a frame after the first at start-up). */
    private ArticleListView articleList;

    /** The articles selected in the Articles list (Article › Set event… acts on them). */
    java.util.List<org.claimbench.domain.Article> selectedArticles() {
        return articleList == null ? java.util.List.of() : articleList.selectedArticles();
    }

    private void buildSourceListAndStatusBar() {
        legend.showList();
        LegendRoom.keep(sidebar, legend, articleList, vm.legend().rows(), List.of(vm.model().articles(), vm.model().workspaceProperty()),
                this::afterNextLayout);
        setBottom(new WorkbenchStatusBar(vm, runner));
    }

    /**
     * Told once the lists below the panes are built (a frame each after the first layout): at the app's start-up the tab in
     * sight's only, the hidden ones wait to be shown.
     */
    public void setOnListsBuilt(Runnable onBuilt) {
        bottomTabs.setOnAllBuilt(onBuilt);
    }

    /** Runs work once the view is in a scene and that scene's next layout pulse is through. */
    private void whenLaidOut(Runnable work) {
        Pulses.whenLaidOut(this, work);
    }

    /** Runs work once the next layout pulse is through (at once with no window yet). */
    private void afterNextLayout(Runnable work) {
        if (getScene() == null) {
            work.run();
        } else {
            Pulses.afterNextLayout(getScene(), work);
        }
    }

    private void layoutPanes() {
        paneViews.keySet().retainAll(vm.panes());
        List<ArticlePaneView> views = vm.panes().stream().map(p -> paneViews.computeIfAbsent(p, this::createPaneView)).toList();
        panesSplit.getItems().setAll(views);
        double[] positions = new double[views.size() - 1];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = (i + 1.0) / views.size();
        }
        panesSplit.setDividerPositions(positions);
    }

    private ArticlePaneView createPaneView(ArticlePaneViewModel p) {
        // The start-up's first panes show their articles as light text first (RichTextFX a frame later).
        ArticlePaneView view = new ArticlePaneView(nextPaneIndex++, p, vm.model().articles(), vm.model().sources(), vm, lightPanes);
        view.setArticleMenu(() -> org.claimbench.ui.articles.ArticleMenus.detailsAndText("pane", () -> p.article().orElse(null),
                () -> getScene().getWindow(), vm.articleActions()));
        view.textFocusedProperty().addListener((o, a, focused) -> {
            if (focused) {
                vm.activePaneProperty().set(p);
            }
        });
        vm.activePaneProperty().addListener((o, a, active) -> view.setActive(active == p));
        vm.model().onContradictionsChanged(view::refreshInfo);
        // The line under the pane follows every change of claims, undo, redo and Accept all included.
        vm.model().onClaimsChanged(e -> view.refreshInfo());
        vm.model().onTopicsChanged(view::refreshInfo);
        return view;
    }

    public List<ArticlePaneView> paneViews() {
        return vm.panes().stream().map(paneViews::get).toList();
    }

    void chooseFilesToImport() {
        vm.fileChoices().openFiles(getScene().getWindow(), "Import articles", List.of(
                new javafx.stage.FileChooser.ExtensionFilter("Articles (*.txt, *.md, *.html, *.pdf, *.docx), Claimbench JSON, W3C annotations (*.jsonld)",
                        "*.txt", "*.md", "*.markdown", "*.html", "*.htm", "*.pdf", "*.docx", "*.json", "*.jsonld"),
                new javafx.stage.FileChooser.ExtensionFilter("All files", "*"))).ifPresent(vm::importFiles);
    }

    void importFromUrl() {
        org.claimbench.ui.articles.ImportUrlDialog.show(getScene().getWindow()).ifPresent(vm::importUrl);
    }

    void pasteArticle() {
        org.claimbench.importing.ArticleImporter importer = new org.claimbench.importing.ArticleImporter();
        PasteArticleDialog.show(getScene().getWindow(), importer::pastedHeadline, importer::pastedTitle, importer::pastedDate).ifPresent(vm.articleActions()::addPasted);
    }

    public void showTab(int index) {
        bottomTabs.show(index);
    }

    /**
     * Shows a list below the panes and puts the keyboard in it (0 claims, 1 contradictions, 2
     * suggested claims, 3 suggested contradictions), so its keys work at once.
     */
    public void focusList(int list) {
        bottomTabs.focusList(list);
    }

    /** Sets the topic of the claims selected in the Claims tab (shown first if it is not). */
    void setTopicOfSelectedClaims() {
        bottomTabs.setTopicOfSelectedClaims();
    }

    /** Edit › Suggest Topics…: claims grouped by meaning, to name as topics. */
    void suggestTopics() {
        bottomTabs.suggestTopics();
    }

    /** Edit › Verdict…: of the claim selected in the Claims tab, else of the claim clicked last in an article. */
    void verdictOfSelectedClaim() {
        bottomTabs.verdictOfSelectedClaim(vm.picked());
    }

    /** Ctrl+F: Find in the article of the pane the user works in. */
    void findInActivePane() {
        // Worked in the Claims tab, Ctrl+F finds there (ClaimsTableView.findHere); so it does with the Claims tab showing
        // while the user has not clicked or typed in a pane yet: at start a newcomer typed two topics into the first
        // article's find bar, the window having put the keyboard in its text (factcheck49).
        if (lookup("#claimsView") instanceof org.claimbench.ui.claims.ClaimsTableView claimsView && getScene() != null
                && claimsView.isVisible() && (claimsView.findHere(getScene().getFocusOwner())
                || (!whereTheUserWorks.inPanes() && bottomTabs.selected() == 0 && claimsView.goToSearch()))) {
            return;
        }
        ArticlePaneViewModel active = vm.activePaneProperty().get();
        ArticlePaneViewModel pane = active != null && vm.panes().contains(active) ? active : vm.panes().get(0);
        paneViews.get(pane).showFind();
    }

    /** Shows the Contradictions tab with one contradiction chosen (its claims side by side), as a reviewer has it. */
    public void selectContradiction(long id) {
        bottomTabs.selectContradiction(id);
    }

    /** The index of the tab shown below the panes. */
    public int selectedTab() {
        return bottomTabs.selected();
    }

    static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        return l;
    }
}
