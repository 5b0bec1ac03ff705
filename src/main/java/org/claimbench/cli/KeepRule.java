package org.claimbench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 11's keep rule for a learned ranking judged leave-one-corpus-out (docs/suggestions.md, round 51): the mean
 * same-event recall@25 over the folds rises by at least {@value #MEAN_GAIN} over the hand-set ranking's, no fold loses
 * more than one gold pair at @25, no fold has more than two annotated non-contradictions in its top 10, and the target
 * fold (a set gathered blind, trained without) rises at @25.
 */
final class KeepRule {

    static final double MEAN_GAIN = 0.05;

    private KeepRule() {
    }

    /**
     * "kept: …" or "not kept: …" with every condition that fails, from each set's figures (as {@link RankerCorpus#figures} names
     * them) by the hand-set and the learned ranking and its count of same-event gold conflicts.
     */
    static String verdict(Map<String, Map<String, Double>> hand, Map<String, Map<String, Double>> learned, Map<String, Integer> sameEventGold,
                          String target) {
        double handMean = 0;
        double learnedMean = 0;
        List<String> fails = new ArrayList<>();
        for (String n : hand.keySet()) {
            double h = hand.get(n).get("recall@25");
            double l = learned.get(n).get("recall@25");
            handMean += h / hand.size();
            learnedMean += l / hand.size();
            int gold = sameEventGold.get(n);
            long lost = Math.round(h * gold) - Math.round(l * gold);
            if (lost > 1) {
                fails.add(n + " loses " + lost + " gold pairs at @25");
            }
            if (learned.get(n).get("nonInTop10") > 2) {
                fails.add(n + " has " + learned.get(n).get("nonInTop10").intValue() + " non-contradictions in its top 10");
            }
        }
        if (learnedMean - handMean < MEAN_GAIN - 1e-9) {
            fails.add(String.format(Locale.ROOT, "mean recall@25 %.3f against the hand-set %.3f (needs +%.2f)", learnedMean, handMean, MEAN_GAIN));
        }
        if (hand.containsKey(target) && learned.get(target).get("recall@25") <= hand.get(target).get("recall@25")) {
            fails.add(target + "'s fold does not rise at @25");
        }
        String means = String.format(Locale.ROOT, "mean recall@25 %.3f (hand-set %.3f)", learnedMean, handMean);
        return fails.isEmpty() ? "kept: " + means : "not kept: " + means + "; " + String.join("; ", fails);
    }
}
