package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ScoredPairsTest {

    @Test
    void aPairIsHeldOnceWhicheverWayItIsNamedAndReplacedByItsNewScore() {
        ScoredPairs pairs = new ScoredPairs();
        pairs.put(3, 9, 0.5, 1);
        pairs.put(9, 3, 0.7, 2);
        assertEquals(1, pairs.size());
        Map<String, Double> seen = new TreeMap<>();
        pairs.forEach((a, b, s, p) -> seen.put(a + ":" + b + "/" + p, s));
        assertEquals(Map.of("3:9/2", 0.7), seen);
        assertArrayEquals(new long[] {9}, pairs.partners(3));
        assertTrue(pairs.remove(9, 3));
        assertFalse(pairs.remove(3, 9), "already gone");
        assertEquals(0, pairs.size());
        assertEquals(0, pairs.partners(3).length);
    }

    @Test
    void removingAClaimTakesEveryPairOfItAndItsSlotIsUsedAgain() {
        ScoredPairs pairs = new ScoredPairs();
        for (long other = 2; other <= 200; other++) {
            pairs.put(1, other, other / 1000.0, 0);
        }
        pairs.put(5, 6, 0.9, 0);
        long[] gone = pairs.removeClaim(1);
        Arrays.sort(gone);
        assertEquals(199, gone.length);
        assertEquals(2, gone[0]);
        assertEquals(1, pairs.size());
        pairs.put(1, 7, 0.4, 0);
        assertEquals(2, pairs.size());
        assertArrayEquals(new long[] {1}, pairs.partners(7));
    }

    /** Random puts and removals leave exactly what a sorted map of "a:b" to score holds. */
    @Property(tries = 200)
    void behavesAsAMapOfPairsToScores(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                      @ForAll @IntRange(min = 1, max = 400) int steps) {
        java.util.Random random = new java.util.Random(seed);
        ScoredPairs pairs = new ScoredPairs();
        Map<String, String> model = new TreeMap<>();
        for (int i = 0; i < steps; i++) {
            long a = 1 + random.nextInt(30);
            long b = 1 + random.nextInt(30);
            int op = random.nextInt(10);
            if (op < 6 && a != b) {
                double s = random.nextDouble();
                int p = random.nextInt(3);
                pairs.put(a, b, s, p);
                model.put(Math.min(a, b) + ":" + Math.max(a, b), s + "/" + p);
            } else if (op < 9) {
                boolean had = model.remove(Math.min(a, b) + ":" + Math.max(a, b)) != null;
                assertEquals(had, pairs.remove(a, b));
            } else {
                pairs.removeClaim(a);
                model.keySet().removeIf(k -> k.startsWith(a + ":") || k.endsWith(":" + a));
            }
        }
        Map<String, String> held = new TreeMap<>();
        pairs.forEach((x, y, s, p) -> {
            assertTrue(x < y, "each pair once, in id order");
            held.put(x + ":" + y, s + "/" + p);
        });
        assertEquals(model, held);
        assertEquals(model.size(), pairs.size());
        for (long id = 1; id <= 30; id++) {
            long me = id;
            long expected = model.keySet().stream().filter(k -> k.startsWith(me + ":") || k.endsWith(":" + me)).count();
            assertEquals(expected, pairs.partners(id).length);
        }
    }
}
