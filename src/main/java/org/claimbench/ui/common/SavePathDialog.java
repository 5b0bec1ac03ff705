package org.claimbench.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The app's own Save dialog, in front of the system's: one line with the whole path filled in (the folder {@link SaveFolders}
 * offers and the name the caller offers), Save (Enter), Browse… (the system's chooser, for those who want it) and Cancel.
 * The system's chooser was no way to save on a small screen: GTK's is 1096 × 822 px, and on a 720 px screen with no window
 * manager its name field and Save button lay above the screen's top and it never took the keyboard (factcheck54). This one
 * is one field wide and a few lines high, and takes the keyboard as it opens.
 *
 * <p>Before it closes it checks the path ({@link SavePathCheck}): where no file can be written it says what to do and stays
 * open; where a file of the name exists, Save becomes Replace and the line says so, so a second Enter replaces it and any
 * change to the path asks again. A folder for several files ({@link #folderFor}, the CSV export's two) is asked the same way:
 * its path in the field, Replace where any of the files is there. Other folders and files to read are the system's dialogs
 * as before ({@code system}).
 *
 * <p>JavaFX thread.
 */
public final class SavePathDialog implements FileChoices {

    private final FileChoices system;

    /** @param system the system's dialogs: Browse… opens its save dialog; folders and files to read are its own */
    public SavePathDialog(FileChoices system) {
        this.system = system;
    }

    @Override
    public Optional<Path> saveFile(Window owner, String title, String initialName, String description, String pattern) {
        return saveFile(owner, title, initialName, description, pattern, FileChoices.startFolder().toPath());
    }

    @Override
    public Optional<Path> saveFile(Window owner, String title, String initialName, String description, String pattern, Path start) {
        return saveFileSaying(owner, title, null, initialName, description, pattern, start);
    }

    @Override
    public Optional<Path> saveFileSaying(Window owner, String title, String header, String initialName, String description, String pattern) {
        return saveFileSaying(owner, title, header, initialName, description, pattern, FileChoices.startFolder().toPath());
    }

    /**
     * With a header ({@code header} not null) the dialog says what is saved there, as the app's other dialogs say what they
     * ask, and its line over the field asks only where; without one the line names both, as before.
     */
    @Override
    public Optional<Path> saveFileSaying(Window owner, String title, String header, String initialName, String description, String pattern, Path start) {
        String extension = pattern.startsWith("*.") ? pattern.substring(2) : "";
        String prompt = header == null ? title + " (" + description + "): the path, or Browse\u2026 to choose a folder"
                : "Where to save it (" + description + "): the file's path, or Browse\u2026 to choose a folder";
        return new Shown(owner, title, header, prompt, "Save",
                typed -> SavePathCheck.of(typed, extension, start),
                (mine, now) -> {
                    Path folder = now.path().map(Path::getParent).filter(java.nio.file.Files::isDirectory).orElse(start);
                    String name = now.path().map(p -> p.getFileName().toString()).orElse("");
                    return system.saveFile(mine, title, name, description, pattern, folder);
                },
                p -> "\u201c" + p.getFileName() + "\u201d already exists in " + p.getParent() + ". Replace it (Enter), or change the name to keep it.",
                extension).ask(start.resolve(initialName));
    }

    @Override
    public Optional<Path> folder(Window owner, String title) {
        return system.folder(owner, title);
    }

    @Override
    public Optional<Path> folder(Window owner, String title, Path start) {
        return system.folder(owner, title, start);
    }

    @Override
    public Optional<Path> folderFor(Window owner, String title, List<String> names) {
        return folderFor(owner, title, names, FileChoices.startFolder().toPath());
    }

    /**
     * The folder the files {@code names} go to, in the same dialog as a file's: the folder's path filled in, Enter writes
     * (the button reads Export), Browse… is the system's folder chooser; a folder that will not take the files is named
     * before anything is written, and where any of the files is there already the button becomes Replace and the line
     * names them.
     */
    @Override
    public Optional<Path> folderFor(Window owner, String title, List<String> names, Path start) {
        return new Shown(owner, title, null, title + ": the folder, or Browse\u2026 to choose one", "Export",
                typed -> SavePathCheck.folder(typed, names, start),
                (mine, now) -> system.folder(mine, title, now.path().filter(java.nio.file.Files::isDirectory).orElse(start)),
                p -> {
                    List<String> there = names.stream().filter(n -> java.nio.file.Files.exists(p.resolve(n))).map(n -> "\u201c" + n + "\u201d").toList();
                    return String.join(" and ", there) + (there.size() == 1 ? " already exists in " : " already exist in ") + p
                            + ". Replace " + (there.size() == 1 ? "it" : "them") + " (Enter), or choose another folder to keep "
                            + (there.size() == 1 ? "it." : "them.");
                },
                null).ask(start);
    }

    @Override
    public Optional<List<Path>> openFiles(Window owner, String title, List<FileChooser.ExtensionFilter> filters) {
        return system.openFiles(owner, title, filters);
    }

    @Override
    public Optional<List<Path>> openFiles(Window owner, String title, List<FileChooser.ExtensionFilter> filters, Path start) {
        return system.openFiles(owner, title, filters, start);
    }

    /**
     * One showing of the dialog: {@code header} says what is saved (null: no header), {@code check} reads what the field holds, {@code browse} asks the system's chooser (given
     * this dialog's window and the field's check), {@code existsSays} what the line says of a path whose files are there
     * already; {@code extension} is the file's (its name is chosen as the dialog opens), null for a folder (the whole
     * path is chosen).
     */
    private static final class Shown {
        private final Dialog<Path> dialog = new Dialog<>();
        private final TextField field = new TextField();
        private final Label message = new Label();
        /** The folder of the path, said under the field where the field shows only the path's end ({@link #folderLine}). */
        private final Label folder = new Label();
        private final Button save;
        private final String saveWord;
        private final java.util.function.Function<String, SavePathCheck> check;
        private final java.util.function.BiFunction<Window, SavePathCheck, Optional<Path>> browse;
        private final java.util.function.Function<Path, String> existsSays;
        private final String extension;
        /** The existing file (or folder of existing files) the user was told of: Save now replaces it. */
        private Path replacing;

        Shown(Window owner, String title, String header, String prompt, String saveWord, java.util.function.Function<String, SavePathCheck> check,
              java.util.function.BiFunction<Window, SavePathCheck, Optional<Path>> browse, java.util.function.Function<Path, String> existsSays,
              String extension) {
            this.saveWord = saveWord;
            this.check = check;
            this.browse = browse;
            this.existsSays = existsSays;
            this.extension = extension;
            dialog.initOwner(owner);
            dialog.setTitle(title);
            dialog.setHeaderText(header);
            dialog.setGraphic(null);
            ButtonType saveType = new ButtonType(saveWord, ButtonBar.ButtonData.OK_DONE);
            dialog.getDialogPane().getButtonTypes().addAll(saveType, ButtonType.CANCEL);
            dialog.getDialogPane().setId("savePathDialog");
            save = (Button) dialog.getDialogPane().lookupButton(saveType);
            save.setId("savePathSave");
            field.setId("savePath");
            field.setPrefColumnCount(48);
            HBox.setHgrow(field, Priority.ALWAYS);
            Button browseButton = new Button("Browse\u2026");
            browseButton.setId("savePathBrowse");
            browseButton.setOnAction(e -> browse());
            // Its word whole: the long path beside it took its room in a real window ("…" on the button).
            browseButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label what = new Label(prompt);
            what.setId("savePathPrompt");
            message.setId("savePathMessage");
            message.setWrapText(true);
            message.setMaxWidth(560);
            message.managedProperty().bind(message.visibleProperty());
            message.setVisible(false);
            VBox box = new VBox(6, what, new HBox(6, field, browseButton), folderLine(), message);
            box.setPadding(new Insets(4, 0, 0, 0));
            dialog.getDialogPane().setContent(box);
            field.textProperty().addListener((o, was, now) -> unarm());
            save.addEventFilter(ActionEvent.ACTION, e -> {
                if (!acceptable()) {
                    e.consume();
                }
            });
            dialog.setResultConverter(b -> b == saveType ? check.apply(field.getText()).path().orElse(null) : null);
            dialog.setOnShown(e -> Platform.runLater(this::focusName));
            DialogPlace.keep(dialog, owner, "savePath");
        }

        /**
         * The line under the field that names the folder a file goes to where the field is too narrow for its whole path: the
         * field shows the path's end, the name, and the folder was seen only by pressing Home (student59). Its room is kept
         * (empty while the path fits), so the dialog does not change its size as the user types. Not for a folder's path.
         */
        private Label folderLine() {
            folder.setId("savePathFolder");
            folder.getStyleClass().add("save-path-folder");
            folder.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            folder.setMaxWidth(560);
            if (extension != null) {
                javafx.beans.InvalidationListener fit = o -> showFolder();
                field.textProperty().addListener(fit);
                field.widthProperty().addListener(fit);
                field.fontProperty().addListener(fit);
            }
            return folder;
        }

        private void showFolder() {
            if (extension != null) {
                folder.setText(folderShown().orElse(""));
            }
        }

        /** "Saves in the folder /tmp/desk/" where the field is narrower than the path it holds; empty where the whole path shows. */
        private Optional<String> folderShown() {
            String t = field.getText();
            double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
            javafx.scene.text.Text measured = new javafx.scene.text.Text(t);
            measured.setFont(field.getFont());
            if (room <= 0 || measured.getLayoutBounds().getWidth() <= room) {
                return Optional.empty();
            }
            try {
                return Optional.ofNullable(Path.of(t.strip()).getParent())
                        .map(dir -> "Saves in the folder " + dir + (dir.toString().endsWith(java.io.File.separator) ? "" : java.io.File.separator));
            } catch (java.nio.file.InvalidPathException e) {
                return Optional.empty();
            }
        }

        Optional<Path> ask(Path offered) {
            field.setText(offered.toAbsolutePath().toString());
            return dialog.showAndWait();
        }

        /**
         * The keyboard in the field, the file's name chosen without its extension (typing renames, Enter saves); a folder's
         * whole path chosen (typing replaces it).
         */
        private void focusName() {
            showFolder();
            field.requestFocus();
            String t = field.getText();
            if (extension == null) {
                field.selectAll();
                return;
            }
            int from = Math.max(t.lastIndexOf('/'), t.lastIndexOf('\\')) + 1;
            int to = t.toLowerCase(java.util.Locale.ROOT).endsWith("." + extension) ? t.length() - extension.length() - 1 : t.length();
            field.selectRange(from, Math.max(from, to));
        }

        /** Whether Save may close the dialog now; if not, the line says why (or that Save again replaces). */
        private boolean acceptable() {
            SavePathCheck now = check.apply(field.getText());
            if (now.problem().isPresent()) {
                say(now.problem().get());
                return false;
            }
            Path p = now.path().orElseThrow();
            if (now.exists() && !p.equals(replacing)) {
                replacing = p;
                save.setText("Replace");
                say(existsSays.apply(p));
                return false;
            }
            return true;
        }

        private void unarm() {
            replacing = null;
            save.setText(saveWord);
            message.setVisible(false);
        }

        private void say(String text) {
            message.setText(text);
            message.setVisible(true);
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
            field.requestFocus();
        }

        /**
         * The system's chooser, opening in the folder the field names (if it exists): the path chosen there comes into the
         * field and is written, the system's chooser having asked before replacing a file (a folder's files are asked of here).
         */
        private void browse() {
            Window mine = dialog.getDialogPane().getScene().getWindow();
            browse.apply(mine, check.apply(field.getText())).ifPresent(chosen -> {
                field.setText(chosen.toAbsolutePath().toString());
                if (extension != null) {
                    replacing = check.apply(field.getText()).path().orElse(null);
                }
                save.fire();
            });
        }
    }
}
