package org.claimbench.cli;

import java.io.PrintWriter;

import org.claimbench.workspace.WorkspaceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** `claimbench` with a subcommand: the headless side of the app, on the same services as the GUI. */
@Command(name = "claimbench", mixinStandardHelpOptions = true, version = "Claimbench 0.1.0",
        description = "Compare what different sides say about the same event. Without a command, opens the app.",
        subcommands = {ImportCommand.class, ListCommand.class, ClaimCommand.class, ContradictionCommand.class, ExportCommand.class,
            EvalCommand.class, SuggestCommand.class, VerdictCommand.class, ReviseCommand.class,
            TrainCommand.class})
public final class ClaimbenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * A command line whose errors read as sentences, not stack traces, and whose output never
     * carries control characters taken from an article (see {@link TerminalText}).
     */
    public static CommandLine commandLine() {
        return commandLine(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The command line writing to these writers, through {@link TerminalText}. */
    public static CommandLine commandLine(java.io.Writer out, java.io.Writer errors) {
        CommandLine cl = new CommandLine(new ClaimbenchCommand());
        cl.setOut(new PrintWriter(new TerminalText(out), true));
        cl.setErr(new PrintWriter(new TerminalText(errors), true));
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof WorkspaceException || ex instanceof IllegalArgumentException
                    || ex instanceof org.claimbench.exchange.ExchangeException) {
                err.println("claimbench: " + ex.getMessage());
                return 2;
            }
            if (ex instanceof java.io.IOException io) {
                err.println("claimbench: " + IoMessages.describe(io));
                return 2;
            }
            err.println("claimbench: unexpected error: " + ex);
            ex.printStackTrace(err);
            return 3;
        });
        return cl;
    }
}
