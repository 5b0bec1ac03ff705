package org.claimbench.ui.workbench;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.claimbench.importing.SampleArticles;
import org.claimbench.settings.AppDirs;
import org.claimbench.settings.SettingsStore;
import org.claimbench.settings.UserSettings;
import org.claimbench.ui.common.TaskRunner;
import org.claimbench.ui.common.UserMessages;
import org.claimbench.ui.common.WorkspaceModel;
import org.claimbench.workspace.Workspace;
import org.claimbench.workspace.WorkspaceException;

/**
 * Which workspace file is open: New, Open, Open Recent, Save As, Close, and the first start,
 * which creates a default workspace holding the sample articles. Files are opened in the
 * background (a large workspace takes a moment to read) and then shown.
 */
public final class WorkspaceSession {

    private final WorkspaceModel model;
    private final TaskRunner tasks;
    private final UserMessages messages;
    private final AppDirs dirs;
    private final SettingsStore store;
    private UserSettings settings;
    private final ObservableList<String> recent = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Claimbench");

    public WorkspaceSession(WorkspaceModel model, TaskRunner tasks, UserMessages messages, AppDirs dirs, SettingsStore store) {
        this.model = model;
        this.tasks = tasks;
        this.messages = messages;
        this.dirs = dirs;
        this.store = store;
        this.settings = store.load();
        recent.setAll(settings.recentWorkspaces());
        model.darkProperty().set(settings.dark());
        model.darkProperty().addListener((o, a, dark) -> save(settings.withTheme(dark ? "dark" : "light")));
        model.workspaceProperty().addListener((o, a, w) -> title.set(w == null ? "Claimbench"
                : w.name() + " — Claimbench"));
    }

    /**
     * What the window does with a workspace once it is open. The first part runs on the
     * background thread that opened the file, so the articles shown first are read and drawn
     * before the window takes the workspace over, in the same turn of the JavaFX thread.
     */
    public interface Opened<T> {

        /** On the background thread, right after the file opened: what the window shows first. */
        T prepare(Workspace w);

        /** On the JavaFX thread, once the workspace is the open one; prepared is null when nothing was read ahead. */
        void show(Workspace w, T prepared);

        /** On the JavaFX thread, when the workspace could not be opened (the user is told in a message of its own). */
        default void failed() {
        }
    }

    public ObservableList<String> recent() {
        return recent;
    }

    /** The window title: the open workspace's name. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public AppDirs dirs() {
        return dirs;
    }

    /** Opens the last workspace, or the default one (created with the samples on first start). */
    public void openAtStartup(Opened<?> whenOpen) {
        Path last = settings.recentWorkspaces().stream().map(Path::of).filter(Files::isRegularFile).findFirst().orElse(null);
        if (last != null) {
            open(last, whenOpen, () -> openDefault(whenOpen));
        } else {
            openDefault(whenOpen);
        }
    }

    private void openDefault(Opened<?> whenOpen) {
        Path file = dirs.defaultWorkspace();
        run("Opening the sample workspace", () -> {
            if (Files.exists(file)) {
                return Workspace.open(file);
            }
            Workspace w = Workspace.create(file);
            w.addArticles(SampleArticles.load());
            return w;
        }, whenOpen, null);
    }

    public void open(Path file, Opened<?> whenOpen) {
        open(file, whenOpen, null);
    }

    private void open(Path file, Opened<?> whenOpen, Runnable otherwise) {
        Workspace current = model.workspace().orElse(null);
        if (current != null && current.file().toAbsolutePath().equals(file.toAbsolutePath())) {
            // The window puts back the layout remembered for the file: remember it as it is first, or the user's arrangement
            // since the last switch is lost.
            rememberLayout();
            whenOpen.show(current, null);
            return;
        }
        run("Opening " + file.getFileName(), () -> Workspace.open(file), whenOpen, otherwise);
    }

    public void create(Path file, Opened<?> whenOpen) {
        Path target = file.getFileName().toString().endsWith(".claimbench") ? file : file.resolveSibling(file.getFileName() + ".claimbench");
        run("Creating " + target.getFileName(), () -> Workspace.create(target), whenOpen, null);
    }

    /** Writes a consistent copy of the workspace and goes on working in the copy. */
    public void saveAs(Path file, Opened<?> whenOpen) {
        Workspace w = model.workspace().orElse(null);
        if (w == null) {
            return;
        }
        Path target = file.getFileName().toString().endsWith(".claimbench") ? file : file.resolveSibling(file.getFileName() + ".claimbench");
        tasks.run("Saving a copy", p -> {
            w.copyTo(target);
            return target;
        }, saved -> {
            close();
            open(saved, whenOpen);
        }, e -> messages.error("Cannot save a copy", e.getMessage()));
    }

