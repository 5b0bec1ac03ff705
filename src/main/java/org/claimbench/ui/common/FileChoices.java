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

    /**
     * The system's dialogs, each opening where {@link SaveFolders} says for its kind (its file pattern; "folder" for a
     * folder, "import" for files to read) and the workspace {@code workspace} gives (its file, if one is open), with the
     * file name offered; each gives the keyboard back to its window ({@link #returningFocus}).
     */
    static FileChoices system(java.util.function.Supplier<Optional<Path>> workspace) {
        SaveFolders folders = new SaveFolders(Path.of(System.getProperty("user.home")));
        return returningFocus(new FileChoices() {
            private File start(String kind) {
                return folders.startFor(workspace.get(), kind).toFile();
            }

            private void used(String kind, File where) {
                if (where != null) {
                    folders.used(workspace.get(), kind, where.toPath());
                }
            }

            @Override
            public Optional<Path> saveFile(Window owner, String title, String initialName, String description, String pattern) {
                FileChooser c = new FileChooser();
                c.setTitle(title);
                c.setInitialFileName(initialName);
                c.setInitialDirectory(start(pattern));
                c.getExtensionFilters().add(new FileChooser.ExtensionFilter(description + " (" + pattern + ")", pattern));
                File f = c.showSaveDialog(owner);
                used(pattern, f == null ? null : f.getParentFile());
                return Optional.ofNullable(f).map(File::toPath);
            }

            @Override
            public Optional<java.util.List<Path>> openFiles(Window owner, String title, java.util.List<FileChooser.ExtensionFilter> filters) {
                FileChooser c = new FileChooser();
                c.setTitle(title);
                c.setInitialDirectory(start("import"));
                c.getExtensionFilters().addAll(filters);
                java.util.List<File> fs = c.showOpenMultipleDialog(owner);
                used("import", fs == null || fs.isEmpty() ? null : fs.get(0).getParentFile());
                return Optional.ofNullable(fs).map(x -> x.stream().map(File::toPath).toList());
            }

            @Override
            public Optional<Path> folder(Window owner, String title) {
                DirectoryChooser c = new DirectoryChooser();
                c.setTitle(title);
                c.setInitialDirectory(start("folder"));
                File f = c.showDialog(owner);
                used("folder", f);
                return Optional.ofNullable(f).map(File::toPath);
            }
        });
    }

    /** {@code choices}, each dialog followed by {@link #thenFocus}: the keyboard back to the window that asked. */
    static FileChoices returningFocus(FileChoices choices) {
        return new FileChoices() {
            @Override
            public Optional<Path> saveFile(Window owner, String title, String initialName, String description, String pattern) {
                return thenFocus(owner, () -> choices.saveFile(owner, title, initialName, description, pattern));
            }

            @Override
            public Optional<Path> folder(Window owner, String title) {
                return thenFocus(owner, () -> choices.folder(owner, title));
            }

            @Override
            public Optional<java.util.List<Path>> openFiles(Window owner, String title, java.util.List<FileChooser.ExtensionFilter> filters) {
                return thenFocus(owner, () -> choices.openFiles(owner, title, filters));
            }
        };
    }

    /**
     * Shows a system dialog ({@code dialog} shows it and waits) and then gives the keyboard back to {@code owner}. A
     * system dialog that closes can leave the keyboard and pointer focus nowhere (seen under X with no window manager:
     * after the report's save dialog was cancelled, a click on an item of the Article menu or a pane's ⋮ menu went to the
     * window under it, so Edit details… and Edit text… did nothing until the user clicked in the window); a window asked
     * for the focus takes it again, and its scene's focus owner with it.
     */
    static <T> T thenFocus(Window owner, java.util.function.Supplier<T> dialog) {
        try {
            return dialog.get();
        } finally {
            if (owner != null && owner.isShowing()) {
                owner.requestFocus();
            }
        }
    }
}
