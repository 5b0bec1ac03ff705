package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.claimbench.analysis.meaning.NeighbourIndex;

/**
 * Suggests contradictions among a workspace's claims without comparing every pair. Candidate pairs
 * come from three places: claims that share rare enough features (content lemmas, the kind of
 * quantity they state, a status, timing or judgement cue within one event), each claim's nearest
 * neighbours by meaning ({@link NeighbourIndex}: a pair that shares meaning and no word is
 * reachable), and each claim with the one before it in its article. Only candidates are scored;
 * the signals of a pair ({@link ContradictionSignals}) decide its score, which rises with how
 * alike the two claims are in meaning. Pairs across sources rank above same-source pairs; pairs
 * from articles about different events are compared only where the claims speak of the same event.
 */
public final class ContradictionSuggester {

    /** Features shared by more claims than this do not make pairs (they say nothing about a topic). */
    static final int MAX_POSTINGS = 300;
    /** How many nearest neighbours by meaning each claim meets, and how alike they must be at least. */
    static final int NEIGHBOURS = 10;
    static final double NEIGHBOUR_MIN = 0.5;

    private final QuantityReader reader = new QuantityReader();
    private long pairsScored;
    private long pairsPastBound;

    /** How many pairs the last run scored (all the others were never compared). */
    public long pairsScored() {
        return pairsScored;
    }

    /**
     * Of those, how many some signal could fire on ({@link ContradictionSignals#mayFire}) and are a pair (one event, or an event named
     * in common: {@link ContradictionSignals#comparable}): only these had their signals run.
     */
    public long pairsPastBound() {
        return pairsPastBound;
    }

    /**
     * Ranked suggestions among claims, many conflicts before many copies of one ({@link Diversity}: the
     * scores are lowered accordingly, retellings of one conflict in other claims too, {@link ConflictCopies}); pairs in skip ("min:max" ids, e.g. dismissed or linked) are left out.
     */
    public List<ContradictionSuggestion> suggest(List<ClaimFacts> claims, Set<String> skip) {
        List<ContradictionSuggestion> l = suggestAmong(claims.stream().map(this::features).toList(), skip);
        Map<Long, ClaimFacts> byId = new HashMap<>();
        claims.forEach(c -> byId.put(c.id(), c));
        return Diversity.rerank(l, ConflictCopies.of(byId::get));
    }

    /** Every suggestion among claims with its own score (not diversified), best first. */
    List<ContradictionSuggestion> suggestAmong(List<ClaimFeatures> features, Set<String> skip) {
        List<ContradictionSuggestion> out = new ArrayList<>();
        scoreAmong(features, skip, out::add);
        out.sort(ContradictionSuggestion.RANKING);
        return out;
    }

    /** Every suggestion among claims with its own score, handed over as it is found (in no order): nothing is kept. */
    void scoreAmong(List<ClaimFeatures> features, Set<String> skip, java.util.function.Consumer<ContradictionSuggestion> out) {
        scoreAmong(features, skip, out, null);
    }

