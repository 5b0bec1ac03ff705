package org.claimbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.claimbench.exchange.JsonExporter;
import org.claimbench.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", description = "Export the whole workspace.")
final class ExportCommand implements Callable<Integer> {

    enum Format { json, csv, w3c, claimreview, html, qdpx }

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--format", required = true, description = "Export format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "The file to write (json), or the folder for claims.csv and contradictions.csv (csv).")
    Path out;

    @Option(names = "--title", paramLabel = "TITLE", description = "The report's title (html; default: the event the articles report and the workspace's name).")
    String title;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (Workspace w = workspace.open()) {
            String where;
            if (format == Format.qdpx) {
                new org.claimbench.exchange.QdpxExporter().write(w, w.name(), out);
                where = out.toString();
            } else if (format == Format.html) {
                new org.claimbench.exchange.HtmlReportExporter().write(w, title == null || title.isBlank()
                        ? org.claimbench.exchange.HtmlReportExporter.defaultTitle(w, w.name(), w.analysis()::inferredEventLabel) : title.strip(),
                        w.analysis()::inferredEventLabel, out);
                where = out.toString();
            } else if (format == Format.claimreview) {
                int n = new org.claimbench.exchange.ClaimReviewExporter().write(w, w.verdicts(), w.ratingScale(), out);
                where = out + " (" + n + " claim reviews: one per claim with a verdict)";
            } else if (format == Format.w3c) {
                new org.claimbench.exchange.W3cAnnotationExporter().write(w, w.file().getFileName().toString(), out);
                where = out.toString();
            } else if (format == Format.csv) {
                where = String.join(" and ", new org.claimbench.exchange.CsvExporter().write(w, out).stream().map(Path::toString).toList());
            } else {
                new JsonExporter().write(w, out);
                where = out.toString();
            }
            spec.commandLine().getOut().println("exported " + count(w.articles().size(), "article") + ", " + count(w.claimCount(), "claim")
                    + ", " + count(w.contradictions().size(), "contradiction") + " to " + where);
            return 0;
        }
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
