package org.claimbench.cli;

import java.util.concurrent.Callable;

import org.claimbench.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "verdict", description = "Give a claim a verdict from the workspace's rating scale (an empty rating removes it).")
final class VerdictCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--claim", required = true, description = "Claim id (see `list claims`).")
    long claim;

    @Option(names = "--rating", required = true, description = "A rating of the scale, e.g. \"Mostly false\".")
    String rating;

    @Option(names = "--explanation", defaultValue = "", description = "Why, in a sentence.")
    String explanation;

    @Option(names = "--reviewer", defaultValue = "", description = "Who reviewed the claim.")
    String reviewer;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace w = workspace.open()) {
            w.setVerdict(claim, rating, explanation, reviewer);
            spec.commandLine().getOut().println(rating.isBlank() ? "claim " + claim + ": verdict removed"
                    : "claim " + claim + ": " + w.verdict(claim).orElseThrow().rating());
            return 0;
        }
    }
}
