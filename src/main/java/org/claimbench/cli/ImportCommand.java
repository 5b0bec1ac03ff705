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

@Command(name = "import", description = "Import article files (.txt, .md, .html, .pdf, .docx), articles by their URL (http:// or https://), "
        + "a workspace exported as .json, or W3C annotations (.jsonld). One line per file; exit 1 if any failed.")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace;

    @Parameters(arity = "0..*", paramLabel = "FILE|URL", description = "Article files, or web addresses of articles, to import.")
    List<String> files = List.of();

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
            org.claimbench.service.FileImports imports = new org.claimbench.service.FileImports(w);
            List<FileOutcome> outcomes = new java.util.ArrayList<>();
            if (samples) {
                outcomes.addAll(ImportBatch.store(SampleArticles.load().stream()
                        .map(d -> new ImportedArticle(d, "sample “" + d.metadata().title() + "”", StandardCharsets.UTF_8)).toList(), imports.sink()));
            }
            List<Path> paths = files.stream().filter(f -> !org.claimbench.service.FileImports.isUrl(f)).map(Path::of).toList();
            List<String> urls = files.stream().filter(org.claimbench.service.FileImports::isUrl).toList();
            outcomes.addAll(imports.importFiles(paths, (done, total, file) -> { }, () -> false));
            outcomes.addAll(imports.importUrls(urls, (done, total, file) -> { }, () -> false));
            // One line per file, whatever the file's name holds.
            outcomes.forEach(o -> spec.commandLine().getOut().println(o.line().replace("\n", "\u240A").replace("\r", "\u240D")));
            return outcomes.stream().anyMatch(FileOutcome::failed) ? 1 : 0;
        }
    }

}
