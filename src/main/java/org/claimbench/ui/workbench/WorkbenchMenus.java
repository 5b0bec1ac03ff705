package org.claimbench.ui.workbench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

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
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.stage.FileChooser;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.domain.ContradictionStatus;
import org.claimbench.domain.Source;
import org.claimbench.exchange.JsonExporter;
import org.claimbench.ui.contradictions.ContradictionDialog;
import org.kordamp.ikonli.javafx.FontIcon;

/** The menu bar and the toolbar, with the keyboard shortcuts they show. */
final class WorkbenchMenus {

    private final WorkbenchViewModel vm;
    private final WorkbenchView view;
    /** The report preview window last opened; a new preview replaces it. */
    private ReportPreview preview;

    WorkbenchMenus(WorkbenchViewModel vm, WorkbenchView view) {
        this.vm = vm;
        this.view = view;
    }

    MenuBar menuBar() {
        MenuBar bar = new MenuBar(fileMenu(), editMenu(), viewMenu(), helpMenu());
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
        MenuItem export = item("menuExportJson", "Export as JSON…", "Shortcut+E", this::exportJson);
        MenuItem exportCsv = item("menuExportCsv", "Export Claims and Contradictions as CSV…", null, this::exportCsv);
        MenuItem report = item("menuReport", "Export Report (HTML)…", "Shortcut+R", this::exportReport);
        MenuItem preview = item("menuPreviewReport", "Preview Report…", "Shortcut+Shift+R", this::previewReport);
        MenuItem scale = item("menuRatingScale", "Verdict Ratings…", null, this::editScale);
        MenuItem w3c = item("menuExportW3c", "Export W3C Web Annotations…", null, () -> exportFile("W3C Web Annotations", "jsonld",
                (w, name, path) -> new org.claimbench.exchange.W3cAnnotationExporter().write(w, name, path)));
        MenuItem claimReview = item("menuExportClaimReview", "Export ClaimReview (verdicts)…", null, () -> exportFile("ClaimReview", "jsonld",
                (w, name, path) -> new org.claimbench.exchange.ClaimReviewExporter().write(w, w.verdicts(), w.ratingScale(), path)));
        MenuItem qdpx = item("menuExportQdpx", "Export REFI-QDA Project…", null, () -> exportFile("REFI-QDA project", "qdpx",
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
                ? "Undo" : "Undo " + vm.model().undoTextProperty().get(), vm.model().undoTextProperty()));
        undo.disableProperty().bind(vm.model().undoTextProperty().isEmpty());
        MenuItem redo = item("menuRedo", "Redo", "Shortcut+Shift+Z", vm::redo);
        redo.textProperty().bind(Bindings.createStringBinding(() -> vm.model().redoTextProperty().get().isEmpty()
                ? "Redo" : "Redo " + vm.model().redoTextProperty().get(), vm.model().redoTextProperty()));
        redo.disableProperty().bind(vm.model().redoTextProperty().isEmpty());
        MenuItem redoY = item("menuRedoY", "Redo (alternative)", "Shortcut+Y", vm::redo);
        redoY.setVisible(false);
        MenuItem link = item("menuLink", "Link Picked Claims as Contradiction…", "Shortcut+L", this::link);
        MenuItem speakers = item("menuSpeakers", "Speakers…", null, () -> org.claimbench.ui.suggestions.SpeakerTableDialog.show(
                view.getScene().getWindow(), vm.suggestions(), vm.model().sources()));
        Menu m = new Menu("Edit", null, undo, redo, redoY, new SeparatorMenuItem(), link, new SeparatorMenuItem(), speakers);
        m.setId("editMenu");
        return m;
    }

    private Menu viewMenu() {
        MenuItem addPane = item("menuAddPane", "Add Article Pane", "Shortcut+T", vm::addPane);
        MenuItem claims = item("menuShowClaims", "Show Claims", "Shortcut+1", () -> view.showTab(0));
        MenuItem contradictions = item("menuShowContradictions", "Show Contradictions", "Shortcut+2", () -> view.showTab(1));
        MenuItem suggestions = item("menuShowSuggestions", "Show Suggestions", "Shortcut+3", () -> view.showTab(2));
        CheckMenuItem outlined = new CheckMenuItem("Suggested Claims in Text");
        outlined.setId("menuShowSuggestedClaims");
        outlined.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+G"));
        outlined.selectedProperty().bindBidirectional(vm.showSuggestionsProperty());
        CheckMenuItem dark = new CheckMenuItem("Dark Theme");
        dark.setId("menuDark");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().bindBidirectional(vm.model().darkProperty());
        Menu m = new Menu("View", null, addPane, new SeparatorMenuItem(), claims, contradictions, suggestions, outlined, new SeparatorMenuItem(), dark);
        m.setId("viewMenu");
        return m;
    }

