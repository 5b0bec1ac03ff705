package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Work on a range of claims spread over the processor's cores: the calling thread and the common
 * fork-join pool's threads each take every {@link #THREADS}th claim. What each claim's work reads must be
 * thread-safe and what it writes its own (an array slot of that claim, or the scratch of its thread number);
 * the caller combines the results in claim order afterwards, so the outcome is the one thread's outcome.
 */
final class Spread {

    /** How many threads share a range: the cores, at most four (the machine's other work keeps the rest). */
    static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /** The work of one claim: its thread's number (0 to {@link #THREADS} - 1) and the claim's index. */
    interface Work {
        void run(int thread, int index);
    }

    private Spread() {
    }

    /**
     * Runs work for every index in [from, to) and returns once all have run; an exception in any is thrown
     * here (a RuntimeException or Error as it was, wrapped by the pool's join otherwise).
     */
    static void run(int from, int to, Work work) {
        int threads = Math.min(THREADS, Math.max(1, to - from));
        List<ForkJoinTask<?>> others = new ArrayList<>(threads - 1);
        for (int t = 1; t < threads; t++) {
            int thread = t;
            others.add(ForkJoinPool.commonPool().submit(() -> slice(from, to, thread, threads, work)));
        }
        try {
            slice(from, to, 0, threads, work);
        } finally {
            for (ForkJoinTask<?> task : others) {
                task.join();
            }
        }
    }

    /**
     * Makes a result for every index in [0, n) on all cores, {@code block} indexes at a time, and hands each to
     * {@code take} in index order on the calling thread, so what take does is done as one thread would do it; at most
     * one block's results are held at once. What make reads must be thread-safe.
     */
    static <T> void inOrder(int n, int block, java.util.function.IntFunction<T> make, java.util.function.ObjIntConsumer<T> take) {
        @SuppressWarnings("unchecked")
        T[] made = (T[]) new Object[Math.max(1, Math.min(n, block))];
        for (int from = 0; from < n; from += made.length) {
            int start = from;
            int to = Math.min(n, from + made.length);
            run(from, to, (thread, i) -> made[i - start] = make.apply(i));
            for (int i = from; i < to; i++) {
                take.accept(made[i - from], i);
                made[i - from] = null;
            }
        }
    }

    private static void slice(int from, int to, int thread, int threads, Work work) {
        for (int i = from + thread; i < to; i += threads) {
            work.run(thread, i);
        }
    }
}
