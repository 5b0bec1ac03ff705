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
    private final Map<Long, Set<String>> keysByClaim = new HashMap<>();
    private final Set<String> skip = new HashSet<>();

    public ContradictionIndex(List<ClaimFacts> initial) {
        List<ClaimFeatures> features = new ArrayList<>(initial.size());
        for (ClaimFacts c : initial) {
            features.add(put(c));
        }
        for (ContradictionSuggestion s : scorer.suggestAmong(features, Set.of())) {
            keep(s);
        }
    }

    /** Pairs never to suggest (dismissed, or linked already). */
    public void skip(String key) {
        skip.add(key);
        drop(key);
    }

    /** The suggestions a claim takes part in. */
    public List<ContradictionSuggestion> involving(long claimId) {
        return keysByClaim.getOrDefault(claimId, Set.of()).stream().map(suggestions::get).toList();
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
                    keep(s);
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
        for (String key : List.copyOf(keysByClaim.getOrDefault(claimId, Set.of()))) {
            drop(key);
        }
        keysByClaim.remove(claimId);
    }

    private void keep(ContradictionSuggestion s) {
        String key = ContradictionSuggester.key(s.claimA(), s.claimB());
        suggestions.put(key, s);
        keysByClaim.computeIfAbsent(s.claimA(), k -> new HashSet<>()).add(key);
        keysByClaim.computeIfAbsent(s.claimB(), k -> new HashSet<>()).add(key);
    }

    private void drop(String key) {
        ContradictionSuggestion s = suggestions.remove(key);
        if (s != null) {
            Set<String> a = keysByClaim.get(s.claimA());
            if (a != null) {
                a.remove(key);
            }
            Set<String> b = keysByClaim.get(s.claimB());
            if (b != null) {
                b.remove(key);
            }
        }
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
