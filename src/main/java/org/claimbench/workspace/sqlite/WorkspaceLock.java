package org.claimbench.workspace.sqlite;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.claimbench.workspace.WorkspaceException;

/**
 * Keeps a second Claimbench (another process, or another window of this one) from opening a
 * workspace that is already open. The lock lives in a sidecar file, not on the database itself:
 * SQLite uses POSIX locks on the database file, and closing any other channel on that file would
 * silently drop them. The operating system releases the lock when the process dies.
 */
final class WorkspaceLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;
    /** A second lock named by the file's identity (device and inode), for a file reached by two hard links. */
    private WorkspaceLock byIdentity;

    private WorkspaceLock(FileChannel channel, FileLock lock, WorkspaceLock byIdentity) {
        this.channel = channel;
        this.lock = lock;
        this.byIdentity = byIdentity;
    }

    /** Locks a workspace file, given by its canonical path (see Database.canonical). */
    static WorkspaceLock acquire(Path workspaceFile) {
        WorkspaceLock byPath = acquire(workspaceFile, workspaceFile.resolveSibling("." + workspaceFile.getFileName() + ".lock"), null);
        Path identity = identityLock(workspaceFile);
        if (identity == null) {
            return byPath;
        }
        try {
            WorkspaceLock second = acquire(workspaceFile, identity, null);
            return new WorkspaceLock(byPath.channel, byPath.lock, second);
        } catch (RuntimeException e) {
            byPath.close();
            throw e;
        }
    }

    /** Adds the lock by the file's identity once the file exists (a workspace being created had none to take). */
    void lockIdentity(Path file) {
        if (byIdentity != null) {
            return;
        }
        Path identity = identityLock(file);
        if (identity != null) {
            byIdentity = acquire(file, identity, null);
        }
    }

    /** A lock file in the user's cache folder named by the file's device and inode, or null where the system gives none. */
    private static Path identityLock(Path file) {
        try {
            if (!java.nio.file.Files.exists(file)) {
                return null;
            }
            Object key = java.nio.file.Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            if (key == null) {
                return null;
            }
            // One place for every process of the user, whatever temporary folder each was given.
            String cache = System.getenv("XDG_CACHE_HOME");
            Path base = cache != null && !cache.isBlank() ? Path.of(cache) : Path.of(System.getProperty("user.home"), ".cache");
            Path dir = base.resolve("claimbench").resolve("locks");
            java.nio.file.Files.createDirectories(dir);
            return dir.resolve(key.toString().replaceAll("[^A-Za-z0-9=,]", "_") + ".lock");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static WorkspaceLock acquire(Path workspaceFile, Path lockFile, WorkspaceLock unused) {
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new WorkspaceException("Cannot open '" + workspaceFile.getFileName()
                    + "': its folder is not writable. Copy the workspace to a folder you can write to and open the copy.", e);
        }
        FileLock lock = null;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException | IOException e) {
            lock = null;
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new WorkspaceException("'" + workspaceFile.getFileName()
                    + "' is already open in another Claimbench window. Close it there first, or use File > Save As there to make a copy.");
        }
        return new WorkspaceLock(channel, lock, null);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel close below releases it too
        }
        // The lock file stays: deleting it would let a process that opened it just before the
        // delete and a process that creates a new one both believe they hold the lock.
        closeQuietly(channel);
        if (byIdentity != null) {
            byIdentity.close();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
