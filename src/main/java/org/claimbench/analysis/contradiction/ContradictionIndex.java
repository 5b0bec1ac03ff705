package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Contradiction suggestions kept up to date as claims come and go: the claims' features stay
 * indexed, so a new claim is scored only against the claims it shares features with (tens, not
 * thousands), and a removed claim takes its suggestions with it. Each article's claims are kept
 * in text order too: a claim placed between two others becomes the one before the second, so
 * the pair "set against each other" by the article is scored again.
 */
public final class ContradictionIndex {

    private final ContradictionSuggester scorer = new ContradictionSuggester();
    private final Map<Long, ClaimFeatures> claims = new HashMap<>();
    private final Map<String, Set<Long>> postings = new HashMap<>();
    private final Map<String, ContradictionSuggestion> suggestions = new HashMap<>();
    private final Map<Long, Set<String>> keysByClaim = new HashMap<>();
    private final Set<String> skip = new HashSet<>();
    private final Map<Long, TreeSet<ClaimFeatures>> inTextOrder = new HashMap<>();

    public ContradictionIndex(List<ClaimFacts> initial) {
        List<ClaimFeatures> features = new ArrayList<>(initial.size());
        for (ClaimFacts c : initial) {
            features.add(put(c));
        }
        for (ContradictionSuggestion s : scorer.suggestAmong(features, Set.of())) {
            keep(s);
        }
        for (ClaimFeatures f : features) {
            if (f.facts.positioned()) {
                inTextOrder.computeIfAbsent(f.facts.articleId(), k -> new TreeSet<>(ClaimFeatures.TEXT_ORDER)).add(f);
            }
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

    /**
     * Adds (or replaces) a claim and scores it against its candidates. Returns the claims whose
     * suggestions changed: this one, and the claims around it in its article (their pair is
     * scored again, see the class comment); {@link #involving} gives their suggestions.
     */
    public Set<Long> add(ClaimFacts c) {
        ClaimFeatures had = claims.get(c.id());
        if (had != null && sameClaim(had.facts, c)) {
            // Nothing the engine reads has changed (a contradiction linked, a verdict given): its pairs stand as they are.
            return Set.of();
        }
        Set<Long> touched = new HashSet<>(remove(c.id()));
        ClaimFeatures features = put(c);
        touched.add(c.id());
        Map<Long, Integer> shared = new HashMap<>();
        for (String f : BlockingKeys.posted(features)) {
            Set<Long> p = postings.get(f);
            if (p == null || p.size() > ContradictionSuggester.MAX_POSTINGS || BlockingKeys.postedOnly(f)) {
                continue;
            }
            int weight = f.startsWith("#") ? 2 : 1;
            for (long other : p) {
                if (other != c.id()) {
                    shared.merge(other, weight, Integer::sum);
                }
            }
        }
        for (String f : BlockingKeys.lookedUp(features)) {
            Set<Long> p = postings.get(f);
            if (p == null || p.size() > ContradictionSuggester.MAX_POSTINGS) {
                continue;
            }
            for (long other : p) {
                if (other != c.id()) {
                    shared.merge(other, 2, Integer::sum);
                }
            }
        }
        // Its nearest neighbours by meaning (every claim's vector is compared: a few milliseconds for 10,000).
        if (c.vector().present()) {
            for (long other : nearest(c)) {
                shared.merge(other, 2, Integer::sum);
            }
        }
        if (c.positioned()) {
            TreeSet<ClaimFeatures> order = inTextOrder.computeIfAbsent(c.articleId(), k -> new TreeSet<>(ClaimFeatures.TEXT_ORDER));
            order.add(features);
            ClaimFeatures before = order.lower(features);
            ClaimFeatures after = order.higher(features);
            features.previousId = before == null ? 0 : before.facts.id();
            if (before != null) {
                shared.merge(before.facts.id(), 2, Integer::sum);
            }
            if (after != null) {
                after.previousId = c.id();
                shared.merge(after.facts.id(), 2, Integer::sum);
                if (before != null) {
                    rescore(before, after);
                    touched.add(before.facts.id());
                    touched.add(after.facts.id());
                }
            }
        }
        for (Map.Entry<Long, Integer> e : shared.entrySet()) {
            if (e.getValue() >= 2) {
                rescore(features, claims.get(e.getKey()));
            }
        }
        return touched;
    }

    /** Whether two facts of one claim read the same: text, place, source and event (a reading made meanwhile changes nothing). */
    private static boolean sameClaim(ClaimFacts a, ClaimFacts b) {
        return a.articleId() == b.articleId() && a.start() == b.start() && a.end() == b.end() && a.text().equals(b.text())
                && a.lead().equals(b.lead()) && a.source().equals(b.source()) && a.event().equals(b.event())
                && a.eventKeys().equals(b.eventKeys()) && a.vector().present() == b.vector().present();
    }

    /** The claims most alike a claim in meaning (ContradictionSuggester's number and threshold), itself left out. */
    private List<Long> nearest(ClaimFacts c) {
        java.util.PriorityQueue<double[]> best = new java.util.PriorityQueue<>((x, y) -> Double.compare(x[0], y[0]));
        for (ClaimFeatures f : claims.values()) {
            if (f.facts.id() == c.id()) {
                continue;
            }
            double cos = c.vector().cosine(f.facts.vector());
            if (cos >= ContradictionSuggester.NEIGHBOUR_MIN) {
                best.add(new double[] {cos, f.facts.id()});
                if (best.size() > ContradictionSuggester.NEIGHBOURS) {
                    best.poll();
                }
            }
        }
        List<Long> out = new ArrayList<>(best.size());
        best.forEach(x -> out.add((long) x[1]));
        return out;
    }

    /** Takes a claim out with its suggestions; returns the claims whose suggestions changed (see {@link #add}). */
    public Set<Long> remove(long claimId) {
        ClaimFeatures old = claims.remove(claimId);
        if (old == null) {
            return Set.of();
        }
        Set<Long> touched = new HashSet<>();
        touched.add(claimId);
        for (String f : BlockingKeys.posted(old)) {
            Set<Long> p = postings.get(f);
            if (p != null) {
                p.remove(claimId);
            }
        }
        for (String key : List.copyOf(keysByClaim.getOrDefault(claimId, Set.of()))) {
            drop(key);
        }
        keysByClaim.remove(claimId);
        TreeSet<ClaimFeatures> order = inTextOrder.get(old.facts.articleId());
        if (order != null && order.remove(old)) {
            ClaimFeatures before = order.lower(old);
            ClaimFeatures after = order.higher(old);
            if (after != null) {
                after.previousId = before == null ? 0 : before.facts.id();
                touched.add(after.facts.id());
                if (before != null) {
                    touched.add(before.facts.id());
                    rescore(before, after);
                }
            }
        }
        return touched;
    }

    /** Scores a pair again (its signals may have changed), unless it is not to be suggested. */
    private void rescore(ClaimFeatures a, ClaimFeatures b) {
        String key = ContradictionSuggester.key(a.facts.id(), b.facts.id());
        drop(key);
        if (!skip.contains(key)) {
            scorer.score(a, b).ifPresent(this::keep);
        }
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

    /** All current suggestions, best first, diversified as ContradictionSuggester.suggest ranks them. */
    public List<ContradictionSuggestion> ranked() {
        List<ContradictionSuggestion> out = new ArrayList<>(suggestions.values());
        out.sort(ContradictionSuggestion.RANKING);
        return Diversity.rerank(out);
    }

    /**
     * The best {@code n} suggestions whose pair key is not in {@code skip}, best first and diversified as
     * {@link #ranked} is (among the pairs not skipped): what a list shows, without sorting every suggestion of a
     * big workspace (a bounded heap of a few times n, widened when the diversified ranking reaches its end).
     */
    public List<ContradictionSuggestion> top(int n, Set<String> skip) {
        if (n <= 0) {
            return List.of();
        }
        for (int part = Math.max(4 * n, n + 100); ; part *= 4) {
            java.util.PriorityQueue<ContradictionSuggestion> best = new java.util.PriorityQueue<>(ContradictionSuggestion.RANKING.reversed());
            int eligible = 0;
            for (Map.Entry<String, ContradictionSuggestion> e : suggestions.entrySet()) {
                if (skip.contains(e.getKey())) {
                    continue;
                }
                eligible++;
                best.add(e.getValue());
                if (best.size() > part) {
                    best.poll();
                }
            }
            List<ContradictionSuggestion> sorted = new ArrayList<>(best);
            sorted.sort(ContradictionSuggestion.RANKING);
            java.util.Optional<List<ContradictionSuggestion>> out = Diversity.rerank(sorted, n, eligible <= part);
            if (out.isPresent()) {
                return out.get();
            }
        }
    }

    private ClaimFeatures put(ClaimFacts c) {
        ClaimFeatures f = scorer.features(c);
        claims.put(c.id(), f);
        for (String key : BlockingKeys.posted(f)) {
            postings.computeIfAbsent(key, k -> new HashSet<>()).add(c.id());
        }
        return f;
    }
}