    private Menu helpMenu() {
        MenuItem how = item("menuHowTo", "How to Mark Claims", "F1", () -> info("How to mark claims", HOW_TO));
        MenuItem about = item("menuAbout", "About Claimbench", null, () -> info("About Claimbench",
                "Claimbench 0.1 — compare what different sides say about the same event.\n\nYour workspace is one SQLite file: "
                        + vm.model().workspace().map(w -> w.file().toString()).orElse("none open")
                        + "\nEvery edit is saved the moment you make it."));
        Menu m = new Menu("Help", null, how, about);
        m.setId("helpMenu");
        return m;
    }

    static final String HOW_TO = """
            Mark a claim: select text in an article, then press a number key (1 Kremlin readout, 2 White House, \
            3 Ukraine, 4 Europe, 5 Press) or click a source in the bar that appears by the selection.
            Sticky tag: choose a source in the toolbar and every new selection is tagged with it at once.
            Link a contradiction: click a claim in one pane, then a claim in another pane, then press Ctrl+L.
            Review: pick a contradiction in the list below to see both claims side by side; C confirms, D dismisses.
            Claims table: double-click jumps to a claim; 1–9 retag; Delete removes; F2 edits source, speaker, topic, note.
            Undo: Ctrl+Z; Redo: Ctrl+Shift+Z. Every edit is saved at once; there is no Save.""";

    ToolBar toolBar() {
        Button importButton = button("toolImport", "mdi2f-file-import-outline", "Import", "Import article files (Ctrl+I)", view::chooseFilesToImport);
        Button addPane = button("toolAddPane", "mdi2v-view-split-vertical", "Add pane", "Show another article side by side (Ctrl+T)", () -> vm.addPane());
        addPane.disableProperty().bind(Bindings.size(vm.panes()).greaterThanOrEqualTo(WorkbenchViewModel.MAX_PANES));
        Button undo = button("toolUndo", "mdi2u-undo", null, "Undo (Ctrl+Z)", vm::undo);
        undo.disableProperty().bind(vm.model().undoTextProperty().isEmpty());
        Button redo = button("toolRedo", "mdi2r-redo", null, "Redo (Ctrl+Shift+Z)", vm::redo);
        redo.disableProperty().bind(vm.model().redoTextProperty().isEmpty());
        Button link = button("toolLink", "mdi2l-lightning-bolt-outline", "Link contradiction",
                "Link the two claims you clicked as a contradiction (Ctrl+L)", this::link);

        ComboBox<Source> sticky = new ComboBox<>();
        sticky.setId("stickySource");
        sticky.setTooltip(new Tooltip("Sticky tag: every new selection is tagged with this source at once"));
        Runnable fill = () -> {
            Source current = sticky.getValue();
            sticky.getItems().setAll(vm.model().sources());
            sticky.getItems().add(0, null);
            sticky.setValue(current != null && vm.model().sources().contains(current) ? current : null);
        };
        vm.model().sources().addListener((ListChangeListener<Source>) c -> fill.run());
        fill.run();
        sticky.setCellFactory(l -> new SourceCell());
        sticky.setButtonCell(new SourceCell());
        sticky.valueProperty().bindBidirectional(vm.stickySourceProperty());

        Label hint = new Label("Select text, then press 1–5 to tag who said it · click two claims, Ctrl+L to link them");
        hint.setId("howToHint");
        hint.getStyleClass().add("hint-line");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox stickyBox = new HBox(4, new Label("Sticky tag"), sticky);
        stickyBox.setAlignment(Pos.CENTER_LEFT);
        ToolBar bar = new ToolBar(importButton, addPane, undo, redo, link, stickyBox, spacer, hint);
        bar.setId("toolBar");
        return bar;
    }

