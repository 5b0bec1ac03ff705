package org.claimbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The keep rule of a learned ranking judged leave-one-corpus-out, on figures made up for the test. */
class KeepRuleTest {

    private static Map<String, Double> f(double recall25, double non) {
        return Map.of("recall@25", recall25, "nonInTop10", non);
    }

    private static Map<String, Map<String, Double>> folds(double a, double b, double c, double nonInC) {
        Map<String, Map<String, Double>> m = new LinkedHashMap<>();
        m.put("one", f(a, 0));
        m.put("two", f(b, 0));
        m.put("blind", f(c, nonInC));
        return m;
    }

    private static final Map<String, Integer> GOLD = Map.of("one", 20, "two", 20, "blind", 20);

    @Test
    void aRiseOnEveryFoldIsKept() {
        String v = KeepRule.verdict(folds(0.30, 0.40, 0.10, 0), folds(0.35, 0.45, 0.20, 1), GOLD, "blind");
        assertTrue(v.startsWith("kept"), v);
    }

    @Test
    void aMeanRiseThatLosesTwoPairsOnOneFoldIsNotKept() {
        String v = KeepRule.verdict(folds(0.30, 0.40, 0.10, 0), folds(0.20, 0.60, 0.30, 0), GOLD, "blind");
        assertTrue(v.startsWith("not kept") && v.contains("one loses 2 gold pairs"), v);
    }

    @Test
    void theBlindFoldMustRiseAndItsTopTenStayClean() {
        String v = KeepRule.verdict(folds(0.30, 0.40, 0.10, 0), folds(0.50, 0.50, 0.10, 3), GOLD, "blind");
        assertTrue(v.contains("blind's fold does not rise") && v.contains("blind has 3 non-contradictions"), v);
        assertEquals(-1, KeepRule.verdict(folds(0.3, 0.4, 0.1, 0), folds(0.31, 0.41, 0.11, 0), GOLD, "blind").indexOf("loses"));
        assertTrue(KeepRule.verdict(folds(0.3, 0.4, 0.1, 0), folds(0.31, 0.41, 0.15, 0), GOLD, "blind").contains("needs +0.05"));
    }
}
