package org.claimbench.ui.workbench;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.claimbench.exchange.HtmlReportExporter;
import org.claimbench.exchange.JsonExporter;
import org.claimbench.workspace.Workspace;
import org.claimbench.workspace.WorkspaceException;
import org.claimbench.workspace.WorkspaceSettings;

/**
 * File › Export and Preview Report: asks where (and, for the report, under which title), writes
 * in the background, and says in the status bar what was written where, and only that.
 */
final class ExportActions {

    private final WorkbenchViewModel vm;
    private final WorkbenchView view;
    /** The report preview window last opened; a new preview replaces it. */
    private ReportPreview preview;
    /** The title the user typed for a report of each workspace file (not the default taken), offered again next time. */

    ExportActions(WorkbenchViewModel vm, WorkbenchView view) {
        this.vm = vm;
        this.view = view;
    }

    @FunctionalInterface
    interface Exporter {
        void write(Workspace w, String name, Path path) throws java.io.IOException;
    }

    void exportJson() {
        exportFile("workspace as JSON", "JSON", "", "json", (w, name, path) -> new JsonExporter().write(w, path));
    }

    /**
     * Asks where to write a file for another tool and writes it in the background. {@code suffix} follows the workspace's
     * name in the file name offered ("-claimreview" gives "default-claimreview.jsonld"), so two exports of one
     * extension are not offered the same file.
     */
    void exportFile(String what, String description, String suffix, String extension, Exporter exporter) {
        vm.model().workspace().ifPresent(w -> {
            String name = w.name();
            vm.fileChoices().saveFile(owner(), "Export " + what, name + suffix + "." + extension, description, "*." + extension).ifPresent(f ->
                    vm.tasks().run("Exporting " + what, p -> {
                        exporter.write(w, name, f);
                        return f;
                    }, done -> wrote("Exported the " + what + " to " + done + ".", null), e -> info("Export failed", e.getMessage())));
        });
    }

    /** ClaimReview holds verdicts: with none given yet, says how to give one instead of writing an empty file. */
    void exportClaimReview() {
        vm.model().workspace().ifPresent(w -> {
            if (w.verdicts().isEmpty()) {
                info("No verdicts to export", "ClaimReview holds fact-checkers' verdicts, and no claim has one yet. Choose a claim in the "
                        + "claims table and press V to give it a verdict, then export again.");
                return;
            }
            exportFile("ClaimReview", "ClaimReview", "-claimreview", "jsonld",
                    (ws, name, path) -> new org.claimbench.exchange.ClaimReviewExporter().write(ws, ws.verdicts(), ws.ratingScale(), path));
        });
    }

    /**
     * Asks for the folder of claims.csv and contradictions.csv in the app's own dialog, as every other export (the system's
     * folder chooser had the Save dialog's faults on a small screen), told there before either file is replaced.
     */
    void exportCsv() {
        vm.model().workspace().ifPresent(w -> vm.fileChoices().folderFor(owner(), "Export claims and contradictions as CSV",
                List.of(org.claimbench.exchange.CsvExporter.CLAIMS_FILE, org.claimbench.exchange.CsvExporter.CONTRADICTIONS_FILE)).ifPresent(dir ->
                vm.tasks().run("Exporting CSV", p -> new org.claimbench.exchange.CsvExporter().write(w, dir),
                        files -> wrote("Exported " + files.size() + " CSV files to " + dir + ".", null), e -> info("Export failed", e.getMessage()))));
    }

    /** The report inside Claimbench before saving it: written to a temporary file in the background, shown in a preview window. */
    void previewReport() {
        vm.model().workspace().ifPresent(w -> askTitle(w).ifPresent(title -> vm.tasks().run("Preparing the report", p -> {
            Path tmp = java.nio.file.Files.createTempFile("claimbench-report", ".html");
            tmp.toFile().deleteOnExit();
            new HtmlReportExporter().write(w, title, w.analysis()::inferredEventLabel, tmp);
            return tmp;
        }, tmp -> {
            if (preview != null) {
                preview.stage().close();
            }
            preview = new ReportPreview(owner(), tmp, w.name(), vm.documentOpener(), vm.tasks());
            preview.titled(title);
            preview.saveWith(vm.fileChoices());
            String open = "The report preview is open; Save As there keeps it.";
            // Closed, the window no longer says it is open.
            preview.stage().setOnHidden(x -> {
                if (open.equals(vm.statusProperty().get())) {
                    vm.statusProperty().set("Closed the report preview.");
                }
            });
            preview.show();
            vm.statusProperty().set(open);
        }, e -> info("Report failed", e.getMessage()))));
    }

    /** The report is written, then opened in the browser if there is one; the status bar says which. */
    void exportReport() {
        vm.model().workspace().ifPresent(w -> askTitle(w).ifPresent(title ->
                vm.fileChoices().saveFileSaying(owner(), REPORT_SAVE_TITLE, reportSaveHeader(title), fileName(title) + ".html", "HTML", "*.html").ifPresent(f ->
                        vm.tasks().run("Writing the report", p -> {
                            new HtmlReportExporter().write(w, title, w.analysis()::inferredEventLabel, f);
                            return vm.documentOpener().test(f);
                        }, opened -> wrote(reportWritten(f, opened), opened ? null : f), e -> info("Report failed", e.getMessage())))));
    }

    /** The report's save dialog's title, in the File menu's words (its other file dialogs are titled by what they do). */
    static final String REPORT_SAVE_TITLE = "Save the report";

