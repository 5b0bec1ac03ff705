package org.claimbench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.claimbench.analysis.GoldStandard;
import org.claimbench.analysis.contradiction.ClaimFacts;
import org.claimbench.analysis.contradiction.ContradictionSuggester;
import org.claimbench.analysis.contradiction.ContradictionSuggestion;
import org.claimbench.analysis.contradiction.PairDiagnosis;
import org.claimbench.analysis.contradiction.Signal;

/**
 * Where each same-event gold contradiction stops in the engine (eval --details): never made a
 * candidate pair (and what came closest: a lone shared word, the cosine of the two claims),
 * barred because their articles' events differ, scored without a signal, or with a signal at some
 * rank. The counts by stage go into eval's result; the lines, one per gold pair, to the details.
 */
final class GoldPairDiagnosis {

    /** Ranks past this count as "below 50" (the deepest recall@k eval reports). */
    private static final int DEEPEST = 50;

    private GoldPairDiagnosis() {
    }

    /**
     * The counts of same-event gold pairs by stage ("not generated", "barred by events", "scored, no signal",
     * "signal, ranked below 50", "in the top 50"), printing a line per pair to {@code details} when given.
     */
    static Map<String, Integer> diagnose(GoldStandard g, List<ClaimFacts> facts, Map<String, Long> claimIds,
                                         List<ContradictionSuggestion> ranked, PrintWriter details) {
        List<long[]> pairs = new ArrayList<>();
        Map<String, GoldStandard.GoldContradiction> byKey = new HashMap<>();
        for (GoldStandard.GoldContradiction x : g.contradictions()) {
            Long a = claimIds.get(x.a());
            Long b = claimIds.get(x.b());
            if (x.sameEvent() && a != null && b != null) {
                pairs.add(new long[] {a, b});
                byKey.put(ContradictionSuggester.key(a, b), x);
            }
        }
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            rank.putIfAbsent(ContradictionSuggester.key(ranked.get(i).claimA(), ranked.get(i).claimB()), i + 1);
        }
        Map<Long, String> text = new HashMap<>();
        facts.forEach(f -> text.put(f.id(), f.text()));
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String stage : List.of("not generated", "barred by events", "scored, no signal", "signal, ranked below 50", "in the top 50")) {
            counts.put(stage, 0);
        }
        if (details != null) {
            details.println("same-event gold pairs, where each stops (routes: what makes the pair a candidate):");
        }
        for (PairDiagnosis d : new ContradictionSuggester().diagnose(facts, pairs)) {
            String key = ContradictionSuggester.key(d.claimA(), d.claimB());
            Integer r = rank.get(key);
            String stage = d.stage();
            if (stage.equals("signal")) {
                stage = r != null && r <= DEEPEST ? "in the top 50" : "signal, ranked below 50";
            }
            counts.merge(stage, 1, Integer::sum);
            if (details != null) {
                GoldStandard.GoldContradiction x = byKey.get(key);
                details.printf(Locale.ROOT, "gold %s-%s (%s): %s%s; cosine %.2f; routes: %s%s%n", x.a(), x.b(), x.kind(), stage,
                        r == null ? "" : " (rank " + r + ")", d.cosine(), d.routes().isEmpty() ? "none" : String.join("; ", d.routes()),
                        d.barred().isEmpty() ? "" : "; " + d.barred());
                if (!d.signals().isEmpty()) {
                    details.println("      signals: " + d.signals().stream().map(Signal::explanation).collect(Collectors.joining(" | ")));
                }
                details.println("      A: " + cut(text.get(claimIds.get(x.a()))));
                details.println("      B: " + cut(text.get(claimIds.get(x.b()))));
            }
        }
        if (details != null) {
            details.println("same-event gold pairs by stage: " + counts);
            details.flush();
        }
        return counts;
    }

    /** A claim's text on one line, cut to 140 characters. */
    static String cut(String s) {
        String t = s.replace('\n', ' ');
        return t.length() > 140 ? t.substring(0, 139) + "…" : t;
    }
}
