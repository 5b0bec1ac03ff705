package org.claimbench.ui.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a file dialog of one kind opens ({@code "*.html"} for the report, {@code "*.json"} for a JSON export,
 * {@code "*.claimbench"} for a workspace …): the folder last used for that kind with this workspace; else the workspace
 * file's own folder, where its reports and exports belong beside it; else, when that folder is hidden (the default
 * workspace lives in {@code ~/.local/share/claimbench}, no place anyone looks for a report) or there is no workspace,
 * the user's Documents folder or home ({@link FileChoices#startFolder(Path)}). Remembered for the session.
 *
 * <p>Not thread-safe: used from the JavaFX thread.
 */
public final class SaveFolders {

    private final Path home;
    private final Map<String, Path> used = new HashMap<>();

    /** @param home the user's home folder (its Documents folder is the last resort) */
    public SaveFolders(Path home) {
        this.home = home;
    }

    /** The folder a dialog of {@code kind} opens in for {@code workspace} (its file), an existing folder. */
    public Path startFor(Optional<Path> workspace, String kind) {
        Path last = used.get(key(workspace, kind));
        if (last != null && Files.isDirectory(last)) {
            return last;
        }
        return workspace.map(w -> w.toAbsolutePath().getParent())
                .filter(dir -> dir != null && Files.isDirectory(dir) && !hidden(dir))
                .orElseGet(() -> FileChoices.startFolder(home));
    }

    /** Remembers that the user chose a file of {@code kind} in {@code folder} for {@code workspace}. */
    public void used(Optional<Path> workspace, String kind, Path folder) {
        if (folder != null && Files.isDirectory(folder)) {
            used.put(key(workspace, kind), folder.toAbsolutePath());
        }
    }

    /** Whether a folder on the path is hidden by the Unix convention (its name begins with a dot). */
    static boolean hidden(Path dir) {
        for (Path part : dir.toAbsolutePath()) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String key(Optional<Path> workspace, String kind) {
        return workspace.map(w -> w.toAbsolutePath().normalize().toString()).orElse("") + "\n" + kind;
    }
}
