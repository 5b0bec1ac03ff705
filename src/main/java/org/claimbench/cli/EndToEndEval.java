package org.claimbench.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimbench.analysis.contradiction.ClaimFacts;
import org.claimbench.analysis.contradiction.ClaimReader;
import org.claimbench.analysis.events.EventGroups;
import org.claimbench.analysis.language.English;
import org.claimbench.analysis.language.SentenceSpan;
import org.claimbench.analysis.ClaimSuggestion;
import org.claimbench.analysis.contradiction.ContradictionSuggester;
import org.claimbench.analysis.contradiction.ContradictionSuggestion;
import org.claimbench.analysis.GoldStandard;
import org.claimbench.domain.TextSpan;
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

    /** {@code run}: the claim step's suggestions and the gold claim each matched; {@code events}: each article's event. */
    static Map<String, Object> measure(GoldStandard g, Workspace w, Map<Long, EventGroups.Assigned> events, EvalCommand.ClaimRun run,
                                       java.io.PrintWriter details) {
        // Accepted article by article, in the order of their ids (a claim's id is its place in that order).
        List<Integer> order = java.util.stream.IntStream.range(0, run.suggested().size()).boxed()
                .sorted(java.util.Comparator.comparingLong(i -> run.suggested().get(i).articleId())).toList();
        List<ClaimFacts> facts = new ArrayList<>();
        List<String> speakers = new ArrayList<>();
        Map<Long, List<SentenceSpan>> sentences = new HashMap<>();
        int[] matched = new int[order.size()];
        for (int i : order) {
            ClaimSuggestion s = run.suggested().get(i);
            String text = w.text(s.articleId());
            TextSpan span = s.span();
            String lead = ClaimFacts.lead(text, sentences.computeIfAbsent(s.articleId(), id -> English.shared().sentences(text)), span.start());
            matched[facts.size()] = run.matched()[i];
            speakers.add(s.speaker());
            EventGroups.Assigned e = events.get(s.articleId());
            facts.add(new ClaimFacts(facts.size(), s.articleId(), span.start(), span.end(), text.substring(span.start(), span.end()), lead,
                    s.sourceName(), e == null ? "" : e.label(), e == null ? List.of() : e.keys(), null, null)
                    .withHeadline(ClaimFacts.onHeadline(text, span.start(), span.end())));
        }
        facts = ClaimReader.complete(facts, n -> { });
        List<String> goldIds = run.gold().stream().map(gs -> gs.claim().id()).toList();
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
                ClaimFacts ca = facts.get((int) s.claimA());
                ClaimFacts cb = facts.get((int) s.claimB());
                details.printf(java.util.Locale.ROOT, "%2d %.2f %-4s %s | %s  [%s | %s; %s]%n", i + 1, s.score(), all.contains(found.get(i)) ? "GOLD" : "",
                        cut(ca.text()), cut(cb.text()), where(ca, speakers), where(cb, speakers),
                        String.join(", ", s.signals().stream().map(x -> x.name()).distinct().toList()));
                // Each signal's reason under its pair, to class why the pairs a user meets at the top fire (round 44).
                for (var x : s.signals()) {
                    details.printf(java.util.Locale.ROOT, "      - %s %.2f: %s%n", x.pattern().isEmpty() ? x.name() : x.pattern(), x.weight(), x.reason().get());
                }
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
        out.put("sameEvent", EvalCommand.atK(found, sameEvent));
        out.put("all", EvalCommand.atK(found, all));
        return out;
    }

    /**
     * Whose claim and where it stands, for reading the details: "source, speaker, article id:start" (the speaker as the claim
     * step read it, "" when none; to class a pair of one article as one speaker's or two sides', round 46).
     */
    private static String where(ClaimFacts c, List<String> speakers) {
        return c.sourceLabel() + ", " + speakers.get((int) c.id()) + ", " + c.articleId() + ":" + c.start();
    }

    private static String cut(String t) {
        String one = t.replace('\n', ' ');
        return one.length() <= 60 ? one : one.substring(0, 59) + "…";
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + ":" + b : b + ":" + a;
    }
}
