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
import org.claimbench.analysis.SpeakerTable;
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
@Command(name = "eval", description = "Measure claim and contradiction suggestions against a gold annotation.")
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The gold annotation (JSON).")
    Path gold;

    @Option(names = "--articles", required = true, paramLabel = "DIR", description = "The folder holding the gold's article files.")
    Path articles;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--details", description = "Also list every miss: suggestions matching no gold claim, gold claims not found, wrong sources.")
    boolean details;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        GoldStandard g = GoldStandard.read(gold);
        Path dir = Files.createTempDirectory("claimbench-eval");
        Map<String, Object> result = new LinkedHashMap<>();
        try (Workspace w = Workspace.create(dir.resolve("eval.claimbench"))) {
            Map<String, Long> ids = importArticles(g, w);
            result.put("claims", claims(g, w, ids, details ? spec.commandLine().getErr() : null));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, result);
        } else {
            @SuppressWarnings("unchecked")
            Map<String, Object> c = (Map<String, Object>) result.get("claims");
            out.printf(Locale.ROOT, "claims: %d suggested, %d gold; precision %.3f, recall %.3f, source accuracy %.3f%n",
                    c.get("suggested"), c.get("gold"), c.get("precision"), c.get("recall"), c.get("sourceAccuracy"));
        }
        return 0;
    }

    private Map<String, Long> importArticles(GoldStandard g, Workspace w) throws Exception {
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

    /** Gold claims as spans of the imported texts (quotes located by their exact words). */
    static List<SpanMatching.Item> goldSpans(GoldStandard g, Workspace w, Map<String, Long> ids) {
        List<SpanMatching.Item> out = new ArrayList<>();
        for (GoldStandard.GoldClaim c : g.claims()) {
            Long id = ids.get(c.file());
            if (id == null) {
                continue;
            }
            TextSpan span = QuoteLocator.find(w.text(id), c.quote(), 1).orElse(null);
            if (span != null) {
                out.add(new SpanMatching.Item(id, span, c.source()));
            }
        }
        return out;
    }

    private static Map<String, Object> claims(GoldStandard g, Workspace w, Map<String, Long> ids, PrintWriter details) {
        ClaimSuggester suggester = new ClaimSuggester(SpeakerTable.defaults());
        List<SpanMatching.Item> suggested = new ArrayList<>();
        for (long id : ids.values()) {
            for (ClaimSuggestion s : suggester.suggest(id, w.text(id))) {
                suggested.add(new SpanMatching.Item(id, s.span(), s.source()));
            }
        }
        List<SpanMatching.Item> goldItems = goldSpans(g, w, ids);
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
                String q = w.text(s.articleId()).substring(s.span().start(), s.span().end()).replace('\n', ' ');
                if (matched[i] < 0) {
                    details.println("extra    [" + s.source() + "] " + q);
                } else {
                    found.add(matched[i]);
                    if (!goldItems.get(matched[i]).source().equals(s.source())) {
                        details.println("source   [" + s.source() + " should be " + goldItems.get(matched[i]).source() + "] " + q);
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
        return c;
    }

    static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
