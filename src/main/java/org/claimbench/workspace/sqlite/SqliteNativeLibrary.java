package org.claimbench.workspace.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.zip.CRC32;

import org.claimbench.workspace.WorkspaceException;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * The SQLite driver's native library (sqlite-jdbc ships one a platform inside its jar), loaded from a
 * copy kept in a folder of the app's own, one subfolder a driver version ("sqlite-jdbc-3.54.1.0"),
 * instead of the copy the driver extracts to the temporary folder at every start (about 90 ms of
 * processor time of a start, and a 1.1 MB file left there by each process that is killed rather than
 * closed). The copy is checked against the jar's entry (its CRC-32, from the jar's directory) before
 * it is used, and written again when it differs (a stale or damaged copy) through a temporary file
 * moved into place, so no half-written library is ever loaded. When the folder cannot be written,
 * the driver's own way is left as it is (the temporary folder). The driver reads where to load from
 * through its system properties {@code org.sqlite.lib.path}, {@code org.sqlite.lib.name} and
 * {@code org.sqlite.tmpdir} (sqlite-jdbc's README, "How to specify which native library to use").
 */
public final class SqliteNativeLibrary {

    private static final System.Logger LOG = System.getLogger("claimbench");
    private static final String[] DRIVER_PROPERTIES = {"org.sqlite.lib.path", "org.sqlite.lib.name", "org.sqlite.tmpdir"};

    /** The kept copy the driver's properties name (null when they name none, or a library the user named). */
    private static Path pointedAt;

    private SqliteNativeLibrary() {
    }

    /**
     * Makes (or checks) the copy of this platform's library under {@code folder} and points the driver
     * at it; call before the first connection opens (later, the driver has loaded its library already
     * and this changes nothing). Never throws: when no copy can be made, it says why in the log (at debug
     * level: a read-only data folder would otherwise warn at every command) and the
     * driver extracts its library to the temporary folder as before.
     *
     * @param folder where the copy is kept (one subfolder a driver version)
     * @param earlierFolders where earlier releases kept their copies: what they hold is deleted when this
     *     release writes its copy (once, at its first start)
     * @return the copy the driver will load, or empty when the driver's own way stays
     */
    public static synchronized Optional<Path> useCacheIn(Path folder, Path... earlierFolders) {
        if (pointedAt == null && System.getProperty("org.sqlite.lib.path") != null) {
            // The user named the library to load (-Dorg.sqlite.lib.path): theirs is used, as the driver does.
            return Optional.empty();
        }
        try {
            Optional<Path> copy = cachedCopy(folder, earlierFolders);
            copy.ifPresent(library -> {
                pointedAt = library;
                System.setProperty("org.sqlite.lib.path", library.getParent().toString());
                System.setProperty("org.sqlite.lib.name", library.getFileName().toString());
                // The driver lists its temporary folder at every start (to delete what earlier runs left there):
                // this small folder rather than the system's, which may hold thousands of files.
                System.setProperty("org.sqlite.tmpdir", library.getParent().toString());
            });
            return copy;
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "the SQLite library is extracted to the temporary folder: no copy could be kept in "
                    + folder + " (" + e + ")");
            return Optional.empty();
        }
    }

    /**
     * The verified copy of this platform's library under {@code folder}/sqlite-jdbc-VERSION, made or
     * written again when missing or different from the jar's entry. Empty when the driver has no library
     * for this platform (it then looks for one installed on the system). When a copy is written, the
     * copies in {@code earlierFolders} are deleted (and each folder, once empty).
     *
     * @throws IOException when the folder or the copy cannot be written
     */
    static Optional<Path> cachedCopy(Path folder, Path... earlierFolders) throws IOException {
        String name = LibraryLoaderUtil.getNativeLibName();
        Path dir = folder.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion());
        Path library = dir.resolve(name);
        Path from = dir.resolve(name + FROM);
        String entry = rememberedEntry(from, name).orElse(null);
        URL resource = entry == null ? null : SQLiteJDBCLoader.class.getResource(entry);
        boolean detected = resource == null;
        if (detected) {
            entry = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
            resource = SQLiteJDBCLoader.class.getResource(entry);
        }
        if (resource == null) {
            return Optional.empty();
        }
        long expected = entryCrc(resource);
        if (Files.isRegularFile(library) && crc(library) == expected) {
            if (detected) {
                remember(from, entry);
            }
            return Optional.of(library);
        }
        Files.createDirectories(dir);
        removeAbandonedParts(dir, name);
        removeOtherVersions(folder, dir, name);
        for (Path earlier : earlierFolders) {
            removeEarlierFolder(earlier, folder, name);
        }
        Path partial = Files.createTempFile(dir, name, ".part");
        try {
            try (InputStream in = resource.openStream(); OutputStream out = Files.newOutputStream(partial)) {
                in.transferTo(out);
            }
            if (crc(partial) != expected) {
                throw new IOException("the copy of " + resource + " differs from it after writing");
            }
            try {
                Files.move(partial, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, library, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
        remember(from, entry);
        return Optional.of(library);
    }

    /**
     * Beside the copy, a line saying which entry of the driver's jar it was made from, with the system's name
     * and architecture: the driver finds that entry by looking at the system (it lists the process's mapped
     * files for the C library and runs {@code uname -o}), 30-40 ms of processor time at every start, the same
     * answer each time on the same system. A home shared by systems that differ in their C library only
     * (glibc, musl) could name the other's entry: its copy then fails to load, and {@link #load} falls back to
     * the driver's own way.
     */
    static final String FROM = ".from";

    /** The driver's jar entry named {@code name} a copy was made from on this system (its name and architecture), if remembered. */
    private static Optional<String> rememberedEntry(Path from, String name) {
        try {
            String[] line = Files.readString(from, java.nio.charset.StandardCharsets.UTF_8).strip().split("\t");
            if (line.length == 3 && line[0].equals(System.getProperty("os.name")) && line[1].equals(System.getProperty("os.arch"))
                    && line[2].startsWith("/org/sqlite/native/") && line[2].endsWith("/" + name)) {
                return Optional.of(line[2]);
            }
        } catch (IOException | RuntimeException e) {
            // none yet, or unreadable: the driver's own way to find the entry
        }
        return Optional.empty();
    }

    private static void remember(Path from, String entry) {
        Path partial = null;
        try {
            partial = Files.createTempFile(from.getParent(), from.getFileName().toString(), ".part");
            Files.writeString(partial, System.getProperty("os.name") + "\t" + System.getProperty("os.arch") + "\t" + entry + "\n",
                    java.nio.charset.StandardCharsets.UTF_8);
            Files.move(partial, from, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // only a shortcut: the next start finds the entry the driver's way again
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException e) {
                    // a partial line of a minute ago is removed with the partial copies (removeAbandonedParts)
                }
            }
        }
    }

    /**
     * Loads the driver's native library (once; later calls return at once).
     *
     * @throws WorkspaceException when it cannot be loaded at all, with what to do
     */
    public static synchronized void load() {
        Exception cause = null;
        boolean loaded;
        try {
            loaded = SQLiteJDBCLoader.initialize();
        } catch (Exception | LinkageError e) {
            loaded = false;
            cause = e instanceof Exception ex ? ex : new IllegalStateException(e);
        }
        if (!loaded && pointedAt != null) {
            // The kept copy is there but cannot be loaded (its folder mounted noexec, say): the driver's own
            // way, the system's temporary folder, as before there was a copy of our own.
            LOG.log(System.Logger.Level.WARNING, "the SQLite library kept at " + pointedAt + " could not be loaded ("
                    + (cause == null ? "no reason given" : cause.getMessage()) + "); extracting it to the temporary folder instead");
            pointedAt = null;
            for (String property : DRIVER_PROPERTIES) {
                System.clearProperty(property);
            }
            cause = null;
            try {
                loaded = SQLiteJDBCLoader.initialize();
            } catch (Exception | LinkageError e) {
                cause = e instanceof Exception ex ? ex : new IllegalStateException(e);
            }
        }
        if (!loaded) {
            String tmp = System.getProperty("org.sqlite.tmpdir", System.getProperty("java.io.tmpdir"));
            throw new WorkspaceException("Claimbench cannot open workspaces: the SQLite library for this system ("
                    + System.getProperty("os.name") + ", " + System.getProperty("os.arch") + ") could not be loaded"
                    + (cause == null ? "" : " (" + cause.getMessage() + ")") + ". It is written to " + tmp
                    + " before it is loaded: check that this folder exists, can be written to and allows running programs"
                    + " (is not mounted noexec), or start Claimbench with -Djava.io.tmpdir=<a folder that does>.", cause);
        }
    }

    /**
     * Deletes partial copies a process killed while writing left behind: those older than a minute (a
     * younger one may be another start's, still being written).
     */
    private static void removeAbandonedParts(Path dir, String name) throws IOException {
        long before = System.currentTimeMillis() - 60_000;
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, name + "*.part")) {
            for (Path part : parts) {
                try {
                    if (Files.getLastModifiedTime(part).toMillis() < before) {
                        Files.deleteIfExists(part);
                    }
                } catch (IOException e) {
                    // another start removed or is writing it: it is not ours to insist on
                }
            }
        }
    }

    /**
     * Deletes what an earlier release kept in {@code earlier} (its driver folders), then the folder once empty.
     * A folder that is a symbolic link, or that is (or holds) this release's {@code folder} (a cache folder set
     * to the data folder: XDG_CACHE_HOME equal to XDG_DATA_HOME, %LOCALAPPDATA% to %APPDATA%), is left alone.
     */
    private static void removeEarlierFolder(Path earlier, Path folder, String name) {
        if (!Files.isDirectory(earlier, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            if (folder.toRealPath().startsWith(earlier.toRealPath())) {
                return;
            }
            removeOtherVersions(earlier, null, name);
            Files.deleteIfExists(earlier);
        } catch (IOException e) {
            // in use, not empty or not ours to delete: it stays, and costs only its space
        }
    }

    /**
     * Deletes the copies of other driver versions (left by an earlier Claimbench: 1.1 MB each): in each
     * "sqlite-jdbc-*" folder (never one reached through a symbolic link) the library {@code name} and its
     * partial copies older than a minute only, then the folder once empty; any other file, and the folder holding it, stays. One in
     * use by a running older Claimbench stays loaded there (Linux, macOS) or cannot be deleted (Windows),
     * and that Claimbench writes its copy again at its next start.
     */
    private static void removeOtherVersions(Path folder, Path ours, String name) throws IOException {
        try (DirectoryStream<Path> versions = Files.newDirectoryStream(folder, "sqlite-jdbc-*")) {
            for (Path version : versions) {
                if (!version.equals(ours) && Files.isDirectory(version, LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        Files.deleteIfExists(version.resolve(name));
                        Files.deleteIfExists(version.resolve(name + FROM));
                        // A partial copy younger than a minute may be the other version's start, writing it now.
                        removeAbandonedParts(version, name);
                    } catch (IOException e) {
                        continue;  // in use or not ours to delete: it stays
                    }
                    try {
                        Files.deleteIfExists(version);
                    } catch (IOException e) {
                        // not empty (a file of someone else's, or one that appeared meanwhile): it stays
                    }
                }
            }
        }
    }

    private static long entryCrc(URL resource) throws IOException {
        URLConnection connection = resource.openConnection();
        if (connection instanceof JarURLConnection jar) {
            long crc = jar.getJarEntry().getCrc();
            if (crc != -1) {
                return crc;
            }
        }
        try (InputStream in = resource.openStream()) {
            return crc(in);
        }
    }

    private static long crc(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return crc(in);
        }
    }

    private static long crc(InputStream in) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) > 0; ) {
            crc.update(buffer, 0, n);
        }
        return crc.getValue();
    }
}
