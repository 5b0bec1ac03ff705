package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.claimbench.analysis.meaning.MeaningVector;
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

    /** Ranked suggestions among claims; pairs in skip ("min:max" ids, e.g. dismissed or linked) are left out. */
    public List<ContradictionSuggestion> suggest(List<ClaimFacts> claims, Set<String> skip) {
        return suggestAmong(claims.stream().map(this::features).toList(), skip);
    }

    List<ContradictionSuggestion> suggestAmong(List<ClaimFeatures> features, Set<String> skip) {
        int n = features.size();
        List<List<String>> keys = new ArrayList<>(n);
        for (ClaimFeatures f : features) {
            keys.add(new ArrayList<>(f.blockingKeys()));
        }
        // Each claim meets the claim just before it in its article: the article may set the two against each other.
        Map<Long, List<Integer>> byArticle = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (features.get(i).facts.positioned()) {
                byArticle.computeIfAbsent(features.get(i).facts.articleId(), k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> inArticle : byArticle.values()) {
            inArticle.sort((i, j) -> ClaimFeatures.TEXT_ORDER.compare(features.get(i), features.get(j)));
            for (int k = 1; k < inArticle.size(); k++) {
                ClaimFeatures previous = features.get(inArticle.get(k - 1));
                features.get(inArticle.get(k)).previousId = previous.facts.id();
                String key = "#next:" + previous.facts.id();
                keys.get(inArticle.get(k - 1)).add(key);
                keys.get(inArticle.get(k)).add(key);
            }
        }
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String f : keys.get(i)) {
                postings.computeIfAbsent(f, k -> new ArrayList<>()).add(i);
            }
        }
        int[][] near = neighbours(features);
        // For each claim, count what it shares with the claims after it: one array, no map of pairs.
        int[] shared = new int[n];
        // A claim can be touched by its postings, its lookups and its neighbours: room for all, each once.
        int[] touched = new int[n];
        List<ContradictionSuggestion> out = new ArrayList<>();
        pairsScored = 0;
        for (int i = 0; i < n; i++) {
            int touchedCount = 0;
            for (String f : keys.get(i)) {
                List<Integer> p = postings.get(f);
                if (p.size() < 2 || p.size() > MAX_POSTINGS) {
                    continue;
                }
                int weight = f.startsWith("#") ? 2 : 1;
                for (int j : p) {
                    if (j > i) {
                        if (shared[j] == 0) {
                            touched[touchedCount++] = j;
                        }
                        shared[j] += weight;
                    }
                }
            }
            for (String f : features.get(i).lookupKeys()) {
                List<Integer> p = postings.get(f);
                if (p == null || p.size() > MAX_POSTINGS) {
                    continue;
                }
                for (int j : p) {
                    if (j > i) {
                        if (shared[j] == 0) {
                            touched[touchedCount++] = j;
                        }
                        shared[j] += 2;
                    }
                }
            }
            for (int j : near[i]) {
                if (shared[j] == 0) {
                    touched[touchedCount++] = j;
                }
                shared[j] += 2;
            }
            for (int t = 0; t < touchedCount; t++) {
                int j = touched[t];
                if (shared[j] >= 2) {
                    ClaimFeatures a = features.get(i);
                    ClaimFeatures b = features.get(j);
                    if (a.facts.id() != b.facts.id() && (skip.isEmpty() || !skip.contains(key(a.facts.id(), b.facts.id())))) {
                        pairsScored++;
                        score(a, b).ifPresent(out::add);
                    }
                }
                shared[j] = 0;
            }
        }
        out.sort(ContradictionSuggestion.RANKING);
        return out;
    }

    /** For each claim, the later claims (by index) that are among its nearest neighbours by meaning, or it among theirs. */
    private static int[][] neighbours(List<ClaimFeatures> features) {
        int n = features.size();
        List<MeaningVector> vectors = new ArrayList<>(n);
        boolean any = false;
        for (ClaimFeatures f : features) {
            vectors.add(f.facts.vector());
            any |= f.facts.vector().present();
        }
        int[][] out = new int[n][];
        if (!any) {
            for (int i = 0; i < n; i++) {
                out[i] = new int[0];
            }
            return out;
        }
        NeighbourIndex index = new NeighbourIndex(vectors);
        List<List<Integer>> later = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            later.add(new ArrayList<>(2));
        }
        for (int i = 0; i < n; i++) {
            for (NeighbourIndex.Neighbour nb : index.neighbours(i, NEIGHBOURS, NEIGHBOUR_MIN)) {
                int lo = Math.min(i, nb.index());
                int hi = Math.max(i, nb.index());
                if (!later.get(lo).contains(hi)) {
                    later.get(lo).add(hi);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            out[i] = later.get(i).stream().mapToInt(Integer::intValue).toArray();
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
        double none = 1;
        for (Signal s : found) {
            none *= 1 - s.weight();
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
