package org.claimbench.app;

import javafx.application.Application;
import org.claimbench.cli.ClaimbenchCommand;
import org.claimbench.settings.AppDirs;
import org.claimbench.workspace.sqlite.SqliteNativeLibrary;
import picocli.CommandLine;

/**
 * The main class. A separate class from the Application: launching an Application subclass from
 * the class path fails with "JavaFX runtime components are missing". No arguments: the GUI; a
 * subcommand: the headless CLI.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || (args.length == 1 && args[0].endsWith(".claimbench"))) {
            // No arguments, or a workspace file (as a desktop launcher passes it): the app.
            Application.launch(ClaimbenchApp.class, args);
            return;
        }
        // The SQLite driver's native library from the app's own copy, not extracted to the temporary folder each run.
        AppDirs dirs = AppDirs.detect();
        SqliteNativeLibrary.useCacheIn(dirs.nativeLibraries(), dirs.earlierNativeLibraries());
        CommandLine cli = ClaimbenchCommand.commandLine();
        cli.addSubcommand("screenshot", new ScreenshotCommand());
        cli.addSubcommand("bench", new BenchCommand());
        System.exit(cli.execute(args));
    }
}
