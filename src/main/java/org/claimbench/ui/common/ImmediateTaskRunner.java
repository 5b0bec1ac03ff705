package org.claimbench.ui.common;

import java.util.function.Consumer;

/** Runs each job at once on the calling thread: for tests and for work already off the UI thread. */
public final class ImmediateTaskRunner implements TaskRunner {

    @Override
    public <T> void run(String title, BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = job.call(new BackgroundJob.Progress() {
                @Override
                public void update(double done, double total, String message) {
                    // nobody watches progress here
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
