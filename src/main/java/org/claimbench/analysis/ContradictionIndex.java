package org.claimbench.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Contradiction suggestions kept up to date as claims come and go: the claims' features stay
 * indexed, so a new claim is scored only against the claims it shares features with (tens, not
 * thousands), and a removed claim takes its suggestions with it.
 */
public final class ContradictionIndex {

    private final ContradictionSuggester scorer = new ContradictionSuggester();
    private final Map<Long, ClaimFeatures> claims = new HashMap<>();
    private final Map<String, Set<Long>> postings = new HashMap<>();
    private final Map<String, ContradictionSuggestion> suggestions = new HashMap<>();
    private final Set<String> skip = new HashSet<>();

    public ContradictionIndex(List<ClaimFacts> initial) {
        for (ClaimFacts c : initial) {
            put(c);
        }
        for (ContradictionSuggestion s : new ContradictionSuggester().suggest(initial, Set.of())) {
            suggestions.put(ContradictionSuggester.key(s.claimA(), s.claimB()), s);
        }
    }

    /** Pairs never to suggest (dismissed, or linked already). */
    public void skip(String key) {
        skip.add(key);
        suggestions.remove(key);
    }

    /** Adds (or replaces) a claim and returns the suggestions it takes part in. */
    public List<ContradictionSuggestion> add(ClaimFacts c) {
        remove(c.id());
        ClaimFeatures features = put(c);
        Map<Long, Integer> shared = new HashMap<>();
        for (String f : features.blockingKeys()) {
            Set<Long> p = postings.get(f);
            if (p == null || p.size() > ContradictionSuggester.MAX_POSTINGS) {
                continue;
            }
            int weight = f.startsWith("#") ? 2 : 1;
            for (long other : p) {
                if (other != c.id()) {
                    shared.merge(other, weight, Integer::sum);
                }
            }
        }
        List<ContradictionSuggestion> found = new ArrayList<>();
        for (Map.Entry<Long, Integer> e : shared.entrySet()) {
            String key = ContradictionSuggester.key(c.id(), e.getKey());
            if (e.getValue() >= 2 && !skip.contains(key)) {
                scorer.score(features, claims.get(e.getKey())).ifPresent(s -> {
                    suggestions.put(key, s);
                    found.add(s);
                });
            }
        }
        return found;
    }

    public void remove(long claimId) {
        ClaimFeatures old = claims.remove(claimId);
        if (old == null) {
            return;
        }
        for (String f : old.blockingKeys()) {
            Set<Long> p = postings.get(f);
            if (p != null) {
                p.remove(claimId);
            }
        }
        suggestions.values().removeIf(s -> s.claimA() == claimId || s.claimB() == claimId);
    }

    /** All current suggestions, best first. */
    public List<ContradictionSuggestion> ranked() {
        List<ContradictionSuggestion> out = new ArrayList<>(suggestions.values());
        out.sort(Comparator.comparingDouble(ContradictionSuggestion::score).reversed()
                .thenComparingLong(ContradictionSuggestion::claimA).thenComparingLong(ContradictionSuggestion::claimB));
        return out;
    }

    private ClaimFeatures put(ClaimFacts c) {
        ClaimFeatures f = scorer.features(c);
        claims.put(c.id(), f);
        for (String key : f.blockingKeys()) {
            postings.computeIfAbsent(key, k -> new HashSet<>()).add(c.id());
        }
        return f;
    }
}
