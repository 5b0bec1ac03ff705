package org.claimbench.ui.common;

import java.util.function.Consumer;

/**
 * Runs work away from the JavaFX thread and hands the result back on it. The app runs jobs in
 * javafx.concurrent.Tasks on one background thread (so workspace writes keep their order); tests
 * pass {@link ImmediateTaskRunner}, which runs them on the calling thread.
 */
public interface TaskRunner {

    <T> void run(String title, BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
