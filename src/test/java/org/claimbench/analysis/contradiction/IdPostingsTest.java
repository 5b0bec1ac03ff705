package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class IdPostingsTest {

    private static Set<Long> ids(IdPostings postings, String key) {
        Set<Long> out = new TreeSet<>();
        postings.forEach(key, id -> assertTrue(out.add(id), "an id once: " + id));
        return out;
    }

    @Test
    void aClaimPostingAKeyTwiceIsHeldOnceAndARemovedIdsPlaceIsTakenByTheLast() {
        IdPostings postings = new IdPostings();
        for (String key : List.of("harbour", "#q:money:fee", "harbour")) {
            postings.add(key, 7);
        }
        postings.add("harbour", 9);
        postings.add("harbour", 11);
        assertEquals(3, postings.size("harbour"));
        assertEquals(Set.of(7L, 9L, 11L), ids(postings, "harbour"));
        assertTrue(postings.remove("harbour", 7));
        assertFalse(postings.remove("harbour", 7), "already gone");
        assertEquals(Set.of(9L, 11L), ids(postings, "harbour"));
        postings.addIfAbsent("harbour", 9);
        postings.addIfAbsent("#q:money:fee", 9);
        assertEquals(2, postings.size("harbour"));
        assertEquals(Set.of(7L, 9L), ids(postings, "#q:money:fee"));
        assertEquals(0, postings.size("ferry"));
        assertFalse(postings.remove("ferry", 7));
    }

    /**
     * Claims posting their keys together (a key now and then twice), ids added anywhere with addIfAbsent, and removals
     * leave exactly what a map of keys to sets of ids holds.
     */
    @Property(tries = 200)
    void behavesAsAMapOfKeysToSetsOfIds(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                        @ForAll @IntRange(min = 1, max = 300) int steps) {
        java.util.Random random = new java.util.Random(seed);
        IdPostings postings = new IdPostings();
        Map<String, Set<Long>> model = new TreeMap<>();
        Set<Long> posted = new TreeSet<>();
        for (int i = 0; i < steps; i++) {
            int what = random.nextInt(4);
            long id = 1 + random.nextInt(60);
            if (what <= 1 && !posted.contains(id)) {
                // A claim's keys, posted together as the index posts them.
                List<String> keys = new ArrayList<>();
                for (int k = random.nextInt(6); k >= 0; k--) {
                    keys.add("k" + random.nextInt(8));
                }
                for (String key : keys) {
                    postings.add(key, id);
                    model.computeIfAbsent(key, x -> new TreeSet<>()).add(id);
                }
                posted.add(id);
            } else if (what == 2 && posted.contains(id)) {
                // Another key for a claim posted already (the index's affirmed verbs' sense keys, made once a denial comes).
                String key = "k" + random.nextInt(8);
                postings.addIfAbsent(key, id);
                model.computeIfAbsent(key, x -> new TreeSet<>()).add(id);
            } else {
                // A claim taken out of every key.
                for (int k = 0; k < 8; k++) {
                    String key = "k" + k;
                    assertEquals(model.getOrDefault(key, Set.of()).contains(id), postings.remove(key, id));
                    if (model.containsKey(key)) {
                        model.get(key).remove(id);
                    }
                }
                posted.remove(id);
            }
        }
        for (int k = 0; k < 8; k++) {
            String key = "k" + k;
            Set<Long> expected = model.getOrDefault(key, Set.of());
            assertEquals(expected, ids(postings, key));
            assertEquals(expected.size(), postings.size(key));
        }
    }
}
