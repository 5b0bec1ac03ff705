package org.claimbench.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads an article file's bytes, safely: only a regular file is opened (a device such as /dev/zero,
 * a named pipe or a socket is refused before it is opened, so nothing blocks or fills memory), and
 * never more than {@link #MAX_BYTES}, whatever size the file claimed (a file may grow while it is
 * read, and /proc files say 0).
 */
final class ArticleFiles {

    /** Larger files are refused: no news article is this long, and a pane would need seconds to lay it out. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private ArticleFiles() {
    }

    static byte[] read(Path file, String name) throws ImportException {
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException("'" + name + "' is a folder. Choose the article files inside it.");
            }
            if (!Files.exists(file)) {
                throw new NoSuchFileException(file.toString());
            }
            if (!Files.isRegularFile(file)) {
                throw new ImportException("'" + file + "' is not a regular file (it is a device, a pipe or a socket). "
                        + "Claimbench imports article files; save the article to a file and import that.");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooBig(name, size);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                throw tooBig(name, bytes.length);
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new ImportException("'" + file + "' does not exist. Check the path and try again.", e);
        } catch (AccessDeniedException e) {
            throw new ImportException("'" + name + "' cannot be read: permission denied. Check the file's permissions.", e);
        } catch (OutOfMemoryError e) {
            throw new ImportException("'" + name + "' is too big to read in the memory Claimbench has ("
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB). Split it into smaller files, or give Java more memory (-Xmx).");
        } catch (IOException e) {
            throw new ImportException("'" + name + "' cannot be read: " + e.getMessage(), e);
        }
    }

    private static ImportException tooBig(String name, long size) {
        return new ImportException(String.format(Locale.ROOT,
                "'%s' is %.1f MB; Claimbench imports articles up to 20 MB. Split it into smaller files.", name, size / 1048576.0));
    }
}
