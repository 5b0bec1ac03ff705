package org.claimbench.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimbench.analysis.ClaimFacts;
import org.claimbench.analysis.ClaimSuggester;
import org.claimbench.analysis.ClaimSuggestion;
import org.claimbench.analysis.ContradictionSuggester;
import org.claimbench.analysis.ContradictionSuggestion;
import org.claimbench.analysis.GoldStandard;
import org.claimbench.analysis.SpanMatching;
import org.claimbench.analysis.SpeakerTable;
import org.claimbench.domain.Contradiction;
import org.claimbench.domain.TextQuote;
import org.claimbench.domain.TextSpan;
import org.claimbench.domain.QuoteLocator;
import org.claimbench.workspace.Workspace;

/**
 * The pipeline as a user runs it, beside the README's two figures that measure each step on its own:
 * every suggested claim accepted, then the contradictions suggested among them. A suggested pair
 * finds a gold contradiction when its two claims match the gold pair's claims (the claim matching
 * rule of shared/eval/README.md), in either order; each gold pair counts once.
 */
final class EndToEndEval {

    private EndToEndEval() {
    }

    static Map<String, Object> measure(GoldStandard g, Workspace w, Map<String, Long> ids, java.io.PrintWriter details) {
        List<SpanMatching.Item> goldItems = new ArrayList<>();
        List<String> goldIds = new ArrayList<>();
        for (GoldStandard.GoldClaim c : g.claims()) {
            Long article = ids.get(c.file());
            TextSpan span = article == null || c.quote() == null ? null : QuoteLocator.find(w.text(article), c.quote(), 1).orElse(null);
            if (span != null) {
                goldItems.add(new SpanMatching.Item(article, span, c.source()));
                goldIds.add(c.id());
            }
        }
        Map<Long, String> events = new HashMap<>();
        g.articles().forEach(a -> {
            Long id = ids.get(a.file());
            if (id != null) {
                events.put(id, a.aboutCall() == null ? "" : a.aboutCall().split("\\s")[0]);
            }
        });

        ClaimSuggester suggester = new ClaimSuggester(SpeakerTable.defaults());
        List<SpanMatching.Item> items = new ArrayList<>();
        List<ClaimFacts> facts = new ArrayList<>();
        for (long article : ids.values().stream().sorted().toList()) {
            String text = w.text(article);
            for (ClaimSuggestion s : suggester.suggest(article, text)) {
                TextSpan span = s.span();
                items.add(new SpanMatching.Item(article, span, s.source()));
                String lead = text.substring(Math.max(0, span.start() - TextQuote.CONTEXT), span.start());
                facts.add(new ClaimFacts(facts.size(), article, span.start(), span.end(), text.substring(span.start(), span.end()), lead,
                        s.source(), events.getOrDefault(article, "")));
            }
        }
        int[] matched = SpanMatching.match(items, goldItems);
        List<ContradictionSuggestion> ranked = new ContradictionSuggester().suggest(facts, Set.of());

        Set<String> sameEvent = new HashSet<>();
        Set<String> all = new HashSet<>();
        for (GoldStandard.GoldContradiction x : g.contradictions()) {
            all.add(pair(x.a(), x.b()));
            if (x.sameEvent()) {
                sameEvent.add(pair(x.a(), x.b()));
            }
        }
        List<String> found = new ArrayList<>();
        for (ContradictionSuggestion s : ranked) {
            int a = matched[(int) s.claimA()];
            int b = matched[(int) s.claimB()];
            found.add(a < 0 || b < 0 ? "" : pair(goldIds.get(a), goldIds.get(b)));
        }
        if (details != null) {
            details.println("end to end: the top 50 pairs among the suggested claims (GOLD: a gold contradiction's claims)");
            for (int i = 0; i < Math.min(50, ranked.size()); i++) {
                ContradictionSuggestion s = ranked.get(i);
                details.printf(java.util.Locale.ROOT, "%2d %.2f %-4s %s | %s%n", i + 1, s.score(), all.contains(found.get(i)) ? "GOLD" : "",
                        cut(facts.get((int) s.claimA()).text()), cut(facts.get((int) s.claimB()).text()));
            }
            Set<String> top = new HashSet<>(found.subList(0, Math.min(50, found.size())));
            for (GoldStandard.GoldContradiction x : g.contradictions()) {
                if (x.sameEvent() && !top.contains(pair(x.a(), x.b()))) {
                    details.println("end to end, not in the top 50: " + x.a() + "-" + x.b() + " (" + x.why() + ")");
                }
            }
            details.flush();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("claimsAccepted", facts.size());
        out.put("suggested", ranked.size());
        out.put("sameEvent", atK(found, sameEvent));
        out.put("all", atK(found, all));
        return out;
    }

    private static String cut(String t) {
        String one = t.replace('\n', ' ');
        return one.length() <= 60 ? one : one.substring(0, 59) + "…";
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + ":" + b : b + ":" + a;
    }

    /** Precision and recall in the top k, each gold pair counted once however many suggested pairs map onto it. */
    private static Map<String, Map<String, Double>> atK(List<String> found, Set<String> gold) {
        Map<String, Double> precision = new LinkedHashMap<>();
        Map<String, Double> recall = new LinkedHashMap<>();
        for (int k : new int[] {10, 25, 50}) {
            Set<String> hit = new HashSet<>();
            found.stream().limit(k).filter(gold::contains).forEach(hit::add);
            precision.put(String.valueOf(k), EvalCommand.round((double) hit.size() / k));
            recall.put(String.valueOf(k), EvalCommand.round(gold.isEmpty() ? 0 : (double) hit.size() / gold.size()));
        }
        Map<String, Map<String, Double>> m = new LinkedHashMap<>();
        m.put("precisionAt", precision);
        m.put("recallAt", recall);
        return m;
    }
}
