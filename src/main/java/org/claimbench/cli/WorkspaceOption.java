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

    /** Opens the workspace; it must exist. */
    public Workspace open() {
        return Workspace.open(file);
    }

    /** Opens the workspace, creating it if it does not exist. */
    public Workspace openOrCreate() {
        return Workspace.openOrCreate(file);
    }
}
