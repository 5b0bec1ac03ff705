package org.claimbench.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes an export beside its target and moves it into place when complete: an export that fails
 * half-way never leaves half a file, nor replaces a good one. The file gets the user's usual
 * permissions (a temporary file's would be owner-only).
 */
final class AtomicWrite {

    /** The files SQLite keeps beside a database: overwriting one corrupts the workspace. */
    private static final String[] SIDECARS = {"-wal", "-shm", "-journal"};

    @FunctionalInterface
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private AtomicWrite() {
    }

    /**
     * An export never replaces a workspace (the one open or any other: a file whose header says it
     * is one, or a journal beside one), nor a folder. Checked before anything is written.
     */
    static void refuseUnsafeTarget(Path target) throws ExchangeException {
        String name = target.getFileName() == null ? target.toString() : target.getFileName().toString();
        if (Files.isDirectory(target)) {
            throw new ExchangeException("'" + target + "' is a folder. Name a file inside it to export to.");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw new ExchangeException("'" + target + "' is not a regular file (a device, a pipe or a socket): an export must not replace it. "
                    + "Choose a file name.");
        }
        if (isWorkspace(target)) {
            throw new ExchangeException("'" + name + "' is a Claimbench workspace: an export must not replace it. Choose another file name; "
                    + "the workspace was not changed.");
        }
        for (String sidecar : SIDECARS) {
            if (name.endsWith(sidecar)) {
                Path database = target.resolveSibling(name.substring(0, name.length() - sidecar.length()));
                if (isWorkspace(database)) {
                    throw new ExchangeException("'" + name + "' belongs to the workspace '" + database.getFileName()
                            + "' (SQLite keeps its journal there): an export must not replace it. Choose another file name.");
                }
            }
        }
    }

    /** A symbolic link is written through: the file it names gets the export, the link stays a link. */
    private static Path throughLink(Path target) throws IOException {
        Path at = target;
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(at); hops++) {
            Path link = Files.readSymbolicLink(at);
            at = at.toAbsolutePath().getParent().resolve(link).normalize();
        }
        return at;
    }

    private static boolean isWorkspace(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        byte[] header = new byte[org.claimbench.domain.WorkspaceFormat.HEADER_LENGTH];
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return org.claimbench.domain.WorkspaceFormat.isWorkspace(header, in.readNBytes(header, 0, header.length));
        } catch (IOException e) {
            return false;
        }
    }

    static void to(Path given, Body body) throws IOException {
        Path target = throughLink(given);
        refuseUnsafeTarget(target);
        Path parent = target.toAbsolutePath().getParent();
        if (Files.exists(parent) && !Files.isDirectory(parent)) {
            throw new ExchangeException("'" + parent + "' is a file, not a folder: an export cannot go inside it. Choose a folder.");
        }
        Files.createDirectories(parent);
        Path tmp = parent.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            OutputStream file;
            try {
                file = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (java.nio.file.FileSystemException e) {
                throw new ExchangeException("Cannot write into the folder '" + parent + "' (" + (e.getReason() == null ? e.getClass().getSimpleName()
                        : e.getReason()) + "). Choose a folder you can write to.");
            }
            try (OutputStream out = file) {
                body.write(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
