package org.claimbench.ui.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a file dialog of one kind opens ({@code "*.html"} for the report, {@code "*.json"} for a JSON export,
 * {@code "*.claimbench"} for a workspace …): the folder last used for that kind with this workspace; else the workspace
 * file's own folder, where its reports and exports belong beside it; else, when that folder is the app's own (the default
 * workspace lives in the app's data folder: {@code ~/.local/share/claimbench}, {@code ~/Library/Application Support/Claimbench},
 * {@code %APPDATA%\Claimbench}, no place anyone looks for a report) or hidden, or there is no workspace, the user's
 * Documents folder or home ({@link FileChoices#startFolder(Path)}). What is remembered, and for how long, is
 * the {@link Memory}'s: the app's keeps it in the user's settings beside the workspace's window layout, so a restart
 * proposes the same folders.
 *
 * <p>Not thread-safe: used from the JavaFX thread.
 */
public final class SaveFolders {

    /** Where the folders used are kept, by workspace (its file's absolute path, "" for none) and kind. */
    public interface Memory {

        /** The folder last used for {@code kind} with {@code workspace}, if any is remembered. */
        Optional<Path> folder(String workspace, String kind);

        /** Remembers {@code folder} (absolute, existing) for {@code kind} with {@code workspace}. */
        void keep(String workspace, String kind, Path folder);

        /** A memory that lasts as long as the object: for tests and the report preview's own dialogs. */
        static Memory forNow() {
            Map<String, Path> used = new HashMap<>();
            return new Memory() {
                @Override
                public Optional<Path> folder(String workspace, String kind) {
                    return Optional.ofNullable(used.get(workspace + "\n" + kind));
                }

                @Override
                public void keep(String workspace, String kind, Path folder) {
                    used.put(workspace + "\n" + kind, folder);
                }
            };
        }
    }

    private final Path home;
    private final Memory memory;
    private final Optional<Path> appFolder;

    /** @param home the user's home folder (its Documents folder is the last resort); folders remembered for now */
    public SaveFolders(Path home) {
        this(home, Memory.forNow(), Optional.empty());
    }

    /**
     * @param memory    where the folders used are kept (the user's settings, in the app)
     * @param appFolder the app's own data folder, if known: a workspace in it or below it is no place to offer for a file
     *                  (on macOS and Windows its name is not hidden, and the dialogs opened in it: a newcomer, stop 46)
     */
    public SaveFolders(Path home, Memory memory, Optional<Path> appFolder) {
        this.home = home;
        this.memory = memory;
        this.appFolder = appFolder.map(Path::toAbsolutePath).map(Path::normalize);
    }

    /** The folder a dialog of {@code kind} opens in for {@code workspace} (its file), an existing folder. */
    public Path startFor(Optional<Path> workspace, String kind) {
        Optional<Path> last = memory.folder(key(workspace), kind).filter(Files::isDirectory);
        if (last.isPresent()) {
            return last.get();
        }
        return workspace.map(w -> w.toAbsolutePath().getParent())
                .filter(dir -> dir != null && Files.isDirectory(dir) && !hidden(dir) && !appFolder.filter(dir.normalize()::startsWith).isPresent())
                .orElseGet(() -> FileChoices.startFolder(home));
    }

    /** Remembers that the user chose a file of {@code kind} in {@code folder} for {@code workspace}. */
    public void used(Optional<Path> workspace, String kind, Path folder) {
        if (folder != null && Files.isDirectory(folder)) {
            memory.keep(key(workspace), kind, folder.toAbsolutePath());
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

    /** A workspace as the settings name it (as its window layout is kept): its file's absolute path. */
    private static String key(Optional<Path> workspace) {
        return workspace.map(w -> w.toAbsolutePath().toString()).orElse("");
    }
}
