package org.claimbench.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Where the user wants a file written: the system's save dialog in the app. Tests that drive the
 * whole window from the keyboard give their own answer (a headless toolkit has no system dialog).
 */
public interface FileChoices {

    /** A file to write; description and pattern name the kind ("HTML", "*.html"); empty if the user cancelled. */
    Optional<Path> saveFile(Window owner, String title, String initialName, String description, String pattern);

    /** A folder to write into; empty if the user cancelled. */
    Optional<Path> folder(Window owner, String title);

    /** Files to read (import); each filter is a description and its patterns; empty if the user cancelled. */
    Optional<java.util.List<Path>> openFiles(Window owner, String title, java.util.List<FileChooser.ExtensionFilter> filters);

    /**
     * Where the system's dialogs open first: the user's Documents folder if there is one, else
     * their home folder (not the folder the app was started from, which is often no place to
     * keep a report).
     */
    static Path startFolder(Path home) {
        Path documents = home.resolve("Documents");
        return java.nio.file.Files.isDirectory(documents) ? documents : home;
    }

    /** {@link #startFolder(Path)} of the user running the app. */
    static File startFolder() {
        return startFolder(Path.of(System.getProperty("user.home"))).toFile();
    }

    /** The system's dialogs: the first opens in {@link #startFolder}, later ones where the last file was chosen. */
    static FileChoices system() {
        return new FileChoices() {
            private File last = startFolder();

            private <T> T from(T chosen, File where) {
                if (where != null && where.isDirectory()) {
                    last = where;
                }
                return chosen;
            }

            @Override
            public Optional<Path> saveFile(Window owner, String title, String initialName, String description, String pattern) {
                FileChooser c = new FileChooser();
                c.setTitle(title);
                c.setInitialFileName(initialName);
                c.setInitialDirectory(last.isDirectory() ? last : null);
                c.getExtensionFilters().add(new FileChooser.ExtensionFilter(description + " (" + pattern + ")", pattern));
                File f = c.showSaveDialog(owner);
                return Optional.ofNullable(from(f, f == null ? null : f.getParentFile())).map(File::toPath);
            }

            @Override
            public Optional<java.util.List<Path>> openFiles(Window owner, String title, java.util.List<FileChooser.ExtensionFilter> filters) {
                FileChooser c = new FileChooser();
                c.setTitle(title);
                c.setInitialDirectory(last.isDirectory() ? last : null);
                c.getExtensionFilters().addAll(filters);
                java.util.List<File> fs = c.showOpenMultipleDialog(owner);
                return Optional.ofNullable(from(fs, fs == null || fs.isEmpty() ? null : fs.get(0).getParentFile()))
                        .map(x -> x.stream().map(File::toPath).toList());
            }

            @Override
            public Optional<Path> folder(Window owner, String title) {
                DirectoryChooser c = new DirectoryChooser();
                c.setTitle(title);
                c.setInitialDirectory(last.isDirectory() ? last : null);
                File f = c.showDialog(owner);
                return Optional.ofNullable(from(f, f)).map(File::toPath);
            }
        };
    }
}
