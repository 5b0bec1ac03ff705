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
 * The running task is published so the status bar can show its progress and offer Cancel.
 */
public final class FxTaskRunner implements TaskRunner {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "claimbench-background");
        t.setDaemon(true);
        return t;
    });
    private final ObjectProperty<Task<?>> current = new SimpleObjectProperty<>();

    public ReadOnlyObjectProperty<Task<?>> currentTask() {
        return current;
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
        task.setOnRunning(e -> current.set(task));
        task.setOnSucceeded(e -> {
            clear(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            clear(task);
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> clear(task));
        executor.execute(task);
    }

    private void clear(Task<?> task) {
        if (current.get() == task) {
            current.set(null);
        }
    }

    public void shutdown() {
        executor.shutdownNow();
    }
}
