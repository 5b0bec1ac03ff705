package org.claimbench.app;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Reports start-up times for `claimbench bench`: with -Dclaimbench.exitWhenShown=true the app
 * prints the milliseconds since the JVM started when its window shows ("shown-ms"), when the
 * workbench in it is laid out ("ready-ms") and when the lists below its panes are laid out too
 * ("lists-ms", with "stall-ms": the longest the JavaFX thread kept a task waiting in between,
 * polled every 10 ms), then exits. The bare window exits once shown. With them, the processor time the
 * process has used (all its threads, milliseconds) when the bare window is shown ("ready-cpu-ms") and
 * when the app's articles are laid out ("articles-cpu-ms"): on a shared machine it varies far less than
 * the time on the clock.
 *
 * <p>With -Dclaimbench.startupPhases=true it also prints the moments in between, one line each:
 * "phase NAME ms cpu-ms", milliseconds since the JVM started and the processor time the process
 * has used by then (all its threads: on a shared machine this varies less than the first), and
 * exits through the JVM's shutdown hooks so that a flight recording of the start-up is written.
 */
final class StartupTimer {

    private static final boolean EXIT = Boolean.getBoolean("claimbench.exitWhenShown");
    private static final boolean PHASES = Boolean.getBoolean("claimbench.startupPhases");

    private StartupTimer() {
    }

    static void shown() {
        mark("shown");
        if (EXIT) {
            System.out.println("shown-ms " + sinceStart());
            System.out.flush();
        }
    }

    /** The bare window: shown, and so ready. */
    static void bareReady() {
        if (EXIT) {
            System.out.println("ready-ms " + sinceStart());
            System.out.println("ready-cpu-ms " + processCpuMs());
            exit();
        }
    }

    /** The workbench is laid out; the JavaFX thread's waits are watched from here to {@link #listsShown}. */
    static void ready() {
        mark("ready");
        if (EXIT) {
            System.out.println("ready-ms " + sinceStart());
            System.out.flush();
            Thread watch = new Thread(StartupTimer::watchFxThread, "claimbench-startup-watch");
            watch.setDaemon(true);
            watch.start();
        }
    }

    /** The lists below the panes are laid out: the start-up is over once the articles are shown too. */
    static synchronized void listsShown() {
        mark("lists");
        if (EXIT) {
            System.out.println("lists-ms " + sinceStart());
            System.out.println("stall-ms " + longestWaitMs);
            listsDone = true;
            exitWhenAllDone();
        }
    }

    private static boolean listsDone;
    private static boolean articlesDone;

    /** The panes show the workspace's articles, laid out: the user can select text and mark a claim. */
    static synchronized void articlesShown() {
        mark("articles");
        if (PHASES) {
            printThreadTimes();
            printAllocated();
        }
        if (EXIT) {
            System.out.println("articles-ms " + sinceStart());
            System.out.println("articles-cpu-ms " + processCpuMs());
            articlesDone = true;
            Thread watch = new Thread(StartupTimer::watchAfterMark, "claimbench-after-mark-watch");
            watch.setDaemon(true);
            watch.start();
        }
    }

    private static boolean watchedAfterMark;

    private static synchronized void exitWhenAllDone() {
        if (listsDone && articlesDone && watchedAfterMark) {
            exit();
        }
    }

    /** How long after ready to mark the JavaFX thread's answers are watched (ms), and how often it is asked. */
    static final long AFTER_MARK_MS = 5000;
    static final long AFTER_MARK_EVERY_MS = 16;

    /**
     * For {@link #AFTER_MARK_MS} after ready to mark, posts a task to the JavaFX thread every
     * {@link #AFTER_MARK_EVERY_MS} ms once the one before is answered, and prints the longest wait
     * for an answer ("after-mark-wait-max-ms") and the waits' 95th percentile ("after-mark-wait-p95-ms"):
     * how long a click or a key could wait then. With the phases, each wait of 50 ms or more too:
     * "after-mark-wait AT-ms LENGTH-ms FX-CPU-ms" (the last: the JavaFX thread's own processor time during the wait).
     */
    private static void watchAfterMark() {
        List<Long> waits = watchFxThread(AFTER_MARK_MS, AFTER_MARK_EVERY_MS);
        synchronized (StartupTimer.class) {
            System.out.println("after-mark-wait-max-ms " + waits.stream().mapToLong(Long::longValue).max().orElse(0));
            System.out.println("after-mark-wait-p95-ms " + percentile95(waits));
            System.out.println("after-mark-cpu-ms " + processCpuMs());
            watchedAfterMark = true;
            exitWhenAllDone();
        }
    }

    /** The 95th percentile of the waits (nearest rank; 0 for none). */
    static long percentile95(List<Long> waits) {
        if (waits.isEmpty()) {
            return 0;
        }
        long[] sorted = waits.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[(int) Math.ceil(0.95 * sorted.length) - 1];
    }

