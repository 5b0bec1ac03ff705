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
        List<FileOutcome> outcomes = new ArrayList<>();
        List<ImportedArticle> pending = new ArrayList<>();
        int done = 0;
        for (Path file : files) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
            try {
                pending.add(importer.importFile(file));
            } catch (ImportException e) {
                outcomes.add(new FileOutcome(name, FileOutcome.Status.FAILED, e.getMessage(), null));
            }
            if (pending.size() >= CHUNK) {
                outcomes.addAll(store(pending, sink));
                pending.clear();
            }
            progress.update(++done, files.size(), name);
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
