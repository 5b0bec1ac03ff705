package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every pair the engine generates among some claims, with its features for a learned ranking: the pairs it scores
 * ({@link ContradictionSuggester#featured}), and the candidates it generates whose events let them be compared but on
 * which no signal fires (hand-set score 0, no signals). For measuring whether a learned ranking can reach conflicts the
 * signals miss; the engine never suggests the second kind. One thread; the engine's own candidate generation, unchanged.
 */
public final class GeneratedPairs {

    private GeneratedPairs() {
    }

    /** The scored and the unsignalled generated pairs among claims, the pair counts over all of them, in no particular order. */
    public static List<PairFeatures.Featured> featured(List<ClaimFacts> claims) {
        ContradictionSuggester suggester = new ContradictionSuggester();
        List<PairFeatures.Featured> out = new ArrayList<>(suggester.featured(claims));
        Set<String> scored = new HashSet<>();
        out.forEach(p -> scored.add(ContradictionSuggester.key(p.suggestion().claimA(), p.suggestion().claimB())));
        List<ClaimFeatures> features = claims.stream().map(suggester::features).toList();
        Map<Long, ClaimFeatures> byId = new HashMap<>();
        features.forEach(f -> byId.put(f.facts.id(), f));
        Candidates candidates = new Candidates(features, null, false);
        int[] shared = new int[candidates.size()];
        int[] touched = new int[candidates.size()];
        for (int i = 0; i < features.size(); i++) {
            ClaimFeatures first = features.get(i);
            candidates.forEachLater(i, shared, touched, j -> {
                ClaimFeatures second = features.get(j);
                ClaimFeatures a = first.facts.id() <= second.facts.id() ? first : second;
                ClaimFeatures b = a == first ? second : first;
                if (a.facts.id() == b.facts.id() || !scored.add(ContradictionSuggester.key(a.facts.id(), b.facts.id()))
                        || !ContradictionSignals.comparable(a, b)) {
                    return;
                }
                Pair pair = ContradictionSignals.pair(a, b);
                if (pair != null) {
                    ContradictionSuggestion s = new ContradictionSuggestion(a.facts.id(), b.facts.id(), 0, List.of(), pair.sameEvent(), pair.sharedEvent());
                    out.add(new PairFeatures.Featured(s, PairFeatures.of(a, b, pair, List.of(), 0), PairLanguage.of(a, b)));
                }
            });
        }
        return PairFeatures.withPairCounts(out);
    }
}
