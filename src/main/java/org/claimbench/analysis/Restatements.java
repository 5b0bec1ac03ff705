package org.claimbench.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sentences that only say again what an earlier suggestion of the same source said: a fact-checker
 * marks a statement once, where it is said most fully first.
 */
final class Restatements {

    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(not|no|never|neither|nor|without|none|nothing)\\b|n't\\b");

    /** How many earlier suggestions a sentence is compared with (an article's length must not make this quadratic). */
    private static final int RESTATEMENT_WINDOW = 60;

    private Restatements() {
    }

    /**
     * The suggestions without the sentences that only repeat an earlier suggestion of the same source ("Negotiations
     * will start immediately" after "… will immediately begin negotiations …"): three quarters or more
     * of their content words already in one of the last suggestions, and neither of the two denying
     * what the other affirms.
     */
    static List<ClaimSuggestion> without(String text, List<ClaimSuggestion> in) {
        List<ClaimSuggestion> out = new ArrayList<>(in.size());
        List<Set<String>> kept = new ArrayList<>(in.size());
        for (ClaimSuggestion c : in) {
            String t = text.substring(c.span().start(), c.span().end());
            Set<String> words = Words.content(t, false);
            boolean repeats = false;
            for (int i = Math.max(0, out.size() - RESTATEMENT_WINDOW); i < out.size() && !repeats && words.size() >= 3; i++) {
                ClaimSuggestion earlier = out.get(i);
                if (earlier.source().equals(c.source())) {
                    long shared = words.stream().filter(kept.get(i)::contains).count();
                    String e = text.substring(earlier.span().start(), earlier.span().end());
                    repeats = shared * 4 >= words.size() * 3L && NEGATION.matcher(t).find() == NEGATION.matcher(e).find();
                }
            }
            if (!repeats) {
                out.add(c);
                kept.add(words);
            }
        }
        return out;
    }
}
