package org.claimbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

class ThreadTimesTest {

    @Test
    void threadsOfOneKindAreNamedWithoutTheirNumber() {
        assertEquals("ForkJoinPool.commonPool-worker", ThreadTimes.kind("ForkJoinPool.commonPool-worker-3"));
        assertEquals("C2 CompilerThread", ThreadTimes.kind("C2 CompilerThread1"));
        assertEquals("GC Thread", ThreadTimes.kind("GC Thread#0"));
        assertEquals("VM Thread", ThreadTimes.kind("VM Thread"));
        assertEquals("main", ThreadTimes.kind("main"));
    }

    @Test
    void aThreadThatSpinsIsChargedUnderItsOwnName() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "/proc/self/task is Linux's");
        ThreadTimes before = ThreadTimes.now();
        CountDownLatch spun = new CountDownLatch(1);
        CountDownLatch read = new CountDownLatch(1);
        Thread spinner = new Thread(() -> {
            long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long x = 0;
            // Half a second of processor time, whatever the machine's load.
            while (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0 < 500_000_000L) {
                x += System.nanoTime() % 7;
            }
            spun.countDown();
            try {
                // It waits to be read: a thread that has ended is gone from /proc.
                read.await();
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
            }
            if (x == 42) {
                System.out.print("");
            }
        }, "threadtimes-spinner-1");
        spinner.start();
        spun.await();
        Map<String, Double> spent = ThreadTimes.now().since(before);
        read.countDown();
        spinner.join();
        // /proc cuts names at 15 characters: "threadtimes-spinner-1" is read as "threadtimes-spi".
        assertTrue(spent.getOrDefault("threadtimes-spi", 0.0) >= 0.4, "the spinner's time: " + spent);
        assertTrue(spent.values().stream().allMatch(s -> s > 0), spent.toString());
    }
}
