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

    /** How many pairs the last run scored (all the others were never compared). */
    public long pairsScored() {
        return pairsScored;
    }

    /**
     * Ranked suggestions among claims, many conflicts before many copies of one ({@link Diversity}: the
     * scores are lowered accordingly); pairs in skip ("min:max" ids, e.g. dismissed or linked) are left out.
     */
    public List<ContradictionSuggestion> suggest(List<ClaimFacts> claims, Set<String> skip) {
        return Diversity.rerank(suggestAmong(claims.stream().map(this::features).toList(), skip));
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
        Candidates candidates = new Candidates(features);
        pairsScored = 0;
        for (int i = 0; i < features.size(); i++) {
            ClaimFeatures a = features.get(i);
            candidates.forEachLater(i, j -> {
                ClaimFeatures b = features.get(j);
                if (a.facts.id() != b.facts.id() && (skip.isEmpty() || !skip.contains(key(a.facts.id(), b.facts.id())))) {
                    pairsScored++;
                    score(a, b).ifPresent(out);
                }
            });
        }
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
            out.add(new PairDiagnosis(p[0], p[1], candidates.reached(i, j), candidates.routes(i, j), barred, signals,
                    a.facts.vector().cosine(b.facts.vector())));
        }
        return out;
    }

    /** The signals of one pair, combined into a score; empty when there is no signal. */
    public Optional<ContradictionSuggestion> score(ClaimFacts a, ClaimFacts b) {
        return score(features(a), features(b));
    }

    Optional<ContradictionSuggestion> score(ClaimFeatures first, ClaimFeatures second) {
        // Claim A is the one with the lower id, and the explanation names A's words first.
        ClaimFeatures a = first.facts.id() <= second.facts.id() ? first : second;
        ClaimFeatures b = a == first ? second : first;
        Pair pair = ContradictionSignals.pair(a, b);
        if (pair == null) {
            return Optional.empty();
        }
        List<Signal> found = ContradictionSignals.between(a, b, pair);
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
        double score = (1 - none) * (0.75 + 0.5 * related);
        score *= pair.sameSource() ? 0.8 : 1.1;
        // An article that reports two sides' accounts sets them against each other for its reader: the conflict is the
        // article's own, not one put together from two articles.
        if (pair.sameArticle() && !pair.sameSource()) {
            score *= 1.25;
        }
        if (!pair.sameEvent()) {
            score *= 0.8;
        }
        return Optional.of(new ContradictionSuggestion(a.facts.id(), b.facts.id(), Math.min(1, score), found, pair.sameEvent(),
                pair.sharedEvent()));
    }

    ClaimFeatures features(ClaimFacts c) {
        return new ClaimFeatures(c, reader);
    }

    public static String key(long a, long b) {
        return org.claimbench.domain.Contradiction.pairKey(a, b);
    }
}
