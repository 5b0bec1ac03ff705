package org.claimbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class StartupTimerTest {

    @Test
    void theNinetyFifthPercentileOfTheWaitsIsTheNearestRankAndIgnoresTheOrder() {
        List<Long> waits = new ArrayList<>();
        for (long i = 100; i >= 1; i--) {
            waits.add(i);
        }
        assertEquals(95, StartupTimer.percentile95(waits));
        // Twenty waits: the 19th smallest; one long wait among short ones leaves it at the short ones.
        List<Long> oneLong = new ArrayList<>(java.util.Collections.nCopies(19, 2L));
        oneLong.add(0, 900L);
        assertEquals(2, StartupTimer.percentile95(oneLong));
        assertEquals(900, StartupTimer.percentile95(List.of(900L)));
    }

    @Test
    void noWaitsGiveZero() {
        assertEquals(0, StartupTimer.percentile95(List.of()));
    }

    @Test
    void theBytesTheCallingThreadAllocatesAreCounted() {
        long before = StartupTimer.allocatedByThisThread().orElseThrow();
        byte[][] held = new byte[8][];
        for (int i = 0; i < held.length; i++) {
            held[i] = new byte[256 * 1024];
        }
        long after = StartupTimer.allocatedByThisThread().orElseThrow();
        assertTrue(after - before >= 2L * 1024 * 1024, "2 MiB allocated, counted " + (after - before));
        assertEquals(held.length, java.util.Arrays.stream(held).filter(b -> b.length == 256 * 1024).count());
    }
}
