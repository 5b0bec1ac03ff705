package org.claimbench.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.claimbench.domain.TextSpan;

/**
 * The matching rule of the evaluation: a suggested span matches a gold span of the same article
 * when they overlap by at least half of the shorter one; each gold span is matched at most once.
 */
public final class SpanMatching {

    /** A span of an article, with what it was said to be (for source accuracy). */
    public record Item(long articleId, TextSpan span, String source) {
    }

    /** For each suggestion, the index of the gold item it matched, or -1. */
    public static int[] match(List<Item> suggested, List<Item> gold) {
        int[] matched = new int[suggested.size()];
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < suggested.size(); i++) {
            matched[i] = -1;
            Item s = suggested.get(i);
            int best = -1;
            int bestOverlap = 0;
            for (int j = 0; j < gold.size(); j++) {
                Item g = gold.get(j);
                if (used.contains(j) || g.articleId() != s.articleId()) {
                    continue;
                }
                int overlap = matchingOverlap(s.span(), g.span());
                if (overlap > bestOverlap) {
                    best = j;
                    bestOverlap = overlap;
                }
            }
            if (best >= 0) {
                used.add(best);
                matched[i] = best;
            }
        }
        return matched;
    }

    /**
     * How many UTF-16 units two spans share when they match by this rule (they overlap by at least half of the shorter);
     * 0 when they do not match.
     */
    public static int matchingOverlap(TextSpan a, TextSpan b) {
        int overlap = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
        return overlap > 0 && overlap * 2 >= Math.min(a.length(), b.length()) ? overlap : 0;
    }

    private SpanMatching() {
    }

    static List<Item> items() {
        return new ArrayList<>();
    }
}
