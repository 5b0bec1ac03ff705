package org.claimbench.cli;

import java.nio.file.Path;

import org.claimbench.workspace.Workspace;
import picocli.CommandLine.Option;

/** The --workspace option every command takes. */
public final class WorkspaceOption {

    @Option(names = {"-w", "--workspace"}, required = true, paramLabel = "W", description = "The workspace file (*.claimbench).")
    Path file;

    public Path file() {
        return file;
    }

    /** Opens the workspace; it must exist. Claims that do not fit their text are repaired, and said so. */
    public Workspace open() {
        return checked(Workspace.open(file));
    }

    /** Opens the workspace, creating it if it does not exist. */
    public Workspace openOrCreate() {
        return checked(Workspace.openOrCreate(file));
    }

    private static Workspace checked(Workspace w) {
        try {
            w.checkClaims().ifPresent(r -> System.err.println("claimbench: " + TerminalText.safe(r.summary())));
            return w;
        } catch (RuntimeException e) {
            w.close();
            throw e;
        }
    }
}
