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
 *
 * <p>Only each pair's score is kept ({@link ScoredPairs}); a suggestion's signals are made again when
 * it is read ({@link #involving}, {@link #top}): a big workspace scores hundreds of thousands of pairs
 * and a list shows a few hundred.
 */
public final class ContradictionIndex {

    private final ContradictionSuggester scorer = new ContradictionSuggester();
    private final Map<Long, ClaimFeatures> claims = new HashMap<>();
    /** Claim ids by blocking key, in primitive arrays ({@link IdPostings}): at 100,000 claims a million boxed ids took a tenth of the heap. */
    private final IdPostings postings = new IdPostings();
    /**
     * Where affirmed verbs' sense keys are posted: only once a claim added there denies a verb (the claims the index
     * was built with were paired already; {@link SenseKeys.Denials}).
     */
    private final SenseKeys.Denials affirmedPosted = SenseKeys.Denials.none();
    private final ScoredPairs pairs = new ScoredPairs();
    /**
     * Each pattern a kept pair has ({@link Diversity#pattern}) with the kind of its strongest signal ({@link Diversity#kind}),
     * numbered once: pairs keep its number (number 0, no pattern and no kind, is never kept).
     */
    private final List<String> patterns = new ArrayList<>(List.of(""));
    private final List<org.claimbench.domain.ContradictionKind> kinds = new ArrayList<>(java.util.Collections.singletonList(null));
    private final Map<String, Integer> patternNumbers = new HashMap<>(Map.of("", 0));
    /** Which claims say the same thing ({@link ConflictCopies}), read from the claims kept now. */
    private final ConflictCopies.Likeness likeness = ConflictCopies.of(id -> {
        ClaimFeatures f = claims.get(id);
        return f == null ? null : f.facts;
    });
    private final Set<String> skip = new HashSet<>();
    private final Map<Long, TreeSet<ClaimFeatures>> inTextOrder = new HashMap<>();
    /** Where the build spent its time (started as the index is made, so it runs first). */
    private final BuildPhases phases = new BuildPhases();

    public ContradictionIndex(List<ClaimFacts> initial) {
        this(initial, (List<byte[]>) null);
    }

    /**
     * An index of claims whose features may be stored ({@link StoredFeatures}, by the claims' places; null where not): a stored
     * form that is the present code's for the claim as it is now is read back, any other claim's features are read anew. Each
     * entry of {@code stored} is set to null once read (a modifiable list: the forms go while the build goes on).
     */
    public ContradictionIndex(List<ClaimFacts> initial, List<byte[]> stored) {
        // The claims' features are read on all cores (reading one reads nothing shared that changes), then kept in order.
        List<ClaimFeatures> features = new ArrayList<>(initial.size());
        Spread.inOrder(initial.size(), READ_BLOCK, i -> stored == null ? scorer.features(initial.get(i))
                : scorer.features(initial.get(i), stored.get(i)), (f, i) -> {
            claims.put(f.facts.id(), f);
            features.add(f);
            if (stored != null) {
                stored.set(i, null);
            }
        });
        phases.end("features");
        scorer.scoreAmong(features, Set.of(), this::keep, phases);
        // The keys each claim posts, for the claims added later ({@link #add}), are made once the pairs are scored: the
        // scoring's own numbered keys ({@link Candidates}) are gone by then, and the two are not held at once (at 100,000
        // claims each is some 40 MB). Made on all cores (no claim is added to the posted denials while the index is built),
        // posted in claim order.
        Spread.inOrder(features.size(), READ_BLOCK, i -> BlockingKeys.posted(features.get(i), affirmedPosted), (keys, i) -> post(features.get(i).facts.id(), keys));
        phases.end("keys posted for updates");
        for (ClaimFeatures f : features) {
            if (f.facts.positioned()) {
                inTextOrder.computeIfAbsent(f.facts.articleId(), k -> new TreeSet<>(ClaimFeatures.TEXT_ORDER)).add(f);
            }
        }
        phases.end("claims in text order");
    }

    /** Where building this index spent its time, phase by phase (for the benches). */
    public List<BuildPhases.Phase> buildPhases() {
        return phases.phases();
    }

    /** How many pairs are suggested now. */
    public int size() {
        return pairs.size();
    }

    /** How many pairs were scored when the index was built (the others were never compared). */
    public long pairsScored() {
        return scorer.pairsScored();
    }

    /** Of the pairs scored when the index was built, how many some signal could fire on (the others were decided without their signals). */
    public long pairsPastBound() {
        return scorer.pairsPastBound();
    }

    /** Pairs never to suggest (dismissed, or linked already). */
    public void skip(String key) {
        skip.add(key);
        org.claimbench.domain.Contradiction.claimsOfPairKey(key).ifPresent(p -> pairs.remove(p[0], p[1]));
    }

    /**
     * A pair to suggest again (its link undone or deleted): scored afresh if both its claims are still
     * here; returns its suggestion, empty when it has no signal now or a claim is gone.
     */
    public java.util.Optional<ContradictionSuggestion> unskip(String key) {
        if (!skip.remove(key)) {
            return java.util.Optional.empty();
        }
        return org.claimbench.domain.Contradiction.claimsOfPairKey(key).flatMap(p -> {
            ClaimFeatures a = claims.get(Math.min(p[0], p[1]));
            ClaimFeatures b = claims.get(Math.max(p[0], p[1]));
            if (a == null || b == null) {
                return java.util.Optional.empty();
            }
            java.util.Optional<ContradictionSuggestion> s = scorer.score(a, b);
            s.ifPresent(this::keep);
            return s;
        });
    }

    /** The suggestions a claim takes part in (their signals made now, see the class comment). */
    public List<ContradictionSuggestion> involving(long claimId) {
        List<ContradictionSuggestion> out = new ArrayList<>();
        for (long other : pairs.partners(claimId)) {
            suggestion(claimId, other).ifPresent(out::add);
        }
        return out;
    }

    /** A kept pair's suggestion, scored again from its claims' current features. */
    private java.util.Optional<ContradictionSuggestion> suggestion(long a, long b) {
        ClaimFeatures fa = claims.get(a), fb = claims.get(b);
        return fa == null || fb == null ? java.util.Optional.empty() : scorer.score(fa, fb);
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
        Set<String> denied = affirmedPosted.add(features);
        if (!denied.isEmpty()) {
            for (ClaimFeatures f : claims.values()) {
                SenseKeys.postedAffirmed(f, denied).forEach(key -> postings.addIfAbsent(key, f.facts.id()));
            }
        }
        Map<Long, Integer> shared = new HashMap<>();
        for (String f : BlockingKeys.posted(features, affirmedPosted)) {
            int size = postings.size(f);
            if (size == 0 || size > ContradictionSuggester.MAX_POSTINGS || BlockingKeys.postedOnly(f)) {
                continue;
            }
            int weight = f.startsWith("#") ? 2 : 1;
            postings.forEach(f, other -> {
                if (other != c.id()) {
                    shared.merge(other, weight, Integer::sum);
                }
            });
        }
        for (String f : BlockingKeys.lookedUp(features, SenseKeys.Denials.EVERYWHERE)) {
            int size = postings.size(f);
            if (size == 0 || size > ContradictionSuggester.MAX_POSTINGS) {
                continue;
            }
            postings.forEach(f, other -> {
                if (other != c.id()) {
                    shared.merge(other, 2, Integer::sum);
                }
            });
        }
        // Its nearest neighbours by meaning (every claim's vector is compared: a few milliseconds for 10,000), and in its event.
        if (c.vector().present()) {
            for (long other : nearest(c)) {
                shared.merge(other, 2, Integer::sum);
            }
            java.util.Arrays.stream(EventNeighbours.among(features, claims.values())).forEach(other -> shared.merge(other, 2, Integer::sum));
            java.util.Arrays.stream(SideNeighbours.among(features, claims.values())).forEach(other -> shared.merge(other, 2, Integer::sum));
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
        for (String f : BlockingKeys.posted(old, SenseKeys.Denials.EVERYWHERE)) {
            postings.remove(f, claimId);
        }
        pairs.removeClaim(claimId);
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
        pairs.remove(a.facts.id(), b.facts.id());
        if (!skip.contains(ContradictionSuggester.key(a.facts.id(), b.facts.id()))) {
            scorer.score(a, b).ifPresent(this::keep);
        }
    }

    private void keep(ContradictionSuggestion s) {
        String pattern = Diversity.pattern(s);
        org.claimbench.domain.ContradictionKind kind = Diversity.kind(s);
        String key = kind.ordinal() + "\u0001" + pattern;
        Integer number = patternNumbers.get(key);
        if (number == null) {
            number = patterns.size();
            patterns.add(pattern);
            kinds.add(kind);
            patternNumbers.put(key, number);
        }
        pairs.put(s.claimA(), s.claimB(), s.score(), number);
    }

    /** All current suggestions, best first, diversified as ContradictionSuggester.suggest ranks them (each pair scored again). */
    public List<ContradictionSuggestion> ranked() {
        List<ContradictionSuggestion> out = new ArrayList<>(pairs.size());
        pairs.forEach((a, b, score, pattern) -> suggestion(a, b).ifPresent(out::add));
        out.sort(ContradictionSuggestion.RANKING);
        return Diversity.rerank(out, likeness);
    }

    /** Which claims kept now say the same thing ({@link ConflictCopies}): what {@link Diversity#place} reads of retellings. */
    public ConflictCopies.Likeness likeness() {
        return likeness;
    }

    /**
     * The best {@code n} suggestions whose pair key is not in {@code skip}, best first and diversified as
     * {@link #ranked} is (among the pairs not skipped): what a list shows, without sorting every suggestion of a
     * big workspace (a bounded heap of a few times n by the kept scores, widened when the diversified ranking
     * reaches its end, and diversified by the kept scores and patterns): only the n pairs taken are scored again
     * for their signals.
     */
    public List<ContradictionSuggestion> top(int n, Set<String> skip) {
        if (n <= 0) {
            return List.of();
        }
        Map<Long, Set<Long>> skipped = new HashMap<>();
        for (String key : skip) {
            org.claimbench.domain.Contradiction.claimsOfPairKey(key).ifPresent(p -> skipped.computeIfAbsent(Math.min(p[0], p[1]), k -> new HashSet<>()).add(Math.max(p[0], p[1])));
        }
        java.util.function.BiPredicate<Long, Long> listed = (a, b) -> skipped.isEmpty() || !skipped.getOrDefault(a, Set.of()).contains(b);
        // Most lists are settled by the best few times n pairs, found with a bounded heap in one pass.
        int first = Math.max(4 * n, n + 100);
        java.util.PriorityQueue<KeptPair> heap = new java.util.PriorityQueue<>(KeptPair.WORST_FIRST);
        int[] eligible = {0};
        pairs.forEach((a, b, score, pattern) -> {
            if (!listed.test(a, b)) {
                return;
            }
            eligible[0]++;
            KeptPair k = new KeptPair(a, b, score, pattern);
            if (heap.size() < first) {
                heap.add(k);
            } else if (KeptPair.BEST_FIRST.compare(k, heap.peek()) < 0) {
                heap.poll();
                heap.add(k);
            }
        });
        List<KeptPair> best = new ArrayList<>(heap);
        best.sort(KeptPair.BEST_FIRST);
        java.util.Optional<List<KeptPair>> taken = Diversity.rerank(best, n, eligible[0] <= first, keptView, likeness);
        if (taken.isEmpty()) {
            // Many copies of few patterns: the diversified list reaches deeper. Every pair is ranked once, and longer
            // and longer beginnings of that ranking are diversified until one settles the list.
            List<KeptPair> all = new ArrayList<>(eligible[0]);
            pairs.forEach((a, b, score, pattern) -> {
                if (listed.test(a, b)) {
                    all.add(new KeptPair(a, b, score, pattern));
                }
            });
            all.sort(KeptPair.BEST_FIRST);
            for (int part = 4 * first; taken.isEmpty(); part *= 4) {
                boolean complete = part >= all.size();
                taken = Diversity.rerank(complete ? all : all.subList(0, part), n, complete, keptView, likeness);
            }
        }
        List<ContradictionSuggestion> out = new ArrayList<>(taken.get().size());
        for (KeptPair k : taken.get()) {
            suggestion(k.a(), k.b()).ifPresent(s -> out.add(s.score() == k.score() ? s : Diversity.SUGGESTIONS.lowered(s, k.score())));
        }
        return Diversity.noted(out, likeness);
    }

    /** How {@link Diversity} reads a kept pair: its pattern by number. */
    private final Diversity.View<KeptPair> keptView = KeptPair.view(patterns, kinds);

    /** How many claims' features (or keys) are read at once while the index is built. */
    private static final int READ_BLOCK = 4096;

    private ClaimFeatures put(ClaimFacts c) {
        ClaimFeatures f = scorer.features(c);
        claims.put(c.id(), f);
        post(c.id(), BlockingKeys.posted(f, affirmedPosted));
        return f;
    }

    private void post(long id, List<String> keys) {
        for (String key : keys) {
            postings.add(key, id);
        }
    }
}