    /** As {@link #scoreAmong(List, Set, java.util.function.Consumer)}, its phases ended in {@code phases} when given. */
    void scoreAmong(List<ClaimFeatures> features, Set<String> skip, java.util.function.Consumer<ContradictionSuggestion> out, BuildPhases phases) {
        Candidates candidates = new Candidates(features, phases, false);
        pairsScored = 0;
        pairsPastBound = 0;
        // Claims' pairs are scored on all cores a block of claims at a time ({@link Spread}: scoring reads only), each
        // thread with its own candidate arrays, and handed over in claim order, as one thread would hand them over.
        int[][] shared = new int[Spread.THREADS][candidates.size()];
        int[][] touched = new int[Spread.THREADS][candidates.size()];
        @SuppressWarnings("unchecked")
        List<ContradictionSuggestion>[] found = new List[Math.min(features.size(), SCORING_BLOCK)];
        long[] scored = new long[found.length];
        long[] signalled = new long[found.length];
        for (int from = 0; from < features.size(); from += found.length) {
            int start = from;
            int to = Math.min(features.size(), from + found.length);
            Spread.run(from, to, (thread, i) -> {
                ClaimFeatures a = features.get(i);
                List<ContradictionSuggestion> own = new ArrayList<>();
                long[] count = {0, 0};
                candidates.forEachLater(i, shared[thread], touched[thread], j -> {
                    ClaimFeatures b = features.get(j);
                    if (a.facts.id() != b.facts.id() && (skip.isEmpty() || !skip.contains(key(a.facts.id(), b.facts.id())))) {
                        count[0]++;
                        long signals = mayFire(a, b);
                        if (signals != 0) {
                            count[1]++;
                            scored(a, b, signals).ifPresent(own::add);
                        }
                    }
                });
                found[i - start] = own;
                scored[i - start] = count[0];
                signalled[i - start] = count[1];
            });
            for (int i = from; i < to; i++) {
                pairsScored += scored[i - from];
                pairsPastBound += signalled[i - from];
                found[i - from].forEach(out);
                found[i - from] = null;
                // Its rows are not read again: let them go while the pairs grow (docs/speed.md, round 29).
                candidates.release(i);
            }
        }
        if (phases != null) {
            phases.end("scoring the candidate pairs");
        }
    }

    /** How many claims' pairs are scored before they are handed over (their suggestions held meanwhile). */
    private static final int SCORING_BLOCK = 1024;

    /**
     * Every scored pair among claims with its hand-set score (not diversified) and its features for a learned ranking
     * ({@link PairFeatures}, the pair counts filled in), in no particular order. For training and measuring a ranking.
     */
    public List<PairFeatures.Featured> featured(List<ClaimFacts> claims) {
        List<ClaimFeatures> features = claims.stream().map(this::features).toList();
        Map<Long, ClaimFeatures> byId = new HashMap<>();
        features.forEach(f -> byId.put(f.facts.id(), f));
        List<PairFeatures.Featured> out = new ArrayList<>();
        scoreAmong(features, Set.of(), s -> {
            ClaimFeatures a = byId.get(s.claimA());
            ClaimFeatures b = byId.get(s.claimB());
            out.add(new PairFeatures.Featured(s, PairFeatures.of(a, b, ContradictionSignals.pair(a, b), s.signals(), s.score()),
                    PairLanguage.of(a, b)));
        });
        return PairFeatures.withPairCounts(out);
    }

    /** Suggestions re-ranked by their scores (best first), then diversified as {@link #suggest} does. */
    public static List<ContradictionSuggestion> diversified(List<ContradictionSuggestion> scored) {
        List<ContradictionSuggestion> sorted = new ArrayList<>(scored);
        sorted.sort(ContradictionSuggestion.RANKING);
        return Diversity.rerank(sorted);
    }

    /**
     * Suggestions re-ranked by their scores (best first), then diversified exactly as {@link #suggest} diversifies
     * among these claims (retellings of one conflict lowered too, {@link ConflictCopies}): a ranking measured as
     * {@code eval} measures the engine's.
     */
    public static List<ContradictionSuggestion> diversified(List<ContradictionSuggestion> scored, List<ClaimFacts> claims) {
        List<ContradictionSuggestion> sorted = new ArrayList<>(scored);
        sorted.sort(ContradictionSuggestion.RANKING);
        Map<Long, ClaimFacts> byId = new HashMap<>();
        claims.forEach(c -> byId.put(c.id(), c));
        return Diversity.rerank(sorted, ConflictCopies.of(byId::get));
    }

