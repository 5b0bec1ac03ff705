package org.claimbench.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Imports many files: each is read and parsed on its own, so one bad file never stops the rest;
 * the good ones are stored in chunks, so progress shows and the workspace is never locked for long.
 */
public final class ImportBatch {

    /** Told after each file: files done so far, of how many. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total, String currentFile);
    }

    private static final int CHUNK = 100;

    private final ArticleImporter importer;

    public ImportBatch(ArticleImporter importer) {
        this.importer = importer;
    }

    public List<FileOutcome> run(List<Path> files, ArticleSink sink, Progress progress, BooleanSupplier cancelled) {
        return run(files, f -> f.getFileName() == null ? f.toString() : f.getFileName().toString(), importer::importFile, sink, progress, cancelled);
    }

    /** Imports pages by their URLs ({@link ArticleImporter#importUrl}), each on its own as files are. */
    public List<FileOutcome> runUrls(List<String> urls, ArticleSink sink, Progress progress, BooleanSupplier cancelled) {
        return run(urls, u -> u, importer::importUrl, sink, progress, cancelled);
    }

    /** How one item of a batch is read. */
    @FunctionalInterface
    private interface Reader<T> {
        ImportedArticle read(T item) throws ImportException;
    }

    private <T> List<FileOutcome> run(List<T> items, java.util.function.Function<T, String> names, Reader<T> reader, ArticleSink sink,
                                      Progress progress, BooleanSupplier cancelled) {
        List<FileOutcome> outcomes = new ArrayList<>();
        List<ImportedArticle> pending = new ArrayList<>();
        int done = 0;
        for (T item : items) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            String name = names.apply(item);
            try {
                pending.add(reader.read(item));
            } catch (ImportException e) {
                outcomes.add(new FileOutcome(name, FileOutcome.Status.FAILED, e.getMessage(), null));
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                // The importer turns every problem it knows into an ImportException; anything else still stops only this file.
                outcomes.add(new FileOutcome(name, FileOutcome.Status.FAILED, "'" + name + "' could not be imported ("
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ").", null));
            }
            if (pending.size() >= CHUNK) {
                outcomes.addAll(store(pending, sink));
                pending.clear();
            }
            progress.update(++done, items.size(), name);
        }
        outcomes.addAll(store(pending, sink));
        return outcomes;
    }

    /** Stores already parsed articles (e.g. pasted text) and describes each result. */
    public static List<FileOutcome> store(List<ImportedArticle> articles, ArticleSink sink) {
        if (articles.isEmpty()) {
            return List.of();
        }
        List<ArticleSink.Stored> stored = sink.add(articles.stream().map(ImportedArticle::draft).toList());
        List<FileOutcome> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            ImportedArticle a = articles.get(i);
            ArticleSink.Stored s = stored.get(i);
            if (s.duplicate()) {
                out.add(new FileOutcome(a.origin(), FileOutcome.Status.DUPLICATE, a.origin() + ": same text as “" + s.title()
                        + "” (article " + s.articleId() + "), not stored again", s.articleId()));
            } else {
                String note = a.encodingNote().map(n -> " (" + n + ")").orElse("");
                out.add(new FileOutcome(a.origin(), FileOutcome.Status.IMPORTED, a.origin() + ": “" + s.title()
                        + "” (article " + s.articleId() + ")" + note, s.articleId()));
            }
        }
        return out;
    }
}