    /**
     * Where the window's layout is read when a workspace closes (the view sets it): remembered per
     * workspace file and put back when that file is opened again.
     */
    public void setLayoutSource(java.util.function.Supplier<java.util.Optional<org.claimbench.settings.WindowLayout>> source) {
        layoutSource = source;
    }

    private java.util.function.Supplier<java.util.Optional<org.claimbench.settings.WindowLayout>> layoutSource = java.util.Optional::empty;

    /** The layout the window had when this workspace file was last open here, if any. */
    public java.util.Optional<org.claimbench.settings.WindowLayout> layoutOf(Path file) {
        return settings.layout(file.toAbsolutePath().toString());
    }

    /** The layout of the workspace most recently open (the window's size and place at start-up). */
    public java.util.Optional<org.claimbench.settings.WindowLayout> lastLayout() {
        return settings.recentWorkspaces().stream().findFirst().flatMap(settings::layout);
    }

    /** Remembers the window's layout for the open workspace now (the app calls it as it closes, the session on each switch). */
    public void rememberLayout() {
        model.workspace().ifPresent(w -> layoutSource.get().ifPresent(l -> save(settings.withLayout(w.file().toAbsolutePath().toString(), l))));
    }

    public void close() {
        rememberLayout();
        Workspace w = model.workspace().orElse(null);
        model.attach(null);
        if (w != null) {
            w.close();
        }
    }

    private <T> void run(String title, java.util.concurrent.Callable<Workspace> opening, Opened<T> whenOpen, Runnable otherwise) {
        tasks.run(title, p -> new Ready<>(opening.call(), whenOpen), ready -> {
            close();
            model.attach(ready.workspace());
            String opened = ready.workspace().file().toAbsolutePath().toString();
            // Reopening the last workspace (every start but the first) leaves the list as it is: no write, on the
            // way to the first frame (storing properties reads the time zone's names for the date it writes first).
            if (settings.recentWorkspaces().isEmpty() || !settings.recentWorkspaces().get(0).equals(opened)) {
                save(settings.withRecent(opened));
            }
            whenOpen.show(ready.workspace(), ready.prepared());
        }, e -> {
            whenOpen.failed();
            if (otherwise != null) {
                otherwise.run();
            }
            messages.error("Cannot open the workspace", e instanceof WorkspaceException ? e.getMessage() : String.valueOf(e.getMessage()));
        });
    }

    /** An opened workspace with what was read ahead for the window (null if that failed). */
    private record Ready<T>(Workspace workspace, T prepared) {

        Ready(Workspace workspace, Opened<T> whenOpen) {
            this(workspace, readAhead(workspace, whenOpen));
        }

        /**
         * Reading ahead only saves time: if it fails (an article's text unreadable, say), the
         * workspace still opens and the panes read their articles themselves, saying what failed.
         */
        private static <T> T readAhead(Workspace w, Opened<T> whenOpen) {
            try {
                return whenOpen.prepare(w);
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    /**
     * {@code choices} (the system's dialogs, or a test's answers) as the window uses them: each dialog opens in the folder
     * that kind of file went to last with the open workspace ({@link org.claimbench.ui.common.SaveFolders}), kept in the
     * user's settings beside the workspace's layout so that it outlasts a restart, and gives the keyboard back to its window.
     */
    public org.claimbench.ui.common.FileChoices dialogs(org.claimbench.ui.common.FileChoices choices) {
        var folders = new org.claimbench.ui.common.SaveFolders(Path.of(System.getProperty("user.home")), new org.claimbench.ui.common.SaveFolders.Memory() {
            @Override
            public java.util.Optional<Path> folder(String workspace, String kind) {
                return settings.folder(workspace, kind).map(Path::of);
            }

            @Override
            public void keep(String workspace, String kind, Path folder) {
                if (!workspace.isEmpty() && !settings.folder(workspace, kind).equals(java.util.Optional.of(folder.toString()))) {
                    save(settings.withFolder(workspace, kind, folder.toString()));
                }
            }
        }, java.util.Optional.of(dirs.data()));
        return org.claimbench.ui.common.FileChoices.returningFocus(
                org.claimbench.ui.common.FileChoices.remembering(choices, folders, () -> model.workspace().map(Workspace::file)));
    }

    /** Forgets a recent file that is gone. */
    public void forget(String path) {
        save(settings.withoutRecent(path));
    }

    private void save(UserSettings s) {
        settings = s;
        recent.setAll(s.recentWorkspaces());
        store.save(s);
    }
}
