package org.claimbench.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/** Input and output failures as sentences that say what happened and what to do. */
final class IoMessages {

    private IoMessages() {
    }

    static String describe(IOException e) {
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
        String file = e instanceof FileSystemException f && f.getFile() != null ? "'" + f.getFile() + "'" : "the file";
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk full") || lower.contains("disk quota")) {
            return "the disk is full: " + file + " could not be written. Free some space and try again; nothing else was changed.";
        }
        if (lower.contains("is a directory")) {
            return file + " is a folder. Name a file to write (the CSV export is the one that takes a folder).";
        }
        if (e instanceof AccessDeniedException) {
            return file + " cannot be written: permission denied. Choose a folder you can write to.";
        }
        if (e instanceof NoSuchFileException) {
            return file + " does not exist. Check the path.";
        }
        return (e instanceof FileSystemException ? file + ": " : "") + reason;
    }
}
