package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Work on a range of claims spread over the processor's cores: the calling thread and the common
 * fork-join pool's threads each take the next {@link #CHUNK} claims not taken yet, until none is left (a thread that
 * the machine's other work or the JIT compiler holds up takes fewer, instead of making the others wait for its fixed
 * share at the end of the range). What each claim's work reads must be
 * thread-safe and what it writes its own (an array slot of that claim, or the scratch of its thread number);
 * the caller combines the results in claim order afterwards, so the outcome is the one thread's outcome.
 */
final class Spread {

    /** How many threads share a range: the cores, at most four (the machine's other work keeps the rest). */
    static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /**
     * How many claims a thread takes at once: few enough that the threads end a range within a few claims of each other,
     * enough that taking them (one atomic add) costs nothing beside their work (tens of microseconds a claim or more).
     */
    static final int CHUNK = 8;

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
        int threads = Math.min(THREADS, Math.max(1, (to - from + CHUNK - 1) / CHUNK));
        AtomicInteger next = new AtomicInteger(from);
        List<ForkJoinTask<?>> others = new ArrayList<>(threads - 1);
        for (int t = 1; t < threads; t++) {
            int thread = t;
            others.add(ForkJoinPool.commonPool().submit(() -> take(next, to, thread, work)));
        }
        try {
            take(next, to, 0, work);
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

    /** Runs the work of the claims this thread takes from next, {@link #CHUNK} at a time, until the range's end. */
    private static void take(AtomicInteger next, int to, int thread, Work work) {
        for (int start = next.getAndAdd(CHUNK); start < to; start = next.getAndAdd(CHUNK)) {
            for (int i = start, end = Math.min(to, start + CHUNK); i < end; i++) {
                work.run(thread, i);
            }
        }
    }
}
