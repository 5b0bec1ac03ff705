package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class SpreadTest {

    @Test
    void everyIndexOfTheRangeRunsOnceOnAThreadNumberBelowThreads() {
        AtomicIntegerArray runs = new AtomicIntegerArray(1000);
        int[] thread = new int[1000];
        Spread.run(3, 1000, (t, i) -> {
            runs.incrementAndGet(i);
            thread[i] = t;
        });
        for (int i = 0; i < 1000; i++) {
            assertEquals(i < 3 ? 0 : 1, runs.get(i), "index " + i);
            assertTrue(thread[i] >= 0 && thread[i] < Spread.THREADS);
        }
    }

    @Test
    void eachThreadNumberIsOneThreadsAtATime() {
        // Work written to a thread number's own scratch never meets another thread's: one thread runs under each number.
        for (int round = 0; round < 20; round++) {
            java.util.Map<Integer, java.util.Set<Thread>> byNumber = new java.util.concurrent.ConcurrentHashMap<>();
            Spread.run(0, 5000, (t, i) -> byNumber.computeIfAbsent(t, k -> java.util.concurrent.ConcurrentHashMap.newKeySet())
                    .add(Thread.currentThread()));
            byNumber.forEach((t, threads) -> assertEquals(1, threads.size(), "thread number " + t));
        }
    }

    @Test
    void aThreadHeldUpTakesFewerClaimsInsteadOfAFixedShare() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Spread.THREADS > 1, "one core: nothing is shared");
        int[] byCaller = {0};
        Spread.run(0, 1000, (t, i) -> {
            if (t == 0) {
                byCaller[0]++;
            } else {
                // The other threads are held up (another program, the JIT compiler): the calling thread takes what is left.
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        // A fixed share would have left the calling thread 1000 / THREADS claims; the others took a chunk or two each.
        assertTrue(byCaller[0] >= 1000 - 2 * (Spread.THREADS - 1) * Spread.CHUNK, "the calling thread ran " + byCaller[0]);
    }

    @Test
    void anEmptyRangeRunsNothingAndAFailureIsThrownToTheCaller() {
        int[] ran = {0};
        Spread.run(5, 5, (t, i) -> ran[0]++);
        assertArrayEquals(new int[] {0}, ran);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Spread.run(0, 50, (t, i) -> {
            if (i == 41) {
                throw new IllegalStateException("claim 41");
            }
        }));
        assertTrue(e.getMessage().contains("claim 41"));
    }

    @Test
    void resultsMadeOnAllCoresAreTakenInIndexOrderOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        java.util.List<String> taken = new java.util.ArrayList<>();
        Spread.inOrder(1001, 64, i -> {
            return "claim " + i;
        }, (made, i) -> {
            assertEquals(caller, Thread.currentThread());
            assertEquals("claim " + i, made);
            taken.add(made);
        });
        assertEquals(1001, taken.size());
        assertEquals("claim 1000", taken.get(1000));
        Spread.inOrder(0, 64, i -> "none", (made, i) -> taken.add(made));
        assertEquals(1001, taken.size());
    }
}
