package org.claimbench.ui.workbench;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.StringProperty;
import org.claimbench.domain.Article;
import org.claimbench.importing.FileOutcome;
import org.claimbench.importing.ImportBatch;
import org.claimbench.importing.ImportException;
import org.claimbench.service.FileImports;
import org.claimbench.ui.common.TaskRunner;
import org.claimbench.ui.common.UserMessages;
import org.claimbench.ui.common.WorkspaceModel;
import org.claimbench.workspace.Workspace;

/**
 * Adding articles from the window: files (chosen, or dropped) and pages by their URL in a background
 * task with progress, and pasted text; then one line in the status bar, a notification, and a dialog naming any file
 * that failed, while the others are imported.
 */
final class ArticleImports {

    private final WorkspaceModel model;
    private final TaskRunner tasks;
    private final UserMessages messages;
    private final StringProperty status;
    private final Consumer<Article> showImported;
    private final Consumer<Article> showPasted;

    /** showImported: a file imported (shown if a pane is free); showPasted: a pasted article, which the user wants to see at once. */
    ArticleImports(WorkspaceModel model, TaskRunner tasks, UserMessages messages, StringProperty status, Consumer<Article> showImported,
                   Consumer<Article> showPasted) {
        this.model = model;
        this.tasks = tasks;
        this.messages = messages;
        this.status = status;
        this.showImported = showImported;
        this.showPasted = showPasted;
    }

    void importFiles(List<Path> files) {
        Workspace w = model.workspace().orElse(null);
        if (w == null || files.isEmpty()) {
            return;
        }
        tasks.run("Importing " + files.size() + (files.size() == 1 ? " file" : " files"),
                p -> new FileImports(w).importFiles(files, (done, total, file) -> p.update(done, total, "Importing " + file), p::isCancelled),
                o -> report(o, showImported, "imported"), e -> messages.error("Import failed", String.valueOf(e.getMessage())));
    }

    void importUrl(String url) {
        Workspace w = model.workspace().orElse(null);
        if (w == null || url.isBlank()) {
            return;
        }
        // One page asked for by its address: the user wants to see it, as a pasted article.
        tasks.run("Fetching " + url, p -> new FileImports(w).importUrls(List.of(url), (done, total, item) -> { }, p::isCancelled),
                o -> report(o, showPasted, "imported"), e -> messages.error("Import failed", String.valueOf(e.getMessage())));
    }

    /**
     * Adds a pasted article with the outlet and date given (blank outlet and no date leave them empty) and shows it in a
     * pane; the same text already in the workspace is shown instead. A text that cannot be read adds nothing and changes
     * no pane (the message says why).
     */
    void addPasted(org.claimbench.ui.articles.PasteArticleDialog.Result pasted) {
        Workspace w = model.workspace().orElse(null);
        if (w == null) {
            return;
        }
        try {
            FileImports imports = new FileImports(w);
            org.claimbench.importing.ImportedArticle a = imports.importer().pastedArticle(pasted.text(), pasted.title());
            org.claimbench.domain.ArticleMetadata m = a.draft().metadata();
            m = pasted.outlet().isEmpty() ? m : m.withOutlet(pasted.outlet());
            m = pasted.published() == null ? m : m.withPublished(pasted.published());
            a = new org.claimbench.importing.ImportedArticle(a.draft().withMetadata(m), a.origin(), a.encoding());
            List<FileOutcome> outcomes = ImportBatch.store(List.of(a), imports.sink());
            report(outcomes, showPasted, "pasted");
            FileOutcome o = outcomes.get(0);
            o.article().flatMap(model::article).ifPresent(added -> {
                if (o.status() == FileOutcome.Status.DUPLICATE) {
                    showPasted.accept(added);
                }
                String title = org.claimbench.domain.QuoteMarks.quoted(added.title(), 60);
                status.set(o.status() == FileOutcome.Status.DUPLICATE ? "The pasted text is already in the workspace as " + title + ": shown, not added again."
                        : "Pasted article " + title + " added and shown.");
            });
        } catch (ImportException e) {
            messages.error("Cannot add the pasted text", e.getMessage());
        }
    }

    /** @param done how the articles came in, for the status line and the notice: "imported" or "pasted" */
    private void report(List<FileOutcome> outcomes, Consumer<Article> show, String done) {
        long imported = outcomes.stream().filter(o -> o.status() == FileOutcome.Status.IMPORTED).count();
        long duplicates = outcomes.stream().filter(o -> o.status() == FileOutcome.Status.DUPLICATE).count();
        List<FileOutcome> failed = outcomes.stream().filter(FileOutcome::failed).toList();
        String summary = imported + (imported == 1 ? " article" : " articles") + " " + done
                + (duplicates > 0 ? ", " + duplicates + " already in the workspace" : "")
                + (failed.isEmpty() ? "" : ", " + failed.size() + " failed");
        status.set(summary);
        // The notice's lines say what each file became in words; the summary above them has the counts.
        List<String> lines = outcomes.stream().filter(o -> !o.failed())
                .map(o -> o.status() == FileOutcome.Status.DUPLICATE ? o.message() + " (already in the workspace)" : o.message()).toList();
        if (!failed.isEmpty()) {
            messages.error("Some files were not imported", String.join("\n", failed.stream().map(FileOutcome::message).toList()));
        } else if (!"pasted".equals(done)) {
            // A pasted article needs no notice: it opens in a pane and the status line says so (the notice, over the claims
            // table for six seconds, hid the rows newcomer35 went on to work in).
            messages.notify("Import finished", summary + (lines.size() <= 5 ? "\n" + String.join("\n", lines) : ""));
        }
        // Files: each imported article offered in turn, so every empty pane takes one (analyst54 imported three into a new
        // workspace and the second pane stayed empty); a pasted article: the one.
        outcomes.stream().filter(o -> o.status() == FileOutcome.Status.IMPORTED).limit("pasted".equals(done) ? 1 : Long.MAX_VALUE)
                .map(FileOutcome::article).flatMap(java.util.Optional::stream).map(model::article).flatMap(java.util.Optional::stream)
                .forEach(show);
    }
}
