package org.claimbench.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.claimbench.exchange.ExchangeException;
import org.claimbench.exchange.JsonImporter;
import org.claimbench.exchange.W3cAnnotationImporter;
import org.claimbench.importing.ArticleImporter;
import org.claimbench.importing.ArticleSink;
import org.claimbench.importing.FileOutcome;
import org.claimbench.importing.ImportBatch;
import org.claimbench.workspace.Workspace;
import org.claimbench.workspace.WorkspaceException;

/**
 * Everything a user can import into a workspace, one line of outcome per file, shared by the
 * window and the command line: articles (.txt, .md, .html, .pdf, .docx, or a page's URL), a whole workspace exported as
 * .json, W3C Web Annotations (.jsonld) of articles already there. One bad file never stops the rest.
 */
public final class FileImports {

    private final Workspace workspace;
    /** Made on first use: its Markdown parser is not needed on the way to the first window. */
    private ArticleImporter importer;

    public FileImports(Workspace workspace) {
        this.workspace = workspace;
    }

    public List<FileOutcome> importFiles(List<Path> files, ImportBatch.Progress progress, BooleanSupplier cancelled) {
        List<FileOutcome> out = new ArrayList<>();
        List<Path> articles = new ArrayList<>();
        List<Path> annotations = new ArrayList<>();
        for (Path f : files) {
            String n = f.getFileName() == null ? "" : f.getFileName().toString().toLowerCase(Locale.ROOT);
            if (n.endsWith(".json")) {
                out.add(guarded(f, () -> workspaceJson(f)));
            } else if (n.endsWith(".jsonld")) {
                annotations.add(f);
            } else {
                articles.add(f);
            }
        }
        out.addAll(new ImportBatch(importer()).run(articles, sink(), progress, cancelled));
        // Annotations last: a batch may name them before the articles they annotate.
        annotations.forEach(f -> out.add(guarded(f, () -> annotations(f))));
        return out;
    }

    /** Articles fetched by their URLs, one line of outcome each. */
    public List<FileOutcome> importUrls(List<String> urls, ImportBatch.Progress progress, BooleanSupplier cancelled) {
        return new ImportBatch(importer()).runUrls(urls, sink(), progress, cancelled);
    }

    /** Whether a name given to import is a web address rather than a file. */
    public static boolean isUrl(String name) {
        return name.matches("(?i)^https?://.+");
    }

    public ArticleImporter importer() {
        if (importer == null) {
            importer = new ArticleImporter();
        }
        return importer;
    }

    /** Where imported articles go: the workspace, which recognises a text it holds already. */
    public ArticleSink sink() {
        return drafts -> workspace.addArticles(drafts).stream()
                .map(a -> new ArticleSink.Stored(a.article().id(), a.article().title(), a.duplicate())).toList();
    }

    /** One bad file never stops the rest: whatever a reader throws becomes this file's failure. */
    private static FileOutcome guarded(Path file, java.util.function.Supplier<FileOutcome> read) {
        try {
            return read.get();
        } catch (RuntimeException | OutOfMemoryError e) {
            String name = file.getFileName().toString();
            return new FileOutcome(name, FileOutcome.Status.FAILED, "'" + name + "' could not be imported (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ").", null);
        }
    }

    private FileOutcome workspaceJson(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            return new FileOutcome(name, FileOutcome.Status.IMPORTED,
                    name + ": " + workspace.importBundle(new JsonImporter().read(file)).summary(), null);
        } catch (ExchangeException | WorkspaceException e) {
            return new FileOutcome(name, FileOutcome.Status.FAILED, named(name, e.getMessage()), null);
        } catch (RuntimeException e) {
            return unexpected(name, e);
        }
    }

    /** A message that names the file it is about, so a line of a batch says which one failed. */
    private static String named(String name, String message) {
        return message != null && message.contains(name) ? message : name + ": " + message;
    }

    private FileOutcome annotations(Path file) {
        String name = file.getFileName().toString();
        try {
            var draft = new W3cAnnotationImporter().read(file);
            return new FileOutcome(name, FileOutcome.Status.IMPORTED, name + ": " + workspace.importAnnotations(draft).summary(), null);
        } catch (ExchangeException | WorkspaceException e) {
            return new FileOutcome(name, FileOutcome.Status.FAILED, named(name, e.getMessage()), null);
        } catch (RuntimeException e) {
            return unexpected(name, e);
        }
    }

    /** A fault of ours, not of the file: one line that says so, and the rest of the batch goes on. */
    private static FileOutcome unexpected(String name, RuntimeException e) {
        return new FileOutcome(name, FileOutcome.Status.FAILED, name + ": could not be imported (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "). Nothing of it was imported; please report this.", null);
    }
}
