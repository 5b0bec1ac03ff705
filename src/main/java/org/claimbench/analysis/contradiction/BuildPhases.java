package org.claimbench.analysis.contradiction;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Where building a {@link ContradictionIndex} spent its time, phase by phase: the clock, the building thread's processor
 * time and the whole process's (every core's, the JVM's compiler and collector included, where the JVM can tell). A phase
 * whose process time is about twice its clock kept two cores busy; one whose building thread's time is about its clock ran
 * on that thread alone. For the benches (`bench suggestions`); reading the clocks costs a few microseconds a phase.
 */
public final class BuildPhases {

    /** One phase: its name, and its clock, building-thread and process times in nanoseconds (-1 where not known). */
    public record Phase(String name, long clockNanos, long threadCpuNanos, long processCpuNanos) {
    }

    private final List<Phase> phases = new ArrayList<>();
    private long clock;
    private long thread;
    private long process;

    /** Starts timing the first phase now. */
    BuildPhases() {
        clock = System.nanoTime();
        thread = threadCpu();
        process = processCpu();
    }

    /** Ends the current phase under this name and starts the next one now. */
    void end(String name) {
        long c = System.nanoTime();
        long t = threadCpu();
        long p = processCpu();
        phases.add(new Phase(name, c - clock, thread < 0 || t < 0 ? -1 : t - thread, process < 0 || p < 0 ? -1 : p - process));
        clock = c;
        thread = t;
        process = p;
    }

    /** The phases ended so far, in order. */
    public List<Phase> phases() {
        return List.copyOf(phases);
    }

    private static long threadCpu() {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
    }

    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }
}