    private final class SourceCell extends ListCell<Source> {
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
                setGraphic(new Circle(5, Color.web(s.colour())));
            }
        }
    }

    private void link() {
        if (!vm.canLink()) {
            return;
        }
        var a = vm.picked().get(0);
        var b = vm.picked().get(1);
        ContradictionDialog.show(view.getScene().getWindow(), "Link as contradiction", a.exact(), b.exact(), ContradictionKind.OTHER,
                ContradictionStatus.OPEN, "").ifPresent(r -> vm.link(r.kind(), r.note()));
    }

    private void newWorkspace() {
        FileChooser c = workspaceChooser("New workspace");
        c.setInitialFileName("comparison.claimbench");
        File f = c.showSaveDialog(view.getScene().getWindow());
        if (f != null) {
            vm.session().create(f.toPath(), vm.opened());
        }
    }

    private void openWorkspace() {
        File f = workspaceChooser("Open workspace").showOpenDialog(view.getScene().getWindow());
        if (f != null) {
            vm.session().open(f.toPath(), vm.opened());
        }
    }

    private void saveAs() {
        FileChooser c = workspaceChooser("Save a copy of the workspace as");
        c.setInitialFileName("copy.claimbench");
        File f = c.showSaveDialog(view.getScene().getWindow());
        if (f != null) {
            vm.session().saveAs(f.toPath(), vm.opened());
        }
    }

    private void exportJson() {
        vm.model().workspace().ifPresent(w -> {
            FileChooser c = new FileChooser();
            c.setTitle("Export workspace as JSON");
            c.setInitialFileName(w.name() + ".json");
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON (*.json)", "*.json"));
            File f = c.showSaveDialog(view.getScene().getWindow());
            if (f != null) {
                vm.tasks().run("Exporting JSON", p -> {
                    new JsonExporter().write(w, f.toPath());
                    return f;
                }, done -> vm.statusProperty().set("Exported the workspace to " + done), e -> info("Export failed", e.getMessage()));
            }
        });
    }

    @FunctionalInterface
    private interface Exporter {
        void write(org.claimbench.workspace.Workspace w, String name, java.nio.file.Path path) throws java.io.IOException;
    }

    private void exportFile(String what, String extension, Exporter exporter) {
        vm.model().workspace().ifPresent(w -> {
            FileChooser c = new FileChooser();
            c.setTitle("Export " + what);
            String name = w.name();
            c.setInitialFileName(name + "." + extension);
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter(what + " (*." + extension + ")", "*." + extension));
            File f = c.showSaveDialog(view.getScene().getWindow());
            if (f != null) {
                vm.tasks().run("Exporting " + what, p -> {
                    exporter.write(w, name, f.toPath());
                    return f;
                }, done -> vm.statusProperty().set("Exported " + what + " to " + done), e -> info("Export failed", e.getMessage()));
            }
        });
    }

    /** The report inside Claimbench before saving it: written to a temporary file in the background, shown in a preview window. */
    private void previewReport() {
        vm.model().workspace().ifPresent(w -> {
            String name = w.name();
            vm.tasks().run("Preparing the report", p -> {
                java.nio.file.Path tmp = java.nio.file.Files.createTempFile("claimbench-report", ".html");
                tmp.toFile().deleteOnExit();
                new org.claimbench.exchange.HtmlReportExporter().write(w, name, tmp);
                return tmp;
            }, tmp -> {
                if (preview != null) {
                    preview.stage().close();
                }
                preview = new ReportPreview(view.getScene().getWindow(), tmp, name, vm.documentOpener(), vm.tasks());
                preview.show();
                vm.statusProperty().set("The report preview is open; Save As there keeps it.");
            }, e -> info("Report failed", e.getMessage()));
        });
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

    /** The report is written, then opened in the browser, where it can be read and printed. */
    private void exportReport() {
        vm.model().workspace().ifPresent(w -> {
            FileChooser c = new FileChooser();
            c.setTitle("Save the report as");
            String name = w.name();
            c.setInitialFileName(name + "-report.html");
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter("HTML (*.html)", "*.html"));
            File f = c.showSaveDialog(view.getScene().getWindow());
            if (f != null) {
                vm.tasks().run("Writing the report", p -> {
                    new org.claimbench.exchange.HtmlReportExporter().write(w, name, f.toPath());
                    return f;
                }, done -> {
                    vm.statusProperty().set("Wrote the report to " + done + "; it opens in your browser");
                    vm.documentOpener().accept(done.toPath());
                }, e -> info("Report failed", e.getMessage()));
            }
        });
    }

    private void exportCsv() {
        vm.model().workspace().ifPresent(w -> {
            javafx.stage.DirectoryChooser c = new javafx.stage.DirectoryChooser();
            c.setTitle("Folder for claims.csv and contradictions.csv");
            File dir = c.showDialog(view.getScene().getWindow());
            if (dir != null) {
                vm.tasks().run("Exporting CSV", p -> new org.claimbench.exchange.CsvExporter().write(w, dir.toPath()),
                        files -> vm.statusProperty().set("Exported " + files.size() + " CSV files to " + dir),
                        e -> info("Export failed", e.getMessage()));
            }
        });
    }

    private FileChooser workspaceChooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Claimbench workspaces (*.claimbench)", "*.claimbench"));
        vm.model().workspace().ifPresent(w -> {
            File dir = w.file().toAbsolutePath().getParent().toFile();
            if (dir.isDirectory()) {
                c.setInitialDirectory(dir);
            }
        });
        return c;
    }

    private void info(String title, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text);
        a.initOwner(view.getScene().getWindow());
        a.setTitle(title);
        a.setHeaderText(title);
        a.show();
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

    private static Button button(String id, String icon, String text, String tip, Runnable action) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }
}
