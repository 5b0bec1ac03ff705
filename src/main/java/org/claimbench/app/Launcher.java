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
            try {
                Application.launch(ClaimbenchApp.class, args);
            } catch (RuntimeException | Error e) {
                String advice = windowAdvice(e);
                if (advice == null) {
                    throw e;
                }
                // A newcomer on a machine without GTK 3 saw only a Java stack trace and a black screen (factcheck51).
                System.err.println("claimbench: " + advice);
                System.exit(1);
            }
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

    /**
     * What to do when the window cannot open because the desktop lacks what JavaFX needs, read from the failure's messages
     * (its causes included): JavaFX on Linux draws through GTK 3 ("Unable to load glass GTK library") on an X display
     * ("Unable to open DISPLAY"). Null for any other failure, which is reported as it is.
     */
    static String windowAdvice(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Unable to load glass GTK library")) {
                return "the window cannot open: JavaFX needs the GTK 3 library, which this machine lacks. Install it (Debian or "
                        + "Ubuntu: sudo apt-get install libgtk-3-0; Fedora: sudo dnf install gtk3) and start Claimbench again. "
                        + "The command line (./claimbench --help) works without it.";
            }
            if (m.contains("Unable to open DISPLAY")) {
                return "the window cannot open: no display was found (DISPLAY is not set or not reachable). Start Claimbench "
                        + "on a desktop, or under Xvfb (Xvfb :99 & DISPLAY=:99 ./claimbench). The command line "
                        + "(./claimbench --help) works without a display.";
            }
        }
        return null;
    }
}