    /**
     * Why each of some pairs is or is not suggested among these claims: what brings the two claims
     * together (candidate routes), whether their events let them be compared, and the signals found.
     * For reading an evaluation (eval --details), not for ranking: it reads every pair asked for.
     */
    public List<PairDiagnosis> diagnose(List<ClaimFacts> claims, List<long[]> pairs) {
        List<ClaimFeatures> features = claims.stream().map(this::features).toList();
        Candidates candidates = new Candidates(features);
        Map<Long, Integer> at = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            at.put(features.get(i).facts.id(), i);
        }
        List<PairDiagnosis> out = new ArrayList<>(pairs.size());
        for (long[] p : pairs) {
            Integer i = at.get(p[0]);
            Integer j = at.get(p[1]);
            if (i == null || j == null) {
                continue;
            }
            ClaimFeatures a = features.get(i);
            ClaimFeatures b = features.get(j);
            Pair pair = ContradictionSignals.pair(a, b);
            String barred = pair != null ? "" : "different events (“" + a.facts.event() + "” and “" + b.facts.event() + "”) and no event named in common";
            List<Signal> signals = pair == null ? List.of() : ContradictionSignals.between(a, b, pair);
            boolean reached = candidates.reached(i, j);
            List<String> routes = new ArrayList<>(candidates.routes(i, j));
            if (!reached && !NeighbourRanks.of(features, i, j).isEmpty()) {
                routes.add(NeighbourRanks.of(features, i, j));
            }
            out.add(new PairDiagnosis(p[0], p[1], reached, routes, barred, signals,
                    a.facts.vector().cosine(b.facts.vector())));
        }
        return out;
    }

    /** The signals of one pair, combined into a score; empty when there is no signal. */
    public Optional<ContradictionSuggestion> score(ClaimFacts a, ClaimFacts b) {
        return score(features(a), features(b));
    }

    Optional<ContradictionSuggestion> score(ClaimFeatures first, ClaimFeatures second) {
        return score(first, second, true);
    }

    /**
     * As {@link #score(ClaimFeatures, ClaimFeatures)}; with {@code bound}, a pair no signal can fire on ({@link ContradictionSignals#mayFire})
     * is decided without its context and signals (the same answer, for less): false only to check that.
     */
    Optional<ContradictionSuggestion> score(ClaimFeatures first, ClaimFeatures second, boolean bound) {
        return scored(first, second, bound ? mayFire(first, second) : ContradictionSignals.ALL);
    }

    /** As {@link #score(ClaimFeatures, ClaimFeatures)}, asking only the signals whose bits are set ({@link ContradictionSignals#signalsThatMayFire}). */
    private Optional<ContradictionSuggestion> scored(ClaimFeatures first, ClaimFeatures second, long signals) {
        // Claim A is the one with the lower id, and the explanation names A's words first.
        ClaimFeatures a = first.facts.id() <= second.facts.id() ? first : second;
        ClaimFeatures b = a == first ? second : first;
        if (signals == 0) {
            return Optional.empty();
        }
        Pair pair = ContradictionSignals.pair(a, b);
        if (pair == null) {
            return Optional.empty();
        }
        List<Signal> found = ContradictionSignals.between(a, b, pair, signals);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        // Signals of one kind often rest on the same words ("denied launching" is a denial and a status): the strongest of
        // each kind counts, and the kinds combine as independent evidence.
        Map<org.claimbench.domain.ContradictionKind, Double> strongest = new java.util.EnumMap<>(org.claimbench.domain.ContradictionKind.class);
        for (Signal s : found) {
            strongest.merge(s.kind(), s.weight(), Math::max);
        }
        double none = 1;
        for (double w : strongest.values()) {
            none *= 1 - w;
        }
        // Among pairs with the same signals, those about more of the same thing come first.
        double related;
        if (!Double.isNaN(pair.cosine())) {
            related = Math.max(0, Math.min(1, (pair.cosine() - 0.2) / 0.6));
        } else {
            int union = a.words.size() + b.words.size() - pair.shared().size();
            related = union == 0 ? 0 : pair.shared().size() / (double) union;
        }
        // The article's own contrast ("…, however, …") is the article setting the two side by side already: its pair does not
        // count that twice.
        boolean arrangementOnly = found.stream().allMatch(x -> x.name().equals(ContrastSignal.NAME));
        boolean headline = OwnHeadline.setAgainstItsBody(a.facts, b.facts);
        boolean twoAccounts = pair.twoAccounts(a);
        double score = (1 - none) * (RELATED_FLOOR + (1 - RELATED_FLOOR) * related) * accounts(pair, arrangementOnly || headline, twoAccounts);
        if (!pair.sameEvent()) {
            score *= 0.8;
        }
        return Optional.of(new ContradictionSuggestion(a.facts.id(), b.facts.id(), Math.min(1, score), found, pair.sameEvent(),
                pair.sharedEvent(), 0, headline && twoAccounts && !arrangementOnly ? OwnHeadline.NOTE : ""));
    }

    /**
     * The signals that can fire on two claims ({@link ContradictionSignals#signalsThatMayFire}), asked with claim A the one with the
     * lower id; none for two claims of different events that name none in common, which are no pair ({@link ContradictionSignals#pair}
     * is null for them): most candidates that meet by their words across events are decided so without asking every signal.
     */
    static long mayFire(ClaimFeatures first, ClaimFeatures second) {
        if (!ContradictionSignals.comparable(first, second)) {
            return 0;
        }
        return first.facts.id() <= second.facts.id() ? ContradictionSignals.signalsThatMayFire(first, second)
                : ContradictionSignals.signalsThatMayFire(second, first);
    }

    /**
     * The share of a pair's score kept when the two claims are not alike in meaning at all (cosine 0.2 or less): likeness
     * in meaning moves a score by a tenth at most. The signals already ask for it where they need it ({@link Pair#related}),
     * and a conflict told in other words (a denial against an announcement) is often less alike than two agreeing accounts:
     * 0.6 until stop 52; 0.9 chosen by crossing the two development corpora (0.3 to 1.0: chosen on either, it does not lower
     * the other's recall@25; docs/suggestions.md, round 45).
     */
    static final double RELATED_FLOOR = 0.9;
    /**
     * How much a pair's score keeps for whose accounts the two claims are: two sources reported side by side in one
     * article 1 (the article sets them against each other for its reader: the conflict is the article's own, not one put
     * together from two articles), two sources in two articles 0.5, one source 0.36. Fitted on the development corpus and
     * the samples together (annotated conflicts among the pairs with a signal: 22 of 69 two-source pairs within one
     * article, 13 of 219 across articles, 5 of 36 same-source pairs); a leave-one-event-out check chose the same
     * factor on each of the 11 events with a conflict (see docs/suggestions.md). A pair whose only signal is the article's
     * own contrast ({@link ContrastSignal}) gets 0.5: that signal is the side-by-side setting already. The outlets' own words
     * ("Press") in two articles are two outlets' accounts ({@link Pair#twoAccounts}), not one source. An article's headline
     * against a claim of its own body ({@link OwnHeadline}) is no side-by-side setting either and gets 0.5 (round 46):
     * {@code notSideBySide} is true for such pairs and for those of the article's own contrast only.
     */
    static double accounts(Pair pair, boolean notSideBySide, boolean twoAccounts) {
        if (!twoAccounts) {
            return ONE_SOURCE;
        }
        return pair.sameArticle() && !notSideBySide ? SIDE_BY_SIDE : TWO_ARTICLES;
    }

    static final double SIDE_BY_SIDE = 1.0;
    static final double TWO_ARTICLES = 0.5;
    static final double ONE_SOURCE = 0.36;

    ClaimFeatures features(ClaimFacts c) {
        return new ClaimFeatures(c, reader);
    }

    /** A claim's features read back from their stored form if it is current ({@link StoredFeatures}), else read anew. */
    ClaimFeatures features(ClaimFacts c, byte[] stored) {
        return StoredFeatures.featuresOf(c, stored, reader);
    }

    public static String key(long a, long b) {
        return org.claimbench.domain.Contradiction.pairKey(a, b);
    }
}