    /**
     * Asks the JavaFX thread for an answer (a posted task) every {@code everyMs} for {@code forMs},
     * the next question once the one before is answered; returns each question's wait for its answer (ms).
     */
    private static List<Long> watchFxThread(long forMs, long everyMs) {
        List<Long> waits = new ArrayList<>();
        long end = System.nanoTime() + forMs * 1_000_000;
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] fxThread = {-1};
        try {
            while (System.nanoTime() < end) {
                long asked = System.nanoTime();
                long fxCpuAsked = fxThread[0] < 0 ? -1 : threads.getThreadCpuTime(fxThread[0]);
                CountDownLatch answered = new CountDownLatch(1);
                Platform.runLater(() -> {
                    fxThread[0] = Thread.currentThread().getId();
                    answered.countDown();
                });
                answered.await();
                long wait = (System.nanoTime() - asked) / 1_000_000;
                waits.add(wait);
                if (PHASES && wait >= 50) {
                    // With the JavaFX thread's own processor time meanwhile (ms; -1 for the first question): the rest of the
                    // wait it was ready to run but had no core.
                    long fxCpu = fxCpuAsked < 0 ? -1 : (threads.getThreadCpuTime(fxThread[0]) - fxCpuAsked) / 1_000_000;
                    System.out.println("after-mark-wait " + (sinceStart() - wait) + " " + wait + " " + fxCpu);
                }
                Thread.sleep(everyMs);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return waits;
    }

    private static volatile long longestWaitMs;

    private static void watchFxThread() {
        while (true) {
            long asked = System.nanoTime();
            java.util.concurrent.CountDownLatch answered = new java.util.concurrent.CountDownLatch(1);
            javafx.application.Platform.runLater(answered::countDown);
            try {
                answered.await();
                longestWaitMs = Math.max(longestWaitMs, (System.nanoTime() - asked) / 1_000_000);
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void exit() {
        System.out.flush();
        if (PHASES) {
            System.exit(0); // shutdown hooks run: a flight recording of the start-up is written
        }
        Runtime.getRuntime().halt(0);
    }

    /** The processor time the process has used so far, all its threads (ms; -1 where the JVM does not say). */
    private static long processCpuMs() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1;
    }

    /** A named moment of the start-up (printed with -Dclaimbench.startupPhases=true). */
    static void mark(String phase) {
        if (PHASES) {
            long cpu = processCpuMs();
            long thread = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            System.out.println("phase " + phase + " " + sinceStart() + " " + cpu + " " + thread);
            System.out.flush();
        }
    }

    /**
     * Prints the processor time each thread of the process has used so far, native ones too (the
     * compilers, the collector), one line each, most first: "thread NAME cpu-ms", read from
     * /proc/self/task (Linux; elsewhere nothing is printed). Clock ticks of 10 ms.
     */
    private static void printThreadTimes() {
        java.nio.file.Path tasks = java.nio.file.Path.of("/proc/self/task");
        if (!java.nio.file.Files.isDirectory(tasks)) {
            return;
        }
        java.util.Map<String, Long> byName = new java.util.TreeMap<>();
        try (var dirs = java.nio.file.Files.list(tasks)) {
            for (java.nio.file.Path task : (Iterable<java.nio.file.Path>) dirs::iterator) {
                try {
                    String stat = java.nio.file.Files.readString(task.resolve("stat"));
                    // pid (comm) state ... utime stime: fields 14 and 15, counted from 1; comm may hold spaces
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(stat.indexOf('(') + 1, close);
                    String[] rest = stat.substring(close + 2).split(" ");
                    long ticks = Long.parseLong(rest[11]) + Long.parseLong(rest[12]);
                    byName.merge(name, ticks * 10, Long::sum);
                } catch (java.io.IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (java.io.IOException e) {
            return;
        }
        byName.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .filter(e -> e.getValue() > 0)
                .forEach(e -> System.out.println("thread " + e.getKey().replace(' ', '_') + " " + e.getValue()));
    }

    /**
     * Prints the bytes this thread (the JavaFX thread, at ready to mark) has allocated since it started:
     * "fx-allocated-bytes N" (nothing where the JVM does not count them). Unlike its processor time, the count does not
     * depend on the machine's load.
     */
    private static void printAllocated() {
        allocatedByThisThread().ifPresent(bytes -> System.out.println("fx-allocated-bytes " + bytes));
    }

    /** The bytes the calling thread has allocated since it started (empty where the JVM does not count them). */
    static java.util.OptionalLong allocatedByThisThread() {
        return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()
                ? java.util.OptionalLong.of(threads.getCurrentThreadAllocatedBytes()) : java.util.OptionalLong.empty();
    }

    /** Marks the start ("pulse": styling, then layout) and the end ("laidout") of the scene's next layout pulse. */
    static void markLayout(Scene scene) {
        if (!PHASES) {
            return;
        }
        Runnable[] pre = new Runnable[1];
        pre[0] = () -> {
            mark("pulse");
            scene.removePreLayoutPulseListener(pre[0]);
        };
        scene.addPreLayoutPulseListener(pre[0]);
        Runnable[] post = new Runnable[1];
        post[0] = () -> {
            mark("laidout");
            scene.removePostLayoutPulseListener(post[0]);
            printNodes(NodeCensus.of(scene.getRoot()));
        };
        scene.addPostLayoutPulseListener(post[0]);
    }

    /**
     * The nodes the pass just laid out: "nodes TOTAL", then "nodes-in ID/ClassName COUNT" for each
     * kind of node, most first ({@link NodeCensus}).
     */
    private static void printNodes(java.util.Map<String, Integer> census) {
        System.out.println("nodes " + census.values().stream().mapToInt(Integer::intValue).sum());
        census.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> System.out.println("nodes-in " + e.getKey().replace(' ', '_') + " " + e.getValue()));
    }

    private static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
