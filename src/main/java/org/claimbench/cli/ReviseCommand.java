package org.claimbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.claimbench.importing.ArticleImporter;
import org.claimbench.importing.ImportException;
import org.claimbench.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "revise", description = "Give an article a new text (a new version of the file); claims follow it, the old text is kept.")
final class ReviseCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--article", required = true, description = "Article id (see `list articles`).")
    long article;

    @Option(names = "--file", required = true, paramLabel = "FILE", description = "The new version (.txt, .md, .html).")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String lower = String.valueOf(file.getFileName()).toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".json") || lower.endsWith(".jsonld") || lower.endsWith(".claimbench")) {
            throw new IllegalArgumentException("'" + file.getFileName() + "' is a workspace or annotation file, not a new version of an article: "
                    + "give the article's new text (.txt, .md, .html, .pdf, .docx). To bring a workspace in, use 'claimbench import'.");
        }
        String text;
        try {
            text = new ArticleImporter().importFile(file).draft().text();
        } catch (ImportException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        try (Workspace w = workspace.open()) {
            spec.commandLine().getOut().println("article " + article + ": " + w.reviseArticle(article, text, org.claimbench.domain.TextOrigin.FILE).summary());
            return 0;
        }
    }
}
