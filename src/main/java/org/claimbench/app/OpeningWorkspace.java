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
 * The workspace opened at start-up, while the workbench is being put into the window: the file is
 * read (and the panes' first articles drawn) on the background thread meanwhile, but the window
 * takes the workspace over only once the workbench is in it, so the articles come with its first
 * layout or the one after. Marks the start-up's "articles" moment ({@link StartupTimer#articlesShown}):
 * the panes laid out with their articles, the moment the user can select text and mark a claim.
 * Used on the JavaFX thread, except {@link #prepare} (the background thread).
 *
 * @param <T> what the workbench reads ahead for its panes
 */
final class OpeningWorkspace<T> implements WorkspaceSession.Opened<T> {

    private final WorkspaceSession.Opened<T> workbench;
    /** What waits for the workbench to be in the window; null once it is. */
    private List<Runnable> waiting = new ArrayList<>();
    private Scene scene;
    private final CompletableFuture<Void> shown = new CompletableFuture<>();

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
            Pulses.afterNextLayout(scene, () -> {
                StartupTimer.articlesShown();
                shown.complete(null);
            });
        };
        if (waiting == null) {
            show.run();
        } else {
            waiting.add(show);
        }
    }

    /**
     * Completes once the first articles are laid out in the panes, or after {@link #LATEST_S}
     * seconds whatever happened (a workspace that cannot be opened says so in a message of its own).
     */
    CompletionStage<Void> shown() {
        return shown.completeOnTimeout(null, LATEST_S, TimeUnit.SECONDS);
    }

    static final long LATEST_S = 5;

    /** The workbench is in the window's scene now: what waited for it runs. */
    void install(Scene into) {
        scene = into;
        List<Runnable> run = waiting;
        waiting = null;
        run.forEach(Runnable::run);
    }
}
