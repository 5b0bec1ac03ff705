package org.claimbench.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;

/**
 * Runs jobs as javafx.concurrent.Tasks on a single daemon thread, in the order they were given.
 * The running task is published, and so is a task that has run for a while ({@link #lastingTask}):
 * the status bar shows the progress and Cancel of that one only, so work of a moment (reading the
 * claims just marked) does not flash a progress bar after every mark.
 */
public final class FxTaskRunner implements TaskRunner {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "claimbench-background");
        t.setDaemon(true);
        return t;
    });
    private final ObjectProperty<Task<?>> current = new SimpleObjectProperty<>();
    private final ObjectProperty<Task<?>> lasting = new SimpleObjectProperty<>();
    /** How long a task runs before its progress is shown (people notice a wait from about a second on). */
    static final javafx.util.Duration LASTING = javafx.util.Duration.millis(800);
    /** Jobs given and not yet handed back (queued, running, or their result not yet taken on the JavaFX thread). */
    private final java.util.concurrent.atomic.AtomicInteger unfinished = new java.util.concurrent.atomic.AtomicInteger();

    /** True when every job given has finished and its result was handed back (tests and benchmarks wait for this). */
    public boolean idle() {
        return unfinished.get() == 0;
    }

    public ReadOnlyObjectProperty<Task<?>> currentTask() {
        return current;
    }

    /** The task running now once it has run for {@link #LASTING} (null before, and after it ends). */
    public ReadOnlyObjectProperty<Task<?>> lastingTask() {
        return lasting;
    }

    @Override
    public <T> void run(String title, BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(title);
                updateMessage(title);
                Task<T> self = this;
                return job.call(new BackgroundJob.Progress() {
                    @Override
                    public void update(double done, double total, String message) {
                        updateProgress(done, total);
                        updateMessage(message);
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }
                });
            }
        };
        task.setOnRunning(e -> {
            current.set(task);
            javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(LASTING);
            wait.setOnFinished(x -> {
                if (current.get() == task) {
                    lasting.set(task);
                }
            });
            wait.play();
        });
        task.setOnSucceeded(e -> {
            clear(task);
            try {
                onSuccess.accept(task.getValue());
            } finally {
                unfinished.decrementAndGet();
            }
        });
        task.setOnFailed(e -> {
            clear(task);
            try {
                onFailure.accept(task.getException());
            } finally {
                unfinished.decrementAndGet();
            }
        });
        task.setOnCancelled(e -> {
            clear(task);
            unfinished.decrementAndGet();
        });
        unfinished.incrementAndGet();
        executor.execute(task);
    }

    private void clear(Task<?> task) {
        if (current.get() == task) {
            current.set(null);
        }
        if (lasting.get() == task) {
            lasting.set(null);
        }
    }

    public void shutdown() {
        executor.shutdownNow();
    }

    /**
     * Waits, after {@link #shutdown}, for the task that was running to end, at most the given time (ms):
     * an interrupt does not stop native code (the sentence model being loaded), and a process that exits
     * under it crashes. True if nothing runs any more.
     */
    public boolean awaitStopped(long ms) {
        try {
            return executor.awaitTermination(ms, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
