package org.claimbench.cli;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.claimbench.analysis.GoldStandard;
import org.claimbench.analysis.contradiction.ContradictionSuggester;

/**
 * A gold annotation's pairs as pair keys of the marked claims ({@link ContradictionSuggester#key}): every conflict,
 * the same-event conflicts, and the annotated non-contradictions. Pairs with a claim that was not found are left out.
 */
record GoldPairs(Set<String> all, Set<String> sameEvent, Set<String> non) {

    static GoldPairs of(GoldStandard g, Map<String, Long> claimIds) {
        Set<String> all = new HashSet<>();
        Set<String> sameEvent = new HashSet<>();
        for (GoldStandard.GoldContradiction x : g.contradictions()) {
            String k = key(claimIds, x.a(), x.b());
            if (k != null) {
                all.add(k);
                if (x.sameEvent()) {
                    sameEvent.add(k);
                }
            }
        }
        Set<String> non = new HashSet<>();
        for (GoldStandard.GoldPair p : g.nonContradictions()) {
            String k = key(claimIds, p.a(), p.b());
            if (k != null) {
                non.add(k);
            }
        }
        return new GoldPairs(all, sameEvent, non);
    }

    private static String key(Map<String, Long> claimIds, String a, String b) {
        Long x = claimIds.get(a);
        Long y = claimIds.get(b);
        return x == null || y == null ? null : ContradictionSuggester.key(x, y);
    }
}
