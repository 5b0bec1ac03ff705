package org.claimbench.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.claimbench.domain.Contradiction;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "contradiction", description = "Work with contradictions.", subcommands = ContradictionCommand.Add.class)
final class ContradictionCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", description = "Link two claims as a contradiction.")
    static final class Add implements Callable<Integer> {

        @Mixin
        WorkspaceOption workspace;

        @Option(names = "--claims", required = true, split = ",", arity = "1", paramLabel = "A,B", description = "The two claim ids, e.g. 3,7.")
        List<Long> claims;

        @Option(names = "--kind", required = true, description = "numeric, temporal, polarity, scope, framing or other.")
        String kind;

        @Option(names = "--note", defaultValue = "", description = "Why they contradict each other.")
        String note;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (claims.size() != 2) {
                throw new IllegalArgumentException("--claims takes exactly two claim ids, e.g. --claims 3,7");
            }
            try (Workspace w = workspace.open()) {
                Contradiction x = w.addContradiction(claims.get(0), claims.get(1), ContradictionKind.parse(kind), note);
                spec.commandLine().getOut().println("contradiction " + x.id() + " between claims " + x.claimA() + " and " + x.claimB()
                        + " (" + x.kind().code() + ")");
                return 0;
            }
        }
    }
}
