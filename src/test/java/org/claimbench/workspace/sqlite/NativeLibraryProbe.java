package org.claimbench.workspace.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;

import org.claimbench.workspace.Workspace;
import org.claimbench.workspace.WorkspaceException;

/**
 * Run in a JVM of its own by {@link SqliteNativeLibraryTest} (a JVM loads the driver's library once):
 * keeps the library in the folder given first (made unloadable there when the third argument is
 * "unloadable"), creates the workspace given second, and prints
 * "loaded PATH" for each SQLite library the process has mapped (/proc/self/maps), or "refused MESSAGE"
 * when the workspace could not be created.
 */
public final class NativeLibraryProbe {

    private NativeLibraryProbe() {
    }

    public static void main(String[] args) throws Exception {
        var copy = SqliteNativeLibrary.useCacheIn(Path.of(args[0]));
        if (args.length > 2 && args[2].equals("unloadable")) {
            // A kept copy that cannot be loaded, in a folder where nothing can be (as on a noexec mount).
            Files.writeString(copy.orElseThrow(), "not a library");
            System.setProperty("org.sqlite.tmpdir", Path.of(args[0]).resolve("no-such-folder").toString());
        }
        try (Workspace w = Workspace.create(Path.of(args[1]))) {
            System.out.println("claims " + w.claimCount());
        } catch (WorkspaceException e) {
            System.out.println("refused " + e.getMessage());
            return;
        }
        Files.readAllLines(Path.of("/proc/self/maps")).stream()
                .filter(line -> line.contains("sqlitejdbc"))
                .map(line -> line.substring(line.indexOf('/')))
                .distinct()
                .forEach(path -> System.out.println("loaded " + path));
    }
}
