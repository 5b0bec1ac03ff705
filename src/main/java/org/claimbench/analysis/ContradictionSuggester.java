package org.claimbench.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Suggests contradictions among a workspace's claims without comparing every pair: claims are
 * indexed by their content words, quantities and cues, only pairs sharing rare enough features
 * are scored, and the signals of each pair decide its score. Pairs across sources rank above
 * same-source pairs; pairs about different events (by their articles) rank lower.
 */
public final class ContradictionSuggester {

    /** Features shared by more claims than this do not make pairs (they say nothing about a topic). */
    static final int MAX_POSTINGS = 300;

    private final ContradictionSignals signals = new ContradictionSignals();
    private final QuantityReader reader = new QuantityReader();
    private long pairsScored;

    /** How many pairs the last run scored (all the others were never compared). */
    public long pairsScored() {
        return pairsScored;
    }

    /** Ranked suggestions among claims; pairs in skip ("min:max" ids, e.g. dismissed or linked) are left out. */
    public List<ContradictionSuggestion> suggest(List<ClaimFacts> claims, Set<String> skip) {
        return suggestAmong(claims.stream().map(c -> new ClaimFeatures(c, reader)).toList(), skip);
    }

    List<ContradictionSuggestion> suggestAmong(List<ClaimFeatures> features, Set<String> skip) {
        List<List<String>> keys = new ArrayList<>(features.size());
        for (ClaimFeatures f : features) {
            keys.add(new ArrayList<>(f.blockingKeys()));
        }
        // Each claim meets the claim just before it in its article: the article may set the two against each other.
        Map<Long, List<Integer>> byArticle = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
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
        for (int i = 0; i < features.size(); i++) {
            for (String f : keys.get(i)) {
                postings.computeIfAbsent(f, k -> new ArrayList<>()).add(i);
            }
        }
        // For each claim, count what it shares with the claims after it: one array, no map of pairs.
        int[] shared = new int[features.size()];
        int[] touched = new int[features.size()];
        List<ContradictionSuggestion> out = new ArrayList<>();
        pairsScored = 0;
        for (int i = 0; i < features.size(); i++) {
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
            for (int t = 0; t < touchedCount; t++) {
                int j = touched[t];
                if (shared[j] >= 2) {
                    ClaimFeatures a = features.get(i);
                    ClaimFeatures b = features.get(j);
                    if (a.facts.id() != b.facts.id() && !skip.contains(key(a.facts.id(), b.facts.id()))) {
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

    /** The signals of one pair, combined into a score; empty when there is no signal. */
    public Optional<ContradictionSuggestion> score(ClaimFacts a, ClaimFacts b) {
        return score(new ClaimFeatures(a, reader), new ClaimFeatures(b, reader));
    }

    Optional<ContradictionSuggestion> score(ClaimFeatures first, ClaimFeatures second) {
        // Claim A is the one with the lower id, and the explanation names A's words first.
        ClaimFeatures a = first.facts.id() <= second.facts.id() ? first : second;
        ClaimFeatures b = a == first ? second : first;
        List<Signal> found = signals.between(a, b);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        double none = 1;
        for (Signal s : found) {
            none *= 1 - s.weight();
        }
        // Among pairs with the same signals, those about more of the same things come first.
        long common = 0;
        for (String w : a.words) {
            if (b.words.contains(w)) {
                common++;
            }
        }
        int union = (int) (a.words.size() + b.words.size() - common);
        double overlap = union == 0 ? 0 : common / (double) union;
        double score = (1 - none) * (0.85 + 0.3 * overlap);
        score *= a.facts.source().equals(b.facts.source()) ? 0.8 : 1.1;
        boolean sameEvent = sameEvent(a.facts, b.facts);
        if (!sameEvent) {
            score *= 0.5;
        }
        return Optional.of(new ContradictionSuggestion(a.facts.id(), b.facts.id(), Math.min(1, score), found, sameEvent));
    }

    ClaimFeatures features(ClaimFacts c) {
        return new ClaimFeatures(c, reader);
    }

    /** Unknown events count as the same; two named events must match. */
    static boolean sameEvent(ClaimFacts a, ClaimFacts b) {
        if (a.articleId() == b.articleId()) {
            return true;
        }
        String ea = a.event() == null ? "" : a.event().strip().toLowerCase(Locale.ROOT);
        String eb = b.event() == null ? "" : b.event().strip().toLowerCase(Locale.ROOT);
        return ea.isEmpty() || eb.isEmpty() || ea.equals(eb);
    }

    public static String key(long a, long b) {
        return org.claimbench.domain.Contradiction.pairKey(a, b);
    }
}
