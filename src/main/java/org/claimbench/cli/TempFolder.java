package org.claimbench.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary folder for a command's scratch work (eval's workspace, the bench's generated files,
 * the screenshot's settings), deleted with everything in it when the command ends.
 */
public final class TempFolder implements AutoCloseable {

    private final Path path;

    private TempFolder(Path path) {
        this.path = path;
    }

    public static TempFolder create(String prefix) throws IOException {
        return new TempFolder(Files.createTempDirectory(prefix));
    }

    public Path path() {
        return path;
    }

    /** Deletes the folder; what cannot be deleted (a file still open elsewhere) is left for the system's cleaning. */
    @Override
    public void close() {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // Left behind: the temporary folder is the system's to clean.
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // The same.
        }
    }
}
