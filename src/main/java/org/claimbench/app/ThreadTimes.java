package org.claimbench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The processor time of every thread of this process, the JVM's own included (its compiler threads, the collector's
 * "VM Thread"), read from Linux's {@code /proc/self/task}: what the management beans do not show. For the benches:
 * where the process's time went between two snapshots, by kind of thread. Elsewhere than on Linux a snapshot is empty.
 */
final class ThreadTimes {

    /** Clock ticks a second of /proc's utime and stime (USER_HZ: 100 on every Linux the JDK runs on). */
    private static final double TICKS_PER_SECOND = 100;

    private final Map<String, Long> ticksByThread;
    private final Map<String, String> nameByThread;

    private ThreadTimes(Map<String, Long> ticks, Map<String, String> names) {
        this.ticksByThread = ticks;
        this.nameByThread = names;
    }

    /** Every live thread's user and system time so far. */
    static ThreadTimes now() {
        Map<String, Long> ticks = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    // The name, in parentheses, may hold spaces: the fields counted after its closing parenthesis are fixed.
                    String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.put(task.getFileName().toString(), Long.parseLong(after[11]) + Long.parseLong(after[12]));
                    names.put(task.getFileName().toString(), Files.readString(task.resolve("comm")).strip());
                } catch (IOException | RuntimeException gone) {
                    // The thread ended while it was read: its time is not counted.
                }
            });
        } catch (IOException notLinux) {
            return new ThreadTimes(Map.of(), Map.of());
        }
        return new ThreadTimes(ticks, names);
    }

    /**
     * Seconds of processor time each kind of thread took since {@code before}: threads named alike up to a number
     * ("ForkJoinPool.commonPool-worker-3", "C2 CompilerThread1") summed under one name ({@code /proc} cuts names at 15
     * characters: "ForkJoinPool.co", "C2 CompilerThre"), in name order, those under 0.01 s left out.
     */
    Map<String, Double> since(ThreadTimes before) {
        Map<String, Long> byKind = new TreeMap<>();
        ticksByThread.forEach((tid, ticks) -> {
            long spent = ticks - before.ticksByThread.getOrDefault(tid, 0L);
            if (spent > 0) {
                byKind.merge(kind(nameByThread.get(tid)), spent, Long::sum);
            }
        });
        Map<String, Double> out = new TreeMap<>();
        byKind.forEach((kind, ticks) -> out.put(kind, ticks / TICKS_PER_SECOND));
        return out;
    }

    /** A thread's name without the number that tells threads of one kind apart. */
    static String kind(String name) {
        return name.replaceAll("[#-]?\\d+$", "").strip();
    }
}
