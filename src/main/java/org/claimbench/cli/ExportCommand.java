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

    enum Format { json }

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--format", required = true, description = "Export format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (Workspace w = workspace.open()) {
            new JsonExporter().write(w, out);
            spec.commandLine().getOut().println("exported " + w.articles().size() + " articles, " + w.claimCount() + " claims, "
                    + w.contradictions().size() + " contradictions to " + out);
            return 0;
        }
    }
}
