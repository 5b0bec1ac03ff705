package org.claimbench.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.claimbench.importing.ArticleImporter;
import org.claimbench.importing.ArticleSink;
import org.claimbench.importing.FileOutcome;
import org.claimbench.importing.ImportBatch;
import org.claimbench.importing.ImportedArticle;
import org.claimbench.importing.SampleArticles;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Option;
import org.claimbench.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", description = "Import article files (.txt, .md, .html) or a workspace exported as .json. One line per file; exit 1 if any failed.")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Article files to import.")
    List<Path> files = List.of();

    @Option(names = "--samples", description = "Also import the five sample articles that ship with Claimbench, with their titles and dates.")
    boolean samples;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (files.isEmpty() && !samples) {
            throw new IllegalArgumentException("Name the files to import, or use --samples for the sample articles.");
        }
        try (Workspace w = workspace.openOrCreate()) {
            List<FileOutcome> outcomes = new java.util.ArrayList<>();
            if (samples) {
                outcomes.addAll(ImportBatch.store(SampleArticles.load().stream()
                        .map(d -> new ImportedArticle(d, "sample “" + d.metadata().title() + "”", StandardCharsets.UTF_8)).toList(), sinkOf(w)));
            }
            List<Path> articles = new java.util.ArrayList<>();
            for (Path f : files) {
                String n = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                if (n.endsWith(".json")) {
                    outcomes.add(importWorkspaceJson(w, f));
                } else if (n.endsWith(".jsonld")) {
                    outcomes.add(new FileOutcome(f.getFileName().toString(), FileOutcome.Status.FAILED, "'" + f.getFileName()
                            + "' is a JSON-LD file; importing W3C Web Annotations is not available yet. Import a Claimbench .json export instead.", null));
                } else {
                    articles.add(f);
                }
            }
            outcomes.addAll(new ImportBatch(new ArticleImporter()).run(articles, sinkOf(w), (done, total, file) -> { }, () -> false));
            outcomes.forEach(o -> spec.commandLine().getOut().println(o.line()));
            return outcomes.stream().anyMatch(FileOutcome::failed) ? 1 : 0;
        }
    }

    /** A whole workspace exported as JSON: reproduced in an empty workspace, merged into one with content. */
    static FileOutcome importWorkspaceJson(Workspace w, Path file) {
        String name = file.getFileName().toString();
        try {
            var report = w.importBundle(new org.claimbench.exchange.JsonImporter().read(file));
            return new FileOutcome(name, FileOutcome.Status.IMPORTED, name + ": " + report.summary(), null);
        } catch (org.claimbench.exchange.ExchangeException | org.claimbench.workspace.WorkspaceException e) {
            return new FileOutcome(name, FileOutcome.Status.FAILED, e.getMessage(), null);
        }
    }

    static ArticleSink sinkOf(Workspace w) {
        return drafts -> w.addArticles(drafts).stream()
                .map(a -> new ArticleSink.Stored(a.article().id(), a.article().title(), a.duplicate())).toList();
    }
}
