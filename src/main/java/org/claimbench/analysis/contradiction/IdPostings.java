package org.claimbench.analysis.contradiction;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Claim ids by blocking key for a workspace's {@link ContradictionIndex}, each key's ids once in one primitive array
 * (its first slot the count, then the ids in the order they were posted, a removed id's place taken by the last): a key
 * most claims alone post costs 32 bytes, where a hash set of ids cost about 120 (at 100,000 claims some 90,000 keys, a
 * fifth of the index's heap). Finding an id in a key's list is a scan; an id is posted to a key once. Not thread-safe.
 */
final class IdPostings {

    private final Map<String, long[]> byKey = new HashMap<>();

    /**
     * Posts an id to a key, unless the id is the key's last one: a claim's keys are posted together, so a key it posts
     * twice finds it there. Use {@link #addIfAbsent} where the id may stand anywhere in the key's list.
     */
    void add(String key, long id) {
        long[] ids = byKey.get(key);
        if (ids != null && ids[0] > 0 && ids[(int) ids[0]] == id) {
            return;
        }
        append(key, ids, id);
    }

    /** Posts an id to a key unless it is there already (a scan of the key's ids). */
    void addIfAbsent(String key, long id) {
        long[] ids = byKey.get(key);
        if (ids == null || indexOf(ids, id) < 0) {
            append(key, ids, id);
        }
    }

    /** How many ids a key has (0 when none). */
    int size(String key) {
        long[] ids = byKey.get(key);
        return ids == null ? 0 : (int) ids[0];
    }

    /** Gives each id of a key to {@code each} (none when the key has none). */
    void forEach(String key, LongConsumer each) {
        long[] ids = byKey.get(key);
        if (ids != null) {
            for (int i = 1, n = (int) ids[0]; i <= n; i++) {
                each.accept(ids[i]);
            }
        }
    }

    /** Takes an id out of a key's list; false when it was not there. */
    boolean remove(String key, long id) {
        long[] ids = byKey.get(key);
        int at = ids == null ? -1 : indexOf(ids, id);
        if (at < 0) {
            return false;
        }
        int last = (int) ids[0];
        ids[at] = ids[last];
        ids[0] = last - 1;
        return true;
    }

    private void append(String key, long[] ids, long id) {
        if (ids == null) {
            ids = new long[2];
            byKey.put(key, ids);
        } else if (ids[0] + 1 == ids.length) {
            ids = java.util.Arrays.copyOf(ids, ids.length + Math.max(1, ids.length / 2));
            byKey.put(key, ids);
        }
        int n = (int) ids[0] + 1;
        ids[n] = id;
        ids[0] = n;
    }

    private static int indexOf(long[] ids, long id) {
        for (int i = 1, n = (int) ids[0]; i <= n; i++) {
            if (ids[i] == id) {
                return i;
            }
        }
        return -1;
    }
}
