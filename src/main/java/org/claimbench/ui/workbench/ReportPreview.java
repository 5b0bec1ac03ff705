package org.claimbench.ui.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

import javafx.concurrent.Worker;
import javafx.print.PrinterJob;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.claimbench.ui.common.TaskRunner;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The HTML report inside Claimbench before it is saved: the very file that Save As writes, shown
 * in a WebView (links to the passages work), with Save As (Ctrl+S), Print (Ctrl+P), Open in
 * Browser, and Close (Escape). The report is written to a temporary file in the background first;
 * this window only shows it.
 */
final class ReportPreview {

    private final Stage stage = new Stage();
    private final WebView web = new WebView();
    private final Path report;
    private final String suggestedName;
    private final Label status = new Label();
    private final Button copyPath = new Button("Copy path");
    private final java.util.function.Predicate<Path> openInBrowser;
    private final TaskRunner tasks;
    private String reportTitle;
    /** Save As asks here: the workbench's dialogs (the report's folder of the workspace), set by {@link #saveWith}. */
    private org.claimbench.ui.common.FileChoices choices = org.claimbench.ui.common.FileChoices.returningFocus(org.claimbench.ui.common.FileChoices.remembering(
            org.claimbench.ui.common.FileChoices.system(), new org.claimbench.ui.common.SaveFolders(Path.of(System.getProperty("user.home"))),
            java.util.Optional::empty));

    ReportPreview(Window owner, Path report, String workspaceName, java.util.function.Predicate<Path> openInBrowser, TaskRunner tasks) {
        this.report = report;
        this.tasks = tasks;
        this.suggestedName = workspaceName + "-report.html";
        this.openInBrowser = openInBrowser;
        web.setId("reportView");
        web.setContextMenuEnabled(false);
        Button save = button("reportSave", "mdi2c-content-save-outline", "Save As…", "Save this report as an HTML file (Ctrl+S)", this::chooseAndSave);
        Button print = button("reportPrint", "mdi2p-printer-outline", "Print…", "Print the report (Ctrl+P)", this::print);
        Button browser = button("reportBrowser", "mdi2o-open-in-new", "Open in Browser", "Show the report in your web browser", this::openInBrowser);
        Button close = button("reportClose", null, "Close", "Close the preview (Escape)", stage::close);
        status.setId("reportStatus");
        status.getStyleClass().add("muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(save, print, browser, spacer, close);
        BorderPane root = new BorderPane(web);
        root.setTop(bar);
        // What the last action did, on a line of its own under the report: in the toolbar it went into the » overflow of a
        // narrow preview, and "No browser opened it" was never seen (newcomer44). The path of a report no browser opened
        // can be copied from there.
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        copyPath.setId("reportCopyPath");
        copyPath.setMinWidth(Region.USE_PREF_SIZE);
        copyPath.setVisible(false);
        copyPath.managedProperty().bind(copyPath.visibleProperty());
        copyPath.setOnAction(e -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(report.toString());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            status.setText("Copied " + report + " to the clipboard.");
        });
        HBox statusLine = new HBox(8, status, copyPath);
        statusLine.setId("reportStatusLine");
        statusLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        statusLine.setPadding(new javafx.geometry.Insets(4, 8, 4, 8));
        root.setBottom(statusLine);
        Scene scene = new Scene(root, width(owner), height(owner));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::chooseAndSave);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), this::print);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setTitle("Report preview — " + workspaceName);
        status.setText("Loading the report…");
        web.getEngine().getLoadWorker().stateProperty().addListener((o, was, now) -> {
            if (now == Worker.State.SUCCEEDED) {
                status.setText("This is the report as it will be saved: one HTML file that opens in any browser.");
            } else if (now == Worker.State.FAILED) {
                status.setText("The preview could not show the report; Open in Browser shows it there.");
            }
        });
        web.getEngine().load(report.toUri().toString());
    }

    /**
     * Over the workbench, as large as it: a clean view of the report. At 80 % of the window and centred on it, the
     * workbench's toolbar (Import, the tagging hint) showed around the preview's own and read as part of it (a newcomer,
     * stop 46).
     */
    void show() {
        Window owner = stage.getOwner();
        if (owner != null && !stage.isShowing()) {
            stage.setX(owner.getX());
            stage.setY(owner.getY());
            stage.setWidth(owner.getWidth());
            stage.setHeight(owner.getHeight());
        }
        stage.show();
        stage.toFront();
    }

    Stage stage() {
        return stage;
    }

    WebView webView() {
        return web;
    }

    /** Copies the previewed report to a file of the user's choice; returns where it went. */
    Path saveTo(Path target) throws IOException {
        copyTo(target);
        status.setText("Saved to " + target + ".");
        return target;
    }

    /** The copy itself, whole or not at all (file work only: it runs on the background thread). */
    private void copyTo(Path target) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        Files.copy(report, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Hands the report to the browser in the background and says whether one opened it. */
    private void openInBrowser() {
        tasks.run("Opening the report in the browser", p -> openInBrowser.test(report), opened -> {
            status.setText(opened ? "Opened in your browser." : "No browser opened it. The report is at " + report + " (Save As keeps a copy).");
            copyPath.setVisible(!opened);
        }, e -> { });
    }

    /** Save As asks {@code fileChoices} where (the workbench's own, so it opens where reports of the workspace go). */
    void saveWith(org.claimbench.ui.common.FileChoices fileChoices) {
        choices = fileChoices;
    }

    /** The report's title, which its Save As dialog names (null: a dialog without it). */
    void titled(String title) {
        reportTitle = title;
    }

    private void chooseAndSave() {
        Path f = (reportTitle == null ? choices.saveFile(stage, ExportActions.REPORT_SAVE_TITLE, suggestedName, "HTML", "*.html")
                : choices.saveFileSaying(stage, ExportActions.REPORT_SAVE_TITLE, ExportActions.reportSaveHeader(reportTitle), suggestedName, "HTML", "*.html"))
                .orElse(null);
        if (f == null) {
            return;
        }
        tasks.run("Saving the report", p -> {
            copyTo(f);
            return f;
        }, saved -> status.setText("Saved to " + saved + "."), e -> message("Could not save the report", "Claimbench could not write "
                + f + " (" + e.getMessage() + "). Choose a folder you can write to and try again."));
    }

    private void print() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            message("No printer", "This computer has no printer set up. Open the report in your browser and print or save it as PDF from there.");
            return;
        }
        if (job.showPrintDialog(stage)) {
            web.getEngine().print(job);
            job.endJob();
            status.setText("Sent the report to the printer.");
        } else {
            job.cancelJob();
        }
    }

    private void message(String title, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text);
        a.initOwner(stage);
        a.setTitle(title);
        a.setHeaderText(title);
        a.show();
    }

    private static Button button(String id, String icon, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        if (icon != null) {
            b.setGraphic(new FontIcon(icon));
        }
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static double width(Window owner) {
        return owner == null ? 1000 : Math.max(760, Math.min(1100, owner.getWidth() * 0.8));
    }

    private static double height(Window owner) {
        return owner == null ? 760 : Math.max(560, owner.getHeight() * 0.85);
    }
}
