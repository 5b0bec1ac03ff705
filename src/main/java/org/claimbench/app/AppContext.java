package org.claimbench.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.claimbench.settings.AppDirs;
import org.claimbench.settings.SettingsStore;
import org.claimbench.ui.common.FxTaskRunner;
import org.claimbench.ui.common.DialogsOnScreen;
import org.claimbench.ui.common.FxUserMessages;
import org.claimbench.ui.common.TaskRunner;
import org.claimbench.ui.common.WorkspaceModel;
import org.claimbench.ui.workbench.WorkbenchView;
import org.claimbench.ui.workbench.WorkbenchViewModel;
import org.claimbench.ui.workbench.WorkspaceSession;

/** The one place where the app's objects are made and wired together: plain constructors, no framework. */
public final class AppContext implements AutoCloseable {

    /** How long closing waits at most for the background work under way to end (ms). */
    static final long STOP_WAIT_MS = 5000;

    private final WorkspaceModel model;
    private final FxUserMessages messages = new FxUserMessages();
    private final FxTaskRunner fxRunner;
    private final WorkspaceSession session;
    private final WorkbenchViewModel workbench;
    private final WorkbenchView view;

    /** Made on the JavaFX thread. tasks: where background work runs; null for a real FxTaskRunner. */
    public AppContext(AppDirs dirs, TaskRunner tasks) {
        this(dirs, tasks, null, false);
    }

    /**
     * Made on the JavaFX thread. progressive: true for a workbench whose first frame holds its
     * panes and stand-ins of the menus, the article list and the status bar, made real a frame
     * each once it is laid out (as the app's start-up shows it), false for all of it at once.
     */
    public AppContext(AppDirs dirs, TaskRunner tasks, boolean progressive) {
        this(dirs, tasks, null, progressive);
    }

    /**
     * themeSet: null to set the theme here, on the JavaFX thread; otherwise this runs on another
     * thread and waits for the theme the JavaFX thread sets before it makes the first control.
     * progressive: see {@link #AppContext(AppDirs, TaskRunner, boolean)}.
     */
    private AppContext(AppDirs dirs, TaskRunner tasks, CountDownLatch themeSet, boolean progressive) {
        this.fxRunner = tasks == null ? new FxTaskRunner() : null;
        TaskRunner runner = tasks == null ? fxRunner : tasks;
        this.model = new WorkspaceModel(runner);
        this.session = new WorkspaceSession(model, runner, messages, dirs, new SettingsStore(dirs.settingsFile()));
        this.workbench = new WorkbenchViewModel(model, runner, messages, session);
        // The theme before the first control: the first control class to load otherwise parses
        // JavaFX's own Modena stylesheet, only for it to be replaced (about 80 ms of a cold start).
        if (themeSet == null) {
            applyTheme(model.darkProperty().get());
        } else {
            awaitUninterruptibly(themeSet);
        }
        model.darkProperty().addListener((o, a, dark) -> applyTheme(dark));
        messages.darkProperty().bind(model.darkProperty());
        this.view = new WorkbenchView(workbench, fxRunner, progressive);
    }

    /**
     * Makes the app's objects and its workbench on a thread of their own while the JavaFX thread
     * opens the window. JavaFX lets nodes be made on any thread until they are in a window that
     * shows; windows (tooltips, popups, dialogs) and the user-agent stylesheet only on its thread,
     * and the workbench makes no window while it is built ({@link org.claimbench.ui.common.Tooltips}).
     * The theme is set on the JavaFX thread first. Hand the result to the JavaFX thread before use.
     *
     * @param dark the theme of the user's settings, as the session will read it
     */
    static CompletableFuture<AppContext> buildOffFxThread(AppDirs dirs, boolean dark) {
        CountDownLatch themeSet = new CountDownLatch(1);
        Platform.runLater(() -> {
            applyTheme(dark);
            themeSet.countDown();
        });
        CompletableFuture<AppContext> built = new CompletableFuture<>();
        Thread builder = new Thread(() -> {
            StartupTimer.mark("build");
            try {
                built.complete(new AppContext(dirs, null, themeSet, true));
            } catch (Throwable e) {
                built.completeExceptionally(e);
            }
            StartupTimer.mark("built");
        }, "claimbench-workbench-builder");
        builder.setDaemon(true);
        builder.start();
        return built;
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    public Scene createScene(double width, double height) {
        Scene scene = new Scene(new javafx.scene.layout.Pane(), width, height);
        install(scene);
        return scene;
    }

    /** Puts the workbench into a scene (the window's, already shown or not). */
    public void install(Scene scene) {
        scene.setRoot(view);
        org.claimbench.ui.common.AppStylesheet.addTo(scene.getStylesheets());
        messages.setOwner(scene.getWindow());
        DialogsOnScreen.install();
        scene.windowProperty().addListener((o, a, w) -> messages.setOwner(w));
    }

    /**
     * AtlantaFX's theme in its binary form (.bss, shipped beside the .css in its jar, made from the
     * same source): JavaFX reads it without lexing and parsing 170 KB of CSS.
     */
    private static void applyTheme(boolean dark) {
        Theme theme = dark ? new PrimerDark() : new PrimerLight();
        Application.setUserAgentStylesheet(theme.getUserAgentStylesheetBSS());
    }

    /** True when no background work is queued or running (always, with a runner given from outside). */
    public boolean idle() {
        return fxRunner == null || fxRunner.idle();
    }

    public WorkbenchViewModel workbench() {
        return workbench;
    }

    public WorkbenchView view() {
        return view;
    }

    public WorkspaceModel model() {
        return model;
    }

    public WorkspaceSession session() {
        return session;
    }

    @Override
    public void close() {
        session.close();
        if (fxRunner != null) {
            fxRunner.shutdown();
            // Quitting just after a mark: the claim is saved, but its reading for suggestions may be loading the
            // sentence model in native code, and the JVM crashed when it exited under it.
            fxRunner.awaitStopped(STOP_WAIT_MS);
        }
    }
}
