package org.claimbench.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Suggests contradictions among a workspace's claims without comparing every pair: claims are
 * indexed by their content words and quantities, only pairs sharing rare enough words (or a kind
 * of quantity) are scored, and the signals of each pair decide its score. Pairs across sources
 * rank above same-source pairs; pairs about different events (by their articles) rank lower.
 */
public final class ContradictionSuggester {

    /** Words shared by more claims than this do not make pairs (they say nothing about a topic). */
    private static final int MAX_POSTINGS = 300;

    private final ContradictionSignals signals = new ContradictionSignals();
    private final QuantityReader quantities = new QuantityReader();

    /** Figures of the last run: how many pairs were scored. */
    private long pairsScored;

    public long pairsScored() {
        return pairsScored;
    }

    /**
     * Ranked suggestions among claims; pairs in skip (e.g. dismissed or already linked, as
     * "min:max" ids) are left out.
     */
    public List<ContradictionSuggestion> suggest(List<ClaimFacts> claims, Set<String> skip) {
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            for (String f : features(claims.get(i))) {
                postings.computeIfAbsent(f, k -> new ArrayList<>()).add(i);
            }
        }
        Map<Long, Integer> shared = new HashMap<>();
        long n = claims.size();
        for (Map.Entry<String, List<Integer>> e : postings.entrySet()) {
            List<Integer> p = e.getValue();
            if (p.size() < 2 || p.size() > MAX_POSTINGS) {
                continue;
            }
            int weight = e.getKey().startsWith("#") ? 2 : 1;
            for (int x = 0; x < p.size(); x++) {
                for (int y = x + 1; y < p.size(); y++) {
                    shared.merge(p.get(x) * n + p.get(y), weight, Integer::sum);
                }
            }
        }
        List<ContradictionSuggestion> out = new ArrayList<>();
        pairsScored = 0;
        for (Map.Entry<Long, Integer> e : shared.entrySet()) {
            if (e.getValue() < 2) {
                continue;
            }
            ClaimFacts a = claims.get((int) (e.getKey() / n));
            ClaimFacts b = claims.get((int) (e.getKey() % n));
            if (a.id() == b.id() || skip.contains(key(a.id(), b.id()))) {
                continue;
            }
            pairsScored++;
            score(a, b).ifPresent(out::add);
        }
        out.sort(Comparator.comparingDouble(ContradictionSuggestion::score).reversed()
                .thenComparingLong(ContradictionSuggestion::claimA).thenComparingLong(ContradictionSuggestion::claimB));
        return out;
    }

    /** The signals of one pair, combined into a score; empty when there is no signal. */
    public java.util.Optional<ContradictionSuggestion> score(ClaimFacts a, ClaimFacts b) {
        List<Signal> found = signals.between(a, b);
        if (found.isEmpty()) {
            return java.util.Optional.empty();
        }
        double none = 1;
        for (Signal s : found) {
            none *= 1 - s.weight();
        }
        // Among pairs with the same signals, those about more of the same things come first.
        Set<String> wa = Words.content(a.text());
        Set<String> wb = Words.content(b.text());
        long common = wa.stream().filter(wb::contains).count();
        double overlap = wa.isEmpty() || wb.isEmpty() ? 0 : common / (double) (wa.size() + wb.size() - common);
        double score = (1 - none) * (0.85 + 0.3 * overlap);
        score *= a.source().equals(b.source()) ? 0.8 : 1.1;
        boolean sameEvent = sameEvent(a, b);
        if (!sameEvent) {
            score *= 0.5;
        }
        long first = Math.min(a.id(), b.id());
        long second = Math.max(a.id(), b.id());
        return java.util.Optional.of(new ContradictionSuggestion(first, second, Math.min(1, score), found, sameEvent));
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
        return Math.min(a, b) + ":" + Math.max(a, b);
    }

    private List<String> features(ClaimFacts c) {
        List<String> f = new ArrayList<>(Words.content(c.text()));
        for (Quantity q : quantities.read(c.text())) {
            f.add("#" + q.kind());
        }
        // Timing and praise-or-blame claims rarely share words with what they contradict ("negotiations
        // will start immediately" / "a ceasefire … when agreements are reached"): they meet within their event.
        String scope = c.event() == null || c.event().isBlank() ? "article " + c.articleId() : c.event();
        if (ContradictionSignals.hasTimingCue(c.text())) {
            f.add("#timing@" + scope);
        }
        if (ContradictionSignals.hasSentimentCue(c.text())) {
            f.add("#sentiment@" + scope);
        }
        return f;
    }
}
