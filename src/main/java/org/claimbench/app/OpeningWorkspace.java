package org.claimbench.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import org.claimbench.ui.common.Pulses;
import org.claimbench.ui.workbench.WorkspaceSession;
import org.claimbench.workspace.Workspace;

/**
 * The workspace opened at start-up while the workbench is put into the window: the file is read
 * (and the panes' first articles drawn) on the background thread, and the window takes the
 * workspace over once the workbench is in it ({@link #install}). Marks the start-up's "articles"
 * moment ({@link StartupTimer#articlesShown}): the panes laid out with their articles, when the
 * user can select text and mark a claim. Used on the JavaFX thread, except {@link #prepare} (the
 * background thread) and {@link #taken()}.
 *
 * @param <T> what the workbench reads ahead for its panes
 */
final class OpeningWorkspace<T> implements WorkspaceSession.Opened<T> {

    /** How long the workbench waits for the workspace at most before it shows without its articles (seconds). */
    static final long LATEST_S = 2;

    private final WorkspaceSession.Opened<T> workbench;
    /** What waits for the workbench to be in the window; null once it is. */
    private List<Runnable> waiting = new ArrayList<>();
    private Scene scene;
    private final CompletableFuture<Void> opened = new CompletableFuture<>();

    OpeningWorkspace(WorkspaceSession.Opened<T> workbench) {
        this.workbench = workbench;
    }

    @Override
    public T prepare(Workspace w) {
        StartupTimer.mark("reading");
        T prepared = workbench.prepare(w);
        StartupTimer.mark("read");
        return prepared;
    }

    @Override
    public void show(Workspace w, T prepared) {
        Runnable show = () -> {
            workbench.show(w, prepared);
            Pulses.afterNextLayout(scene, StartupTimer::articlesShown);
        };
        if (waiting == null) {
            show.run();
        } else {
            waiting.add(show);
        }
        opened.complete(null);
    }

    /** The workspace could not be opened: the window takes the workbench over at once, without waiting for it. */
    @Override
    public void failed() {
        opened.complete(null);
    }

    /**
     * Completes once the workspace is open and its first articles drawn, ready for the window to
     * take it over, or at once when it cannot be opened (it says so in a message of its own), or
     * after {@link #LATEST_S} seconds whatever happened. Putting the workbench into the window then lays
     * it out with its articles in one pass: on two cores, a pass for the empty workbench and one
     * more for its articles took longer (docs/speed.md).
     */
    CompletionStage<Void> taken() {
        return opened.completeOnTimeout(null, LATEST_S, TimeUnit.SECONDS);
    }

    /** The workbench is in the window's scene now: the workspace, if open, is shown in it at once. */
    void install(Scene into) {
        scene = into;
        List<Runnable> run = waiting;
        waiting = null;
        run.forEach(Runnable::run);
    }
}
