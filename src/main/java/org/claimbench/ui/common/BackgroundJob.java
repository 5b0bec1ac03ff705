package org.claimbench.ui.common;

/** Work for a background thread: reads or writes the workspace, imports, analyses. */
@FunctionalInterface
public interface BackgroundJob<T> {

    /** Lets a job report progress and notice that the user cancelled it. */
    interface Progress {
        void update(double done, double total, String message);

        boolean isCancelled();
    }

    T call(Progress progress) throws Exception;
}
