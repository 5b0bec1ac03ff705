package org.claimbench.ui.workbench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import org.claimbench.domain.Source;
import org.claimbench.exchange.JsonExporter;
import org.claimbench.ui.common.ColourDot;
import org.claimbench.ui.common.Tooltips;
import org.kordamp.ikonli.javafx.FontIcon;

/** The menu bar and the toolbar, with the keyboard shortcuts they show. */
final class WorkbenchMenus {

    /** The sticky topic's box while a topic is on. */
    private static final javafx.css.PseudoClass STICKY_ON = javafx.css.PseudoClass.getPseudoClass("sticky-on");

    private final WorkbenchViewModel vm;
    private final WorkbenchView view;
    private final ExportActions exports;

    WorkbenchMenus(WorkbenchViewModel vm, WorkbenchView view) {
        this.vm = vm;
        this.view = view;
        this.exports = new ExportActions(vm, view);
        vm.linking().onAsked(() -> vm.linking().ask(view.getScene().getWindow()));
    }

    MenuBar menuBar() {
        MenuBar bar = new MenuBar(fileMenu(), editMenu(), articleMenu(), viewMenu(), helpMenu());
        bar.setId("menuBar");
        return bar;
    }

    private Menu fileMenu() {
        MenuItem create = item("menuNew", "New Workspace…", "Shortcut+N", this::newWorkspace);
        MenuItem open = item("menuOpen", "Open Workspace…", "Shortcut+O", this::openWorkspace);
        Menu recent = new Menu("Open Recent");
        recent.setId("menuRecent");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (String p : vm.session().recent()) {
                MenuItem i = new MenuItem(p);
                i.setOnAction(e -> {
                    if (Files.isRegularFile(Path.of(p))) {
                        vm.session().open(Path.of(p), vm.opened());
                    } else {
                        vm.session().forget(p);
                        vm.statusProperty().set("'" + p + "' is gone; removed it from the recent list.");
                    }
                });
                recent.getItems().add(i);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        vm.session().recent().addListener((ListChangeListener<String>) c -> fillRecent.run());
        fillRecent.run();
        MenuItem saveAs = item("menuSaveAs", "Save As…", "Shortcut+Shift+S", this::saveAs);
        MenuItem close = item("menuClose", "Close Workspace", null, () -> vm.session().close());
        MenuItem importFiles = item("menuImport", "Import Articles…", "Shortcut+I", view::chooseFilesToImport);
        MenuItem paste = item("menuPaste", "Paste Article…", "Shortcut+Shift+V", view::pasteArticle);
        MenuItem fromUrl = item("menuImportUrl", "Import from URL…", "Shortcut+Shift+U", view::importFromUrl);
        MenuItem export = item("menuExportJson", "Export as JSON…", "Shortcut+E", exports::exportJson);
        MenuItem exportCsv = item("menuExportCsv", "Export Claims and Contradictions as CSV…", null, exports::exportCsv);
        MenuItem report = item("menuReport", "Export Report (HTML)…", "Shortcut+R", exports::exportReport);
        MenuItem preview = item("menuPreviewReport", "Preview Report…", "Shortcut+Shift+R", exports::previewReport);
        MenuItem scale = item("menuRatingScale", "Verdict Ratings…", null, this::editScale);
        MenuItem w3c = item("menuExportW3c", "Export W3C Web Annotations…", null, () -> exports.exportFile("W3C Web Annotations", "W3C Web Annotations", "-annotations", "jsonld",
                (w, name, path) -> new org.claimbench.exchange.W3cAnnotationExporter().write(w, name, path)));
        MenuItem claimReview = item("menuExportClaimReview", "Export ClaimReview (verdicts)…", null, exports::exportClaimReview);
        MenuItem qdpx = item("menuExportQdpx", "Export REFI-QDA Project…", null, () -> exports.exportFile("REFI-QDA project", "REFI-QDA project", "", "qdpx",
                (w, name, path) -> new org.claimbench.exchange.QdpxExporter().write(w, name, path)));
        Menu exportTo = new Menu("Export for Other Tools", null, w3c, claimReview, qdpx);
        exportTo.setId("menuExportFor");
        MenuItem quit = item("menuQuit", "Quit", "Shortcut+Q", () -> view.getScene().getWindow().hide());
        Menu m = new Menu("File", null, create, open, recent, saveAs, close, new SeparatorMenuItem(), importFiles, fromUrl, paste,
                new SeparatorMenuItem(), preview, report, export, exportCsv, exportTo, new SeparatorMenuItem(), scale, new SeparatorMenuItem(), quit);
        m.setId("fileMenu");
        return m;
    }

    private Menu editMenu() {
        MenuItem undo = item("menuUndo", "Undo", "Shortcut+Z", vm::undo);
        undo.textProperty().bind(Bindings.createStringBinding(() -> vm.model().undoTextProperty().get().isEmpty()
                ? "Undo" : "Undo " + action(vm.model().undoTextProperty().get()), vm.model().undoTextProperty()));
        undo.disableProperty().bind(vm.model().undoTextProperty().isEmpty());
        MenuItem redo = item("menuRedo", "Redo", "Shortcut+Shift+Z", vm::redo);
        redo.textProperty().bind(Bindings.createStringBinding(() -> vm.model().redoTextProperty().get().isEmpty()
                ? "Redo" : "Redo " + action(vm.model().redoTextProperty().get()), vm.model().redoTextProperty()));
        redo.disableProperty().bind(vm.model().redoTextProperty().isEmpty());
        MenuItem redoY = item("menuRedoY", "Redo (alternative)", "Shortcut+Y", vm::redo);
        redoY.setVisible(false);
        MenuItem link = item("menuLink", "Link Claims as Contradiction…", "Shortcut+L", () -> vm.linking().ask(view.getScene().getWindow()));
        MenuItem speakers = item("menuSpeakers", "Speakers…", null, () -> org.claimbench.ui.suggestions.SpeakerTableDialog.show(
                view.getScene().getWindow(), vm.suggestions(), vm.model().sources()));
        MenuItem find = item("menuFind", "Find in Article…", "Shortcut+F", view::findInActivePane);
        MenuItem findAll = item("menuFindAll", "Find in All Articles…", "Shortcut+Shift+F",
                () -> ArticleSearchDialog.show(view.getScene().getWindow(), vm));
        MenuItem acceptAll = item("menuAcceptAllClaims", "Accept All Suggested Claims Shown", "Shortcut+Shift+A",
                () -> vm.suggestions().acceptAll(java.util.List.copyOf(vm.suggestions().filter().shown())));
        acceptAll.disableProperty().bind(vm.suggestions().acceptingAllProperty());
        MenuItem setTopic = item("menuSetTopic", "Set Topic of Selected Claims…", "Shortcut+Shift+T", view::setTopicOfSelectedClaims);
        MenuItem topics = item("menuTopics", "Topics…", null, () -> org.claimbench.ui.claims.TopicDialogs.showList(view.getScene().getWindow(),
                vm.topics(), label -> {
                    // Every claim of the topic: a search or source left from other work hid them ("0 of 13", a student, stop 47).
                    vm.claims().clearFilters();
                    vm.claims().topicFilter().set(label);
                    view.focusList(0);
                }));
        MenuItem suggestTopics = item("menuSuggestTopics", "Suggest Topics by Meaning…", null, view::suggestTopics);
        MenuItem verdict = item("menuVerdict", "Verdict of Selected Claim…", null, view::verdictOfSelectedClaim);
        Menu m = new Menu("Edit", null, undo, redo, redoY, new SeparatorMenuItem(), find, findAll, new SeparatorMenuItem(), link, acceptAll, new SeparatorMenuItem(), setTopic, suggestTopics, topics,
                verdict, new SeparatorMenuItem(), speakers);
        m.setId("editMenu");
        return m;
    }

    /** The article of the pane worked in: its details, its text, its versions (as in the article list's menu). */
    private Menu articleMenu() {
        Menu m = new Menu("Article");
        m.setId("articleMenu");
        java.util.function.Supplier<org.claimbench.domain.Article> active = () -> java.util.Optional.ofNullable(vm.activePaneProperty().get())
                .flatMap(org.claimbench.ui.article.ArticlePaneViewModel::article).orElse(null);
        m.getItems().setAll(org.claimbench.ui.articles.ArticleMenus.detailsAndText("menuArticle", active, () -> view.getScene().getWindow(),
                vm.articleActions()));
        // Set event…: of the articles selected in the Articles list, else of the pane's.
        java.util.function.Supplier<java.util.List<org.claimbench.domain.Article>> chosen = () -> view.selectedArticles().isEmpty()
                ? java.util.Optional.ofNullable(active.get()).map(java.util.List::of).orElse(java.util.List.of()) : view.selectedArticles();
        m.getItems().add(org.claimbench.ui.articles.ArticleMenus.setEvent("menuArticle", chosen, () -> view.getScene().getWindow(), vm.articleActions()));
        m.setOnShowing(e -> m.getItems().forEach(i -> i.setDisable(i.getId().endsWith("SetEvent") ? chosen.get().isEmpty() : active.get() == null)));
        return m;
    }

    private Menu viewMenu() {
        MenuItem addPane = item("menuAddPane", "Add Article Pane", "Shortcut+T", vm::addPaneWithNextArticle);
        MenuItem closePane = item("menuClosePane", "Close Article Pane", org.claimbench.ui.article.PaneActions.CLOSE_KEY,
                vm::closeActivePane);
        MenuItem claims = item("menuShowClaims", "Show Claims", "Shortcut+1", () -> view.focusList(0));
        MenuItem contradictions = item("menuShowContradictions", "Show Contradictions", "Shortcut+2", () -> view.focusList(1));
        MenuItem suggestions = item("menuShowSuggestions", "Show Suggested Claims", "Shortcut+3", () -> view.focusList(2));
        MenuItem suggestedContradictions = item("menuShowSuggestedContradictions", "Show Suggested Contradictions", "Shortcut+4",
                () -> view.focusList(3));
        CheckMenuItem outlined = new CheckMenuItem("Suggested Claims in Text");
        outlined.setId("menuShowSuggestedClaims");
        outlined.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+G"));
        outlined.selectedProperty().bindBidirectional(vm.showSuggestionsProperty());
        CheckMenuItem dark = new CheckMenuItem("Dark Theme");
        dark.setId("menuDark");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().bindBidirectional(vm.model().darkProperty());
        MenuItem back = item("menuBackToPanes", "Back to My Panes (after a review)", "Shortcut+Shift+B", vm::restorePanes);
        Menu m = new Menu("View", null, addPane, closePane, back, new SeparatorMenuItem(), claims, contradictions, suggestions, suggestedContradictions, outlined, new SeparatorMenuItem(), dark);
        m.setId("viewMenu");
        return m;
    }

    private Menu helpMenu() {
        MenuItem how = item("menuHowTo", "How to Mark Claims", "F1", () -> HowToDialog.show(view.getScene().getWindow(),
                vm.model().sources().stream().map(org.claimbench.domain.Source::name).toList()));
        MenuItem about = item("menuAbout", "About Claimbench", null, () -> info("About Claimbench",
                "Claimbench 0.1 — compare what different sides say about the same event.\n\nYour workspace is one SQLite file: "
                        + vm.model().workspace().map(w -> w.file().toString()).orElse("none open")
                        + "\nEvery edit is saved the moment you make it."));
        Menu m = new Menu("Help", null, how, about);
        m.setId("helpMenu");
        return m;
    }

    /** The toolbar, whole: its buttons, the sticky tag's and sticky topic's choices, the hint. */
    ToolBar toolBar() {
        ToolBar bar = toolBarButtons();
        addStickyChoices(bar);
        return bar;
    }

    /**
     * The toolbar without the sticky tag's and sticky topic's choices (its buttons and the hint): at
     * start-up it comes a frame before them ({@link #addStickyChoices}), so that the buttons' first styling
     * and the combo boxes' are not one long frame.
     */
    ToolBar toolBarButtons() {
        Button importButton = button("toolImport", "mdi2f-file-import-outline", "Import", "Import article files (Ctrl+I)", view::chooseFilesToImport);
        Button addPane = button("toolAddPane", "mdi2v-view-split-vertical", "Add pane", "Show another article side by side (Ctrl+T)", () -> vm.addPaneWithNextArticle());
        addPane.disableProperty().bind(Bindings.size(vm.panes()).greaterThanOrEqualTo(WorkbenchViewModel.MAX_PANES));
        Button undo = button("toolUndo", "mdi2u-undo", null, null, vm::undo);
        undo.disableProperty().bind(vm.model().undoTextProperty().isEmpty());
        Tooltips.bind(undo, Bindings.createStringBinding(() -> (vm.model().undoTextProperty().get().isEmpty()
                ? "Nothing to undo since the workspace was opened (what was done before is saved)" : "Undo " + action(vm.model().undoTextProperty().get())) + " (Ctrl+Z)", vm.model().undoTextProperty()));
        Button redo = button("toolRedo", "mdi2r-redo", null, null, vm::redo);
        redo.disableProperty().bind(vm.model().redoTextProperty().isEmpty());
        Tooltips.bind(redo, Bindings.createStringBinding(() -> (vm.model().redoTextProperty().get().isEmpty()
                ? "Nothing to redo" : "Redo " + action(vm.model().redoTextProperty().get())) + " (Ctrl+Shift+Z)", vm.model().redoTextProperty()));
        Button link = button("toolLink", "mdi2l-lightning-bolt-outline", "Link contradiction",
                "Link the two claims you clicked as a contradiction, or one with a claim from a list (Ctrl+L)", () -> vm.linking().ask(view.getScene().getWindow()));
        // The hint takes the room the buttons leave (it is the bar's spring) and says the longest of its phrasings that
        // fits there whole: at 1280 px, beside the sticky choices, the whole one lost its end.
        Label hint = new Label();
        hint.setId("howToHint");
        hint.getStyleClass().add("hint-line");
        hint.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        hint.setMaxWidth(Double.MAX_VALUE);
        hint.setPrefWidth(0);
        // Room at its end for the italic's last letter, which ran past the window's edge at 1024 px ("to tag", student59).
        hint.setPadding(new javafx.geometry.Insets(0, 8, 0, 0));
        HBox.setHgrow(hint, Priority.ALWAYS);
        Runnable say = () -> org.claimbench.ui.common.FittingPhrasing.show(hint, org.claimbench.ui.common.TagKeys.toolbarHints(vm.model().sources().size()));
        vm.model().sources().addListener((ListChangeListener<Source>) c -> say.run());
        say.run();
        ToolBar bar = new ToolBar(importButton, addPane, undo, redo, link, hint);
        bar.setId("toolBar");
        return bar;
    }

    /** Puts the sticky tag's and the sticky topic's choices in a toolbar of {@link #toolBarButtons}, after its buttons. */
    void addStickyChoices(ToolBar bar) {
        ComboBox<Source> sticky = new ComboBox<>();
        sticky.setId("stickySource");
        Tooltips.set(sticky, "Sticky tag: every new selection is tagged with this source at once (off again at the next start)");
        Runnable fill = () -> {
            Source current = sticky.getValue();
            sticky.getItems().setAll(vm.model().sources());
            sticky.getItems().add(0, null);
            sticky.setValue(current != null && vm.model().sources().contains(current) ? current : null);
        };
        vm.model().sources().addListener((ListChangeListener<Source>) c -> fill.run());
        fill.run();
        sticky.setCellFactory(l -> new SourceCell());
        // "Off" whichever way the box shows no value: its cell made empty, or the skin's prompt when the list is made afresh
        // (a new workspace's box was blank: the skin wrote the missing prompt over the cell's words).
        sticky.setButtonCell(new SourceCell() {
            @Override
            protected void updateItem(Source s, boolean empty) {
                super.updateItem(s, empty);
                if (empty) {
                    setText("Off");
                }
            }
        });
        sticky.setPromptText("Off");
        sticky.valueProperty().bindBidirectional(vm.stickySourceProperty());
        // As wide as "Kremlin readout" with its dot, not as the longest source: at 1024 px the box had grown to its
        // longest entry and left the toolbar's hint no room (a longer name is cut in the box, whole in its list).
        sticky.setPrefWidth(150);
        sticky.setMinWidth(90);

        ComboBox<String> stickyTopic = org.claimbench.ui.claims.TopicDialogs.topicBox(vm.topics().labels(), "stickyTopic");
        stickyTopic.setItems(vm.topics().labels());
        stickyTopic.setPromptText("Off");
        stickyTopic.setPrefWidth(140);
        stickyTopic.setMinWidth(90);
        Tooltips.set(stickyTopic, "Sticky topic: every claim you mark gets this topic at once (empty: none; off again at the next start)");
        stickyTopic.getEditor().textProperty().bindBidirectional(vm.topics().stickyProperty());
        // On, the box stands out in the accent colour with a button beside it that turns it off in one click: a topic left on
        // went on every claim marked, unseen in a box cut to its first words at 1024 px.
        Button clearTopic = new Button(null, new org.kordamp.ikonli.javafx.FontIcon("mdi2c-close"));
        clearTopic.setId("stickyTopicClear");
        clearTopic.getStyleClass().add("flat");
        clearTopic.setTooltip(new javafx.scene.control.Tooltip("Turn the sticky topic off"));
        clearTopic.setOnAction(e -> vm.topics().stickyProperty().set(""));
        javafx.beans.binding.BooleanBinding on = Bindings.createBooleanBinding(() -> !vm.topics().stickyProperty().get().isBlank(),
                vm.topics().stickyProperty());
        clearTopic.visibleProperty().bind(on);
        clearTopic.managedProperty().bind(on);
        on.addListener((o, was, now) -> stickyTopic.pseudoClassStateChanged(STICKY_ON, now));
        HBox stickyTopicBox = new HBox(4, new Label("Topic"), stickyTopic, clearTopic);
        stickyTopicBox.setAlignment(Pos.CENTER_LEFT);
        // The sticky tag as the sticky topic: on, its box stands out and × beside it turns it off in one click.
        Button clearTag = new Button(null, new org.kordamp.ikonli.javafx.FontIcon("mdi2c-close"));
        clearTag.setId("stickySourceClear");
        clearTag.getStyleClass().add("flat");
        clearTag.setTooltip(new javafx.scene.control.Tooltip("Turn the sticky tag off"));
        clearTag.setOnAction(e -> vm.stickySourceProperty().set(null));
        javafx.beans.binding.BooleanBinding tagOn = vm.stickySourceProperty().isNotNull();
        clearTag.visibleProperty().bind(tagOn);
        clearTag.managedProperty().bind(tagOn);
        tagOn.addListener((o, was, now) -> sticky.pseudoClassStateChanged(STICKY_ON, now));
        sticky.pseudoClassStateChanged(STICKY_ON, tagOn.get());
        HBox stickyBox = new HBox(4, new Label("Sticky tag"), sticky, clearTag);
        stickyBox.setAlignment(Pos.CENTER_LEFT);
        // After the five buttons, before the spacer and the hint.
        bar.getItems().addAll(5, List.of(stickyBox, stickyTopicBox));
    }

    private class SourceCell extends ListCell<Source> {
        @Override
        protected void updateItem(Source s, boolean empty) {
            super.updateItem(s, empty);
            if (empty) {
                setText(null);
                setGraphic(null);
            } else if (s == null) {
                setText("Off");
                setGraphic(null);
            } else {
                setText(s.name());
                setGraphic(ColourDot.of(s.colour(), 5));
            }
        }
    }

    private void newWorkspace() {
        vm.fileChoices().saveFile(view.getScene().getWindow(), "New workspace", "comparison.claimbench", "Claimbench workspaces", "*.claimbench")
                .ifPresent(f -> vm.session().create(f, vm.opened()));
    }

    private void openWorkspace() {
        FileChooser c = new FileChooser();
        c.setTitle("Open workspace");
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Claimbench workspaces (*.claimbench)", "*.claimbench"));
        vm.model().workspace().map(w -> w.file().toAbsolutePath().getParent()).filter(java.nio.file.Files::isDirectory)
                .ifPresent(dir -> c.setInitialDirectory(dir.toFile()));
        File f = org.claimbench.ui.common.FileChoices.thenFocus(view.getScene().getWindow(), () -> c.showOpenDialog(view.getScene().getWindow()));
        if (f != null) {
            vm.session().open(f.toPath(), vm.opened());
        }
    }

    /** A copy is offered beside the workspace, named after it ("default-copy.claimbench"), or where the last copy went. */
    private void saveAs() {
        String name = vm.model().workspace().map(w -> w.name() + "-copy.claimbench").orElse("copy.claimbench");
        vm.fileChoices().saveFile(view.getScene().getWindow(), "Save a copy of the workspace as", name, "Claimbench workspaces", "*.claimbench")
                .ifPresent(f -> vm.session().saveAs(f, vm.opened()));
    }

    /** The verdict ratings, best first, in a list to add to, rename, reorder and prune. */
    private void editScale() {
        vm.model().workspace().ifPresent(w -> {
            java.util.Map<String, Long> used = w.verdicts().stream()
                    .collect(java.util.stream.Collectors.groupingBy(org.claimbench.domain.Verdict::rating, java.util.stream.Collectors.counting()));
            org.claimbench.ui.claims.RatingScaleDialog.show(view.getScene().getWindow(), w.ratingScale(), used).ifPresent(scale -> {
                try {
                    w.setRatingScale(scale);
                    vm.statusProperty().set("Verdict ratings: " + String.join(", ", w.ratingScale()));
                } catch (org.claimbench.workspace.WorkspaceException e) {
                    info("Cannot change the ratings", e.getMessage());
                }
            });
        });
    }

    private void info(String title, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text);
        a.initOwner(view.getScene().getWindow());
        a.setTitle(title);
        a.setHeaderText(title);
        a.show();
    }

    /** An edit's label as the object of "Undo …": "Confirm contradiction" → "confirm contradiction". */
    static String action(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    private static MenuItem item(String id, String text, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    /** A toolbar button; tip null when the caller binds the tooltip's text. */
    private static Button button(String id, String icon, String text, String tip, Runnable action) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        if (tip != null) {
            Tooltips.set(b, tip);
        }
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }
}
