package org.claimbench.cli;

import java.util.concurrent.Callable;

import org.claimbench.domain.Claim;
import org.claimbench.domain.QuoteLocator;
import org.claimbench.domain.Source;
import org.claimbench.domain.TextSpan;
import org.claimbench.workspace.Workspace;
import org.claimbench.workspace.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "claim", description = "Work with claims.", subcommands = ClaimCommand.Add.class)
final class ClaimCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", description = "Mark an exact quote of an article as a claim of a source.")
    static final class Add implements Callable<Integer> {

        @Mixin
        WorkspaceOption workspace;

        @Option(names = "--article", required = true, description = "Article id (see `list articles`).")
        long article;

        @Option(names = "--quote", required = true, description = "The exact text of the claim, as it stands in the article.")
        String quote;

        @Option(names = "--source", required = true, description = "Source name, e.g. \"Kremlin readout\".")
        String source;

        @Option(names = "--speaker", defaultValue = "", description = "Who said it, e.g. \"Yuri Ushakov\".")
        String speaker;

        @Option(names = "--note", defaultValue = "", description = "A note on the claim.")
        String note;

        @Option(names = "--occurrence", defaultValue = "1", description = "Which occurrence of the quote, if it appears more than once (default 1).")
        int occurrence;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Workspace w = workspace.open()) {
                Source s = w.sourceNamed(source).orElseThrow(() -> new WorkspaceException("There is no source called '" + source
                        + "'. Sources: " + String.join(", ", w.sources().stream().map(Source::name).toList()) + "."));
                String text = w.text(w.article(article).orElseThrow(() -> new WorkspaceException(
                        "Article " + article + " is not in this workspace. List them with 'claimbench list articles'.")).id());
                TextSpan span = QuoteLocator.find(text, quote, occurrence).orElseThrow(() -> new WorkspaceException(
                        QuoteLocator.count(text, quote) == 0
                                ? "The quote is not in article " + article + ". Copy it exactly as it stands in the text."
                                : "The quote appears " + QuoteLocator.count(text, quote) + " times in article " + article
                                  + "; --occurrence " + occurrence + " is out of range."));
                Claim c = w.markClaim(article, span, s.id(), speaker, note);
                spec.commandLine().getOut().println("claim " + c.id() + " [" + c.start() + "," + c.end() + ") " + s.name());
                return 0;
            }
        }
    }
}
