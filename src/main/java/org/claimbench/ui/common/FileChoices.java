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

    /** The system's dialogs. */
    static FileChoices system() {
        return new FileChoices() {
            @Override
            public Optional<Path> saveFile(Window owner, String title, String initialName, String description, String pattern) {
                FileChooser c = new FileChooser();
                c.setTitle(title);
                c.setInitialFileName(initialName);
                c.getExtensionFilters().add(new FileChooser.ExtensionFilter(description + " (" + pattern + ")", pattern));
                return Optional.ofNullable(c.showSaveDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<java.util.List<Path>> openFiles(Window owner, String title, java.util.List<FileChooser.ExtensionFilter> filters) {
                FileChooser c = new FileChooser();
                c.setTitle(title);
                c.getExtensionFilters().addAll(filters);
                return Optional.ofNullable(c.showOpenMultipleDialog(owner)).map(fs -> fs.stream().map(File::toPath).toList());
            }

            @Override
            public Optional<Path> folder(Window owner, String title) {
                DirectoryChooser c = new DirectoryChooser();
                c.setTitle(title);
                return Optional.ofNullable(c.showDialog(owner)).map(File::toPath);
            }
        };
    }
}
