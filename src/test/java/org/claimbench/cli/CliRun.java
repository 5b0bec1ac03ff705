package org.claimbench.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** One run of the command line as a user types it, with its exit code and what it printed on each stream. */
record CliRun(int exit, String out, String err) {

    static CliRun of(String... args) {
        CommandLine cl = ClaimbenchCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return new CliRun(cl.execute(args), out.toString(), err.toString());
    }
}
