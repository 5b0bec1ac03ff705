package org.claimbench.ui.workbench;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.claimbench.ui.article.ArticlePaneView;
import org.claimbench.ui.article.ArticlePaneViewModel;
import org.claimbench.ui.articles.ArticleListView;
import org.claimbench.ui.articles.PasteArticleDialog;
import org.claimbench.ui.claims.ClaimsTableView;
import org.claimbench.ui.common.FxTaskRunner;
import org.claimbench.ui.common.Pulses;
import org.claimbench.ui.contradictions.ContradictionsView;
import org.claimbench.ui.sources.SourceLegendView;

/**
 * The main window: articles and sources on the left, the article panes side by side in the
 * middle, claims and contradictions below them, the status bar at the bottom.
 */
public final class WorkbenchView extends BorderPane {

    private final WorkbenchViewModel vm;
    private final SplitPane panesSplit = new SplitPane();
    private final Map<ArticlePaneViewModel, ArticlePaneView> paneViews = new HashMap<>();
    private final ArticleListView articleList;
    private final TabPane bottomTabs = new TabPane();
    private int nextPaneIndex = 1;

    public WorkbenchView(WorkbenchViewModel vm, FxTaskRunner runner) {
        this.vm = vm;
        setId("workbench");
        getStyleClass().add("workbench");

        articleList = new ArticleListView(vm.model().articles(), vm.articleActions(), this::chooseFilesToImport, this::pasteArticle);
        vm.model().onClaimsChanged(e -> articleList.countsChanged());
        vm.model().workspaceProperty().addListener((o, a, w) -> articleList.setWorkspaceOpen(w != null));
        SourceLegendView legend = new SourceLegendView(vm.legend());
        VBox sidebar = new VBox(10, articleList, legend);
        sidebar.setId("sidebar");
        sidebar.getStyleClass().add("sidebar");
        VBox.setVgrow(articleList, javafx.scene.layout.Priority.ALWAYS);

        vm.setAfterNextFrame(this::afterNextLayout);
        panesSplit.setId("panes");
        panesSplit.getStyleClass().add("panes");
        vm.panes().addListener((ListChangeListener<ArticlePaneViewModel>) c -> layoutPanes());
        layoutPanes();

        Tab claimsTab = new Tab("Claims");
        claimsTab.setId("claimsTab");
        Tab contradictionsTab = new Tab("Contradictions");
        contradictionsTab.setId("contradictionsTab");
        Tab suggestionsTab = new Tab("Suggestions");
        suggestionsTab.setId("suggestionsTab");
        // The lists below the panes are built just after the window first shows: the articles
        // side by side come first, and the window opens a good part of a second sooner.
        javafx.application.Platform.runLater(() -> {
            claimsTab.setContent(new ClaimsTableView(vm.claims(), vm.model()));
            contradictionsTab.setContent(new ContradictionsView(vm.contradictions()));
            suggestionsTab.setContent(new org.claimbench.ui.suggestions.SuggestionsView(vm.suggestions()));
        });
        vm.claims().rows().addListener((ListChangeListener<Object>) c -> claimsTab.setText("Claims (" + vm.claims().total() + ")"));
        vm.contradictions().rows().addListener((ListChangeListener<Object>) c ->
                contradictionsTab.setText("Contradictions (" + vm.contradictions().rows().size() + ")"));
        vm.suggestions().claims().addListener((ListChangeListener<Object>) c -> suggestionsTab.setText(
                "Suggestions (" + (vm.suggestions().claims().size() + vm.suggestions().contradictions().size()) + ")"));
        vm.suggestions().contradictions().addListener((ListChangeListener<Object>) c -> suggestionsTab.setText(
                "Suggestions (" + (vm.suggestions().claims().size() + vm.suggestions().contradictions().size()) + ")"));
        bottomTabs.getTabs().addAll(claimsTab, contradictionsTab, suggestionsTab);
        bottomTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        bottomTabs.setId("bottomTabs");

        SplitPane center = new SplitPane(panesSplit, bottomTabs);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.64);
        SplitPane.setResizableWithParent(bottomTabs, false);

        SplitPane main = new SplitPane(sidebar, center);
        main.setDividerPositions(0.19);
        SplitPane.setResizableWithParent(sidebar, false);
        setCenter(main);

        WorkbenchMenus menus = new WorkbenchMenus(vm, this);
        setTop(new VBox(menus.menuBar(), menus.toolBar()));
        setBottom(new WorkbenchStatusBar(vm, runner));
        enableDrop();
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
        ArticlePaneView view = new ArticlePaneView(nextPaneIndex++, p, vm.model().articles(), vm.model().sources(), vm);
        view.textArea().focusedProperty().addListener((o, a, focused) -> {
            if (focused) {
                vm.activePaneProperty().set(p);
            }
        });
        vm.activePaneProperty().addListener((o, a, active) -> view.setActive(active == p));
        vm.model().onContradictionsChanged(view::refreshInfo);
        return view;
    }

    public List<ArticlePaneView> paneViews() {
        return vm.panes().stream().map(paneViews::get).toList();
    }

    void chooseFilesToImport() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Import articles");
        chooser.getExtensionFilters().addAll(
                new javafx.stage.FileChooser.ExtensionFilter("Articles (*.txt, *.md, *.html, *.pdf, *.docx), Claimbench JSON, W3C annotations (*.jsonld)",
                        "*.txt", "*.md", "*.markdown", "*.html", "*.htm", "*.pdf", "*.docx", "*.json", "*.jsonld"),
                new javafx.stage.FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(getScene().getWindow());
        if (files != null) {
            vm.importFiles(files.stream().map(File::toPath).toList());
        }
    }

    void importFromUrl() {
        org.claimbench.ui.articles.ImportUrlDialog.show(getScene().getWindow()).ifPresent(vm::importUrl);
    }

    void pasteArticle() {
        PasteArticleDialog.show(getScene().getWindow()).ifPresent(r -> vm.addPasted(r.text(), r.title()));
    }

    public void showTab(int index) {
        bottomTabs.getSelectionModel().select(index);
    }

    private void enableDrop() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                vm.importFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        return l;
    }
}
