package org.claimbench.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.claimbench.analysis.ClaimSuggester;
import org.claimbench.analysis.ClaimSuggestion;
import org.claimbench.analysis.GoldStandard;
import org.claimbench.analysis.SpanMatching;
import org.claimbench.analysis.speakers.SpeakerTable;
import org.claimbench.analysis.contradiction.ClaimFacts;
import org.claimbench.analysis.contradiction.ClaimReader;
import org.claimbench.analysis.contradiction.ContradictionSuggester;
import org.claimbench.analysis.contradiction.ContradictionSuggestion;
import org.claimbench.analysis.events.EventGroups;
import org.claimbench.analysis.language.English;
import org.claimbench.analysis.language.SentenceSpan;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.QuoteLocator;
import org.claimbench.domain.TextSpan;
import org.claimbench.importing.ArticleImporter;
import org.claimbench.workspace.Workspace;
import org.claimbench.workspace.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Measures the suggestion engine against a hand annotation, with the matching rules of shared/eval/README.md. */
@Command(name = "eval", description = "Measure claim and contradiction suggestions against a gold annotation (--gold, --articles), "
        + "attribution against a BRAT corpus (eval attribution --corpus DIR) or HTML import (eval extraction --pages DIR).",
        subcommands = {AttributionEvalCommand.class, EvalCuesCommand.class, EvalExtractionCommand.class})
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", paramLabel = "FILE", description = "The gold annotation (JSON).")
    Path gold;

    @Option(names = "--articles", paramLabel = "DIR", description = "The folder holding the gold's article files.")
    Path articles;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--details", description = "Also list every suggestion (match, extra: matching no gold claim, source: matched with the wrong source) and every gold claim not found (missed).")
    boolean details;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // Not required by picocli: the subcommands need neither, and picocli checks a parent's required options too.
        if (gold == null || articles == null) {
            throw new IllegalArgumentException("Name the gold annotation and its articles (--gold FILE --articles DIR), "
                    + "measure attribution with 'eval attribution --corpus DIR', or HTML import with 'eval extraction --pages DIR'.");
        }
        GoldStandard g = GoldStandard.read(gold);
        Map<String, Object> result = new LinkedHashMap<>();
        try (TempFolder dir = TempFolder.create("claimbench-eval"); Workspace w = Workspace.create(dir.path().resolve("eval.claimbench"))) {
            Map<String, Long> ids = importArticles(g, articles, w);
            PrintWriter detailsOut = details ? spec.commandLine().getErr() : null;
            ClaimRun run = claims(g, w, ids, detailsOut);
            result.put("claims", run.figures());
            // The engine infers each article's event from its text; the gold's events are only used for the second figure.
            Map<Long, EventGroups.Assigned> inferred = EvalEvents.events(w, ids, Map.of());
            Marked marked = mark(w, run.gold());
            Map<Long, String> goldEvents = EvalEvents.goldEvents(g, ids);
            if (detailsOut != null) {
                EvalEvents.printEvents(detailsOut, ids, inferred, goldEvents);
            }
            result.put("events", EvalEvents.pairFigures(ids, inferred, goldEvents, detailsOut));
            result.put("contradictions", contradictions(g, marked, inferred, detailsOut));
            result.put("contradictionsWithEventsGiven", contradictions(g, marked, EvalEvents.events(w, ids, goldEvents), null));
            result.put("endToEnd", EndToEndEval.measure(g, w, inferred, run, detailsOut));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, result);
        } else {
            @SuppressWarnings("unchecked")
            Map<String, Object> c = (Map<String, Object>) result.get("claims");
            out.printf(Locale.ROOT, "claims: %d suggested, %d gold; precision %.3f, recall %.3f, source accuracy %.3f%n",
                    c.get("suggested"), c.get("gold"), c.get("precision"), c.get("recall"), c.get("sourceAccuracy"));
            @SuppressWarnings("unchecked")
            Map<String, Object> ev = (Map<String, Object>) result.get("events");
            out.printf(Locale.ROOT, "events of articles: event-pair recall %.3f (%d of %d pairs of one event grouped together), "
                    + "separation %.3f (%d of %d pairs of different events kept apart)%n", ev.get("recall"), ev.get("groupedTogether"),
                    ev.get("sameEventPairs"), ev.get("separation"), ev.get("keptApart"), ev.get("differentEventPairs"));
            @SuppressWarnings("unchecked")
            Map<String, Object> x = (Map<String, Object>) result.get("contradictions");
            out.println("contradictions (" + x.get("suggested") + " suggested; gold " + x.get("goldSameEvent") + " same-event, "
                    + x.get("goldAll") + " in all):");
            printAtK(out, x);
            out.println("  non-contradictions in the top 10, 25, 50: " + x.get("nonContradictionsInTop"));
            out.println("  same-event gold pairs by stage: " + x.get("sameEventGoldByStage"));
            @SuppressWarnings("unchecked")
            Map<String, Object> given = (Map<String, Object>) result.get("contradictionsWithEventsGiven");
            out.println("contradictions with the gold's events given (for comparison only):");
            printAtK(out, given);
            out.println("  non-contradictions in the top 10, 25, 50: " + given.get("nonContradictionsInTop"));
            @SuppressWarnings("unchecked")
            Map<String, Object> e = (Map<String, Object>) result.get("endToEnd");
            out.println("end to end (every suggested claim accepted: " + e.get("claimsAccepted") + "; " + e.get("suggested")
                    + " contradictions suggested among them):");
            printAtK(out, e);
            Object notFound = c.get("goldQuotesNotFound");
            if (notFound instanceof Integer n && n > 0) {
                spec.commandLine().getErr().println("claimbench: " + n + (n == 1 ? " gold claim was" : " gold claims were")
                        + " not found in the articles (its file is not among the gold's articles, or its quote is not in the text);"
                        + " they count as missed. --details lists them.");
            }
        }
        return 0;
    }

    /** Imports the gold's articles from their folder into a workspace; their ids by file name. */
    static Map<String, Long> importArticles(GoldStandard g, Path articles, Workspace w) throws Exception {
        ArticleImporter importer = new ArticleImporter();
        Map<String, Long> ids = new HashMap<>();
        for (GoldStandard.GoldArticle a : g.articles()) {
            Path file = articles.resolve(a.file());
            if (!Files.isRegularFile(file)) {
                throw new WorkspaceException("The gold names '" + a.file() + "', which is not in " + articles + ".");
            }
            ArticleDraft d = importer.importFile(file).draft();
            ArticleDraft titled = new ArticleDraft(d.metadata().withTitle(a.title() == null ? d.metadata().title() : a.title()), d.text());
            ids.put(a.file(), w.addArticle(titled).article().id());
        }
        return ids;
    }

    /** A gold claim found in its imported article: the claim, and its span as the matching rule compares it. */
    record GoldSpan(GoldStandard.GoldClaim claim, SpanMatching.Item item) {
    }

    /**
     * Gold claims as spans of the imported texts (quotes located by their exact words), in the gold's order;
     * {@code notFound} is told of each claim whose article or quote is not there.
     */
    static List<GoldSpan> goldSpans(GoldStandard g, Workspace w, Map<String, Long> ids, java.util.function.Consumer<GoldStandard.GoldClaim> notFound) {
        List<GoldSpan> out = new ArrayList<>();
        for (GoldStandard.GoldClaim c : g.claims()) {
            Long id = ids.get(c.file());
            TextSpan span = id == null || c.quote() == null ? null : QuoteLocator.find(w.text(id), c.quote(), 1).orElse(null);
            if (span != null) {
                out.add(new GoldSpan(c, new SpanMatching.Item(id, span, c.source())));
            } else {
                notFound.accept(c);
            }
        }
        return out;
    }

    /** The claim step's figures, and what the end-to-end figure builds on: the suggestions and the gold claim each matched. */
    record ClaimRun(Map<String, Object> figures, List<ClaimSuggestion> suggested, int[] matched, List<GoldSpan> gold) {
    }

    private static ClaimRun claims(GoldStandard g, Workspace w, Map<String, Long> ids, PrintWriter details) {
        ClaimSuggester suggester = new ClaimSuggester(SpeakerTable.defaults());
        List<ClaimSuggestion> suggestions = new ArrayList<>();
        List<SpanMatching.Item> suggested = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (long id : ids.values()) {
            for (ClaimSuggestion s : suggester.suggest(id, w.text(id))) {
                suggestions.add(s);
                suggested.add(new SpanMatching.Item(id, s.span(), s.sourceName()));
                reasons.add(s.reason());
            }
        }
        List<GoldSpan> gold = goldSpans(g, w, ids, c -> {
            if (details != null) {
                details.println("not found [" + c.source() + "] " + c.quote() + "  (" + c.file() + ")");
            }
        });
        List<SpanMatching.Item> goldItems = gold.stream().map(GoldSpan::item).toList();
        int[] matched = SpanMatching.match(suggested, goldItems);
        int hits = 0;
        int rightSource = 0;
        for (int i = 0; i < matched.length; i++) {
            if (matched[i] >= 0) {
                hits++;
                if (goldItems.get(matched[i]).source().equals(suggested.get(i).source())) {
                    rightSource++;
                }
            }
        }
        if (details != null) {
            java.util.Set<Integer> found = new java.util.HashSet<>();
            for (int i = 0; i < matched.length; i++) {
                SpanMatching.Item s = suggested.get(i);
                String q = w.text(s.articleId()).substring(s.span().start(), s.span().end()).replace('\n', ' ')
                        + "\n           why: " + reasons.get(i);
                if (matched[i] < 0) {
                    details.println("extra    [" + s.source() + "] " + q);
                } else {
                    found.add(matched[i]);
                    if (!goldItems.get(matched[i]).source().equals(s.source())) {
                        details.println("source   [" + s.source() + " should be " + goldItems.get(matched[i]).source() + "] " + q);
                    } else {
                        details.println("match    [" + s.source() + "] " + q);
                    }
                }
            }
            for (int j = 0; j < goldItems.size(); j++) {
                if (!found.contains(j)) {
                    SpanMatching.Item gi = goldItems.get(j);
                    details.println("missed   [" + gi.source() + "] " + w.text(gi.articleId()).substring(gi.span().start(), gi.span().end()));
                }
            }
            details.flush();
        }
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("precision", round(suggested.isEmpty() ? 0 : (double) hits / suggested.size()));
        c.put("recall", round(g.claims().isEmpty() ? 0 : (double) hits / g.claims().size()));
        c.put("sourceAccuracy", round(hits == 0 ? 0 : (double) rightSource / hits));
        c.put("suggested", suggested.size());
        c.put("gold", g.claims().size());
        c.put("goldQuotesNotFound", g.claims().size() - goldItems.size());
        return new ClaimRun(c, suggestions, matched, gold);
    }

    /** The gold claims marked in the workspace, read once (tags, lemmas, vectors), with their gold ids. */
    record Marked(List<ClaimFacts> facts, Map<String, Long> claimIds, Map<Long, String> goldIdOf) {
    }

    /** The gold claims become the workspace's claims, so the contradiction step is measured on its own. */
    static Marked mark(Workspace w, List<GoldSpan> gold) {
        Map<String, Long> claimIds = new HashMap<>();
        Map<Long, String> goldIdOf = new HashMap<>();
        List<ClaimFacts> facts = new ArrayList<>();
        Map<Long, List<SentenceSpan>> sentences = new HashMap<>();
        for (GoldSpan gs : gold) {
            GoldStandard.GoldClaim c = gs.claim();
            long article = gs.item().articleId();
            long source = w.sourceNamed(c.source()).map(x -> x.id()).orElse(w.sources().get(4).id());
            org.claimbench.domain.Claim marked = w.markClaim(article, gs.item().span(), source, c.speaker(), "");
            claimIds.put(c.id(), marked.id());
            goldIdOf.put(marked.id(), c.id());
            String text = w.text(article);
            List<SentenceSpan> spans = sentences.computeIfAbsent(article, id -> English.shared().sentences(text));
            facts.add(ClaimFacts.of(marked, c.source(), "", ClaimFacts.lead(text, spans, marked.start())));
        }
        return new Marked(ClaimReader.complete(facts, n -> { }), claimIds, goldIdOf);
    }

    /** Contradiction suggestions among the marked gold claims, each article's event from {@code events}, against the gold pairs. */
    private static Map<String, Object> contradictions(GoldStandard g, Marked marked, Map<Long, EventGroups.Assigned> events,
                                                      PrintWriter details) {
        Map<String, Long> claimIds = marked.claimIds();
        Map<Long, String> goldIdOf = marked.goldIdOf();
        List<ClaimFacts> facts = new ArrayList<>();
        for (ClaimFacts f : marked.facts()) {
            EventGroups.Assigned e = events.get(f.articleId());
            facts.add(e == null ? f : f.withEvent(e.label(), e.keys()));
        }
        List<ContradictionSuggestion> ranked = new ContradictionSuggester().suggest(facts, java.util.Set.of());
        GoldPairs pairs = GoldPairs.of(g, claimIds);
        java.util.Set<String> sameEvent = pairs.sameEvent();
        java.util.Set<String> all = pairs.all();
        java.util.Set<String> non = pairs.non();
        if (details != null) {
            Map<Long, ClaimFacts> byId = new HashMap<>();
            facts.forEach(f -> byId.put(f.id(), f));
            int shown = listedDepth(ranked, sameEvent);
            for (int i = 0; i < shown; i++) {
                var s = ranked.get(i);
                String k = ContradictionSuggester.key(s.claimA(), s.claimB());
                details.printf(Locale.ROOT, "%2d %.2f %-5s %s-%s %s%n", i + 1, s.score(), all.contains(k) ? "GOLD" : non.contains(k) ? "NON" : "",
                        goldIdOf.get(s.claimA()), goldIdOf.get(s.claimB()), s.explanation());
                for (long id : new long[] {s.claimA(), s.claimB()}) {
                    ClaimFacts f = byId.get(id);
                    details.printf(Locale.ROOT, "      [%s] %s%n", f.source(), GoldPairDiagnosis.cut(f.text()));
                }
            }
            details.flush();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sameEvent", atK(keys(ranked), sameEvent));
        out.put("all", atK(keys(ranked), all));
        Map<String, Integer> nonIn = new LinkedHashMap<>();
        for (int k : new int[] {10, 25, 50}) {
            nonIn.put(String.valueOf(k), (int) ranked.stream().limit(k)
                    .filter(s -> non.contains(ContradictionSuggester.key(s.claimA(), s.claimB()))).count());
        }
        out.put("nonContradictionsInTop", nonIn);
        out.put("sameEventGoldByStage", GoldPairDiagnosis.diagnose(g, facts, claimIds, ranked, details));
        out.put("suggested", ranked.size());
        out.put("goldSameEvent", sameEvent.size());
        out.put("goldAll", all.size());
        return out;
    }

    /** Deepest the details list the ranking: the top 50, or down to the lowest-ranked same-event gold pair (at most 400). */
    private static int listedDepth(List<ContradictionSuggestion> ranked, java.util.Set<String> sameEvent) {
        int deepest = 50;
        for (int i = 0; i < Math.min(400, ranked.size()); i++) {
            if (sameEvent.contains(ContradictionSuggester.key(ranked.get(i).claimA(), ranked.get(i).claimB()))) {
                deepest = Math.max(deepest, i + 1);
            }
        }
        return Math.min(deepest, ranked.size());
    }

    /** The pair keys of suggestions, best first. */
    private static List<String> keys(List<ContradictionSuggestion> ranked) {
        return ranked.stream().map(s -> ContradictionSuggester.key(s.claimA(), s.claimB())).toList();
    }

    /** Precision and recall in the top k of pairs (their keys, best first), each gold pair counted once. */
    static Map<String, Map<String, Double>> atK(List<String> rankedKeys, java.util.Set<String> gold) {
        Map<String, Double> precision = new LinkedHashMap<>();
        Map<String, Double> recall = new LinkedHashMap<>();
        for (int k : new int[] {10, 25, 50}) {
            long hits = rankedKeys.stream().limit(k).filter(gold::contains).distinct().count();
            precision.put(String.valueOf(k), round((double) hits / k));
            recall.put(String.valueOf(k), round(gold.isEmpty() ? 0 : (double) hits / gold.size()));
        }
        Map<String, Map<String, Double>> m = new LinkedHashMap<>();
        m.put("precisionAt", precision);
        m.put("recallAt", recall);
        return m;
    }

    /** The precision@k and recall@k lines of a result's same-event and all scopes. */
    private static void printAtK(PrintWriter out, Map<String, Object> result) {
        for (String scope : List.of("sameEvent", "all")) {
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Double>> m = (Map<String, Map<String, Double>>) result.get(scope);
            out.printf(Locale.ROOT, "  %-10s precision@10 %.2f @25 %.2f @50 %.2f   recall@10 %.2f @25 %.2f @50 %.2f%n", scope,
                    m.get("precisionAt").get("10"), m.get("precisionAt").get("25"), m.get("precisionAt").get("50"),
                    m.get("recallAt").get("10"), m.get("recallAt").get("25"), m.get("recallAt").get("50"));
        }
    }

    static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
