package org.claimbench.ui.claims;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The speakers the claims name, each with how many claims name it, kept in step with the claims table's rows ({@link
 * ClaimRowsInStep}) so that the S box has them without reading every claim: at 55,000 claims that read took the JavaFX
 * thread 25 ms (median; up to 130 ms) each time the box opened. Names in the order first seen (the claims' article order
 * after a rebuild). JavaFX thread only.
 */
final class ClaimSpeakers {

    private final Map<String, Integer> counts = new LinkedHashMap<>();

    void add(ClaimRow row) {
        String s = row.speaker();
        if (!s.isBlank()) {
            counts.merge(s, 1, Integer::sum);
        }
    }

    void remove(ClaimRow row) {
        counts.computeIfPresent(row.speaker(), (name, n) -> n == 1 ? null : n - 1);
    }

    void clear() {
        counts.clear();
    }

    /** Each speaker named by a claim, once; empty until the claims are read. */
    List<String> names() {
        return List.copyOf(counts.keySet());
    }
}
