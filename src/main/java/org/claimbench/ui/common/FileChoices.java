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

    /** {@link #saveFile}, the dialog opening in {@code start} (an existing folder); answers given otherwise may ignore it. */
    default Optional<Path> saveFile(Window owner, String title, String initialName, String description, String pattern, Path start) {
        return saveFile(owner, title, initialName, description, pattern);
    }

    /**
     * {@link #saveFile}, the dialog's header saying what is saved ({@code header}: "The report “…”, one HTML page …"), as
     * the app's other dialogs say what they ask; answers given otherwise may ignore it.
     */
    default Optional<Path> saveFileSaying(Window owner, String title, String header, String initialName, String description, String pattern) {
        return saveFile(owner, title, initialName, description, pattern);
    }

    /** {@link #saveFileSaying}, the dialog opening in {@code start}. */
    default Optional<Path> saveFileSaying(Window owner, String title, String header, String initialName, String description, String pattern, Path start) {
        return saveFile(owner, title, initialName, description, pattern, start);
    }

    /** {@link #folder}, the dialog opening in {@code start}. */
    default Optional<Path> folder(Window owner, String title, Path start) {
        return folder(owner, title);
    }

    /**
     * A folder to write the files {@code names} into ("claims.csv", "contradictions.csv"), the user told before any of them
     * is replaced; empty if the user cancelled. The system's folder dialog unless an implementation asks otherwise.
     */
    default Optional<Path> folderFor(Window owner, String title, java.util.List<String> names) {
        return folder(owner, title);
    }

    /** {@link #folderFor(Window, String, java.util.List)}, the dialog opening in {@code start}. */
    default Optional<Path> folderFor(Window owner, String title, java.util.List<String> names, Path start) {
        return folder(owner, title, start);
    }

    /** {@link #openFiles}, the dialog opening in {@code start}. */
    default Optional<java.util.List<Path>> openFiles(Window owner, String title, java.util.List<FileChooser.ExtensionFilter> filters, Path start) {
        return openFiles(owner, title, filters);
    }

    /**
     * {@code choices}, each dialog opening where {@code folders} says for its kind (its file pattern; "folder" for a
     * folder, "import" for files to read) and the workspace {@code workspace} gives (its file, if one is open), and the
     * folder the user ended in remembered there for the next dialog of that kind.
     */
    static FileChoices remembering(FileChoices choices, SaveFolders folders, java.util.function.Supplier<Optional<Path>> workspace) {
        return new FileChoices() {
            private Path start(String kind) {
                return folders.startFor(workspace.get(), kind);
            }

            private void used(String kind, Optional<Path> where) {
                where.map(Path::toAbsolutePath).map(Path::getParent).ifPresent(dir -> folders.used(workspace.get(), kind, dir));
            }

            @Override
            public Optional<Path> saveFile(Window owner, String title, String initialName, String description, String pattern) {
                Optional<Path> f = choices.saveFile(owner, title, initialName, description, pattern, start(pattern));
                used(pattern, f);
                return f;
            }

            @Override
            public Optional<Path> saveFileSaying(Window owner, String title, String header, String initialName, String description, String pattern) {
                Optional<Path> f = choices.saveFileSaying(owner, title, header, initialName, description, pattern, start(pattern));
                used(pattern, f);
                return f;
            }

            @Override
            public Optional<java.util.List<Path>> openFiles(Window owner, String title, java.util.List<FileChooser.ExtensionFilter> filters) {
                Optional<java.util.List<Path>> fs = choices.openFiles(owner, title, filters, start("import"));
                used("import", fs.flatMap(x -> x.stream().findFirst()));
                return fs;
            }

            @Override
            public Optional<Path> folder(Window owner, String title) {
                Optional<Path> f = choices.folder(owner, title, start("folder"));
                f.filter(java.nio.file.Files::isDirectory).ifPresent(dir -> folders.used(workspace.get(), "folder", dir));
                return f;
            }

            @Override
            public Optional<Path> folderFor(Window owner, String title, java.util.List<String> names) {
                Optional<Path> f = choices.folderFor(owner, title, names, start("folder"));
                f.filter(java.nio.file.Files::isDirectory).ifPresent(dir -> folders.used(workspace.get(), "folder", dir));
                return f;
            }
        };
    }

    /**
     * The system's dialogs, each opening in the folder it is given (else in {@link #startFolder()}), with the file name
     * offered; wrap them in {@link #remembering} and {@link #returningFocus}.
     */
    static FileChoices system() {
        return new FileChoices() {
            @Override
            public Optional<Path> saveFile(Window owner, String title, String initialName, String description, String pattern) {
                return saveFile(owner, title, initialName, description, pattern, startFolder().toPath());
            }

            @Override
            public Optional<Path> saveFile(Window owner, String title, String initialName, String description, String pattern, Path start) {
                FileChooser c = new FileChooser();
                c.setTitle(title);
                c.setInitialFileName(initialName);
                c.setInitialDirectory(start.toFile());
                c.getExtensionFilters().add(new FileChooser.ExtensionFilter(description + " (" + pattern + ")", pattern));
                return Optional.ofNullable(c.showSaveDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<java.util.List<Path>> openFiles(Window owner, String title, java.util.List<FileChooser.ExtensionFilter> filters) {
                return openFiles(owner, title, filters, startFolder().toPath());
            }

            @Override
            public Optional<java.util.List<Path>> openFiles(Window owner, String title, java.util.List<FileChooser.ExtensionFilter> filters, Path start) {
                FileChooser c = new FileChooser();
                c.setTitle(title);
                c.setInitialDirectory(start.toFile());
                c.getExtensionFilters().addAll(filters);
                return Optional.ofNullable(c.showOpenMultipleDialog(owner)).map(x -> x.stream().map(File::toPath).toList());
            }

            @Override
            public Optional<Path> folder(Window owner, String title) {
                return folder(owner, title, startFolder().toPath());
            }

            @Override
            public Optional<Path> folder(Window owner, String title, Path start) {
                DirectoryChooser c = new DirectoryChooser();
                c.setTitle(title);
                c.setInitialDirectory(start.toFile());
                return Optional.ofNullable(c.showDialog(owner)).map(File::toPath);
            }
        };
    }

    /** {@code choices}, each dialog followed by {@link #thenFocus}: the keyboard back to the window that asked. */
    static FileChoices returningFocus(FileChoices choices) {
        return new FileChoices() {
            @Override
            public Optional<Path> saveFile(Window owner, String title, String initialName, String description, String pattern) {
                return thenFocus(owner, () -> choices.saveFile(owner, title, initialName, description, pattern));
            }

            @Override
            public Optional<Path> saveFileSaying(Window owner, String title, String header, String initialName, String description, String pattern) {
                return thenFocus(owner, () -> choices.saveFileSaying(owner, title, header, initialName, description, pattern));
            }

            @Override
            public Optional<Path> folder(Window owner, String title) {
                return thenFocus(owner, () -> choices.folder(owner, title));
            }

            @Override
            public Optional<Path> folderFor(Window owner, String title, java.util.List<String> names) {
                return thenFocus(owner, () -> choices.folderFor(owner, title, names));
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