    /**
     * What the report's save dialog says it saves: the title the user gave it just before (the title dialog) and what the
     * file is. The dialog had no header (stop 61): the only line in it, "Save the report as (HTML): the path …", named neither
     * the report nor what it holds, where every other dialog of the app says in its header what it asks.
     */
    static String reportSaveHeader(String title) {
        return "The report \u201c" + title + "\u201d: the claims by source, the contradictions with their verdicts, and the articles"
                + " with every claim marked, in one HTML page that any browser opens.";
    }

    /**
     * What the status bar says of a report written: the file's path, and whether a browser opened it. Short, so that it reads
     * whole in a window of 1280 px (the title it repeated pushed "No browser opened it" off the bar); where the path is
     * too long even so, the bar cuts the middle and keeps both ends (claimbench.css, {@code .status-label}).
     */
    static String reportWritten(Path f, boolean opened) {
        return opened ? "Wrote the report to " + f + "; it opens in your browser." : "No browser opened the report: it is at " + f;
    }

    /**
     * The report's title, asked with the default filled in (the event the articles report and the workspace's name), made
     * anew each time so that it follows the work; a title the user typed instead is theirs and is offered again, also after a
     * restart: it is kept in the workspace file ({@link WorkspaceSettings#REPORT_TITLE}), written when the user confirms it.
     */
    private Optional<String> askTitle(Workspace w) {
        String byDefault = HtmlReportExporter.defaultTitle(w, w.name(), w.analysis()::inferredEventLabel);
        String offered = w.settings().get(WorkspaceSettings.REPORT_TITLE).orElse(byDefault);
        TextInputDialog d = new TextInputDialog(offered);
        d.initOwner(owner());
        d.setTitle("Report title");
        d.setHeaderText("The title the report opens with");
        d.setContentText("Title:");
        d.getEditor().setId("reportTitle");
        d.getEditor().setPrefColumnCount(48);
        // The dialog's label wraps and gives way to the wide field beside it ("Ti / tl / e:"): it keeps its one line.
        d.getDialogPane().lookupAll(".label").stream().filter(n -> n instanceof javafx.scene.control.Label l && "Title:".equals(l.getText()))
                .forEach(n -> ((javafx.scene.control.Label) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        // No stock question mark: the dialog asks for a title, it does not warn.
        d.setGraphic(null);
        Optional<String> title = d.showAndWait().map(String::strip).map(t -> t.isEmpty() ? offered : t);
        title.ifPresent(t -> {
            // Only a title of the user's own is remembered: the default taken as it stood is made again next time.
            try {
                if (t.equals(byDefault)) {
                    w.settings().remove(WorkspaceSettings.REPORT_TITLE);
                } else {
                    w.settings().put(WorkspaceSettings.REPORT_TITLE, t);
                }
            } catch (WorkspaceException e) {
                // The report is still written with the title given; only the title is not kept for next time.
                vm.statusProperty().set("The report's title could not be kept in the workspace: " + e.getMessage());
            }
        });
        return title;
    }

    /**
     * The report's title as a file name offered (without extension): letters, digits and hyphens only, so that it opens from
     * a terminal as it is (student59: a name with an en dash, an em dash, commas and spaces was awkward to open). Accents
     * go (é → e, by Unicode's compatibility decomposition, NFKD); every run of other characters (spaces, dashes, commas,
     * colons, slashes …) becomes one hyphen; at most 80 characters, cut where a phrase of the title ends if one ends past
     * the 30th, else between words. "Harbour talks, 2026-03-02 — what each side said" gives
     * "Harbour-talks-2026-03-02-what-each-side-said"; a title with no letter or digit gives "report".
     */
    static String fileName(String title) {
        String name = title.replaceAll("\\s+", " ").strip();
        if (name.length() > 80) {
            // Cut where the last phrase within 80 characters ends (before " — ", ", ", " and ", " (": "… and 2 other events"),
            // not after a phrase's first words ("… and 1 article of no", a newcomer's report, stop 46); else at the last space,
            // not inside a word ("what each side s").
            int cut = -1;
            for (String end : java.util.List.of(" — ", " - ", ", ", " and ", " (")) {
                cut = Math.max(cut, name.lastIndexOf(end, 80));
            }
            if (cut <= 30) {
                cut = name.lastIndexOf(' ', 80);
            }
            name = name.substring(0, cut > 30 ? cut : wholeCharacters(name, 80));
        }
        String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (plain.length() > 80) {
            // The decomposition made it longer (a ligature, a fraction): cut again, between words.
            int cut = plain.lastIndexOf('-', 80);
            plain = plain.substring(0, cut > 30 ? cut : wholeCharacters(plain, 80));
        }
        return plain.isEmpty() ? "report" : plain;
    }

    /** The length to cut at, one less where the cut would split a character beyond the BMP (two UTF-16 units). */
    private static int wholeCharacters(String s, int length) {
        return Character.isHighSurrogate(s.charAt(length - 1)) ? length - 1 : length;
    }

    /** Says what was written; a file no program opened is offered for its path to be copied. */
    private void wrote(String message, Path unopened) {
        vm.statusProperty().set(message);
        vm.writtenFileProperty().set(unopened);
    }

    private Window owner() {
        return view.getScene().getWindow();
    }

    private void info(String title, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text);
        a.initOwner(owner());
        a.setTitle(title);
        a.setHeaderText(title);
        a.show();
    }
}
