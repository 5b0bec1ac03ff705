package org.claimbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.claimbench.importing.ArticleImporter;
import org.claimbench.importing.ExtractionEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `eval extraction`: how well HTML import finds the article of saved pages (Mozilla Readability's test-page layout). */
@Command(name = "extraction", description = "Measure HTML import on saved pages laid out as Mozilla Readability's test pages "
        + "(DIR/NAME/source.html, expected.html, expected-metadata.json): bag-of-words F1 of the imported text against the "
        + "expected article, the share of pages at F1 >= 0.9, the share of right titles, the pages refused.")
final class EvalExtractionCommand implements Callable<Integer> {

    @Option(names = "--pages", required = true, paramLabel = "DIR", description = "The folder of test pages.")
    Path pages;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--details", description = "Also list every page: F1, precision, recall, and the title when it is wrong (in --json: a \"pages\" array).")
    boolean details;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ExtractionEvaluation.Result r;
        try {
            r = new ExtractionEvaluation(new ArticleImporter()).run(pages);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pages", r.pages().size());
            m.put("meanF1", round(r.meanF1()));
            m.put("goodF1", ExtractionEvaluation.GOOD_F1);
            m.put("shareGood", round(r.shareGood()));
            m.put("titleAccuracy", round(r.titleAccuracy()));
            m.put("refused", r.refused());
            if (details) {
                m.put("details", r.pages().stream().map(EvalExtractionCommand::page).toList());
            }
            JsonOutput.print(out, m);
            return 0;
        }
        if (details) {
            for (ExtractionEvaluation.Page p : r.pages()) {
                out.printf(Locale.ROOT, "%-45s F1 %.3f  P %.3f  R %.3f%s%s%n", p.name(), p.score().f1(), p.score().precision(),
                        p.score().recall(), p.titleRight() ? "" : "  title \"" + p.title() + "\" expected \"" + p.expectedTitle() + "\"",
                        p.refusal() == null ? "" : "  refused: " + p.refusal());
            }
        }
        long good = Math.round(r.shareGood() * r.pages().size());
        out.printf(Locale.ROOT, "extraction: %d pages; mean F1 %.3f; %d at F1 >= %.1f (%.1f %%); title right on %.1f %%; %d refused%s%n",
                r.pages().size(), r.meanF1(), good, ExtractionEvaluation.GOOD_F1, 100 * r.shareGood(), 100 * r.titleAccuracy(),
                r.refused().size(), r.refused().isEmpty() ? "" : " (" + String.join(", ", r.refused()) + ")");
        return 0;
    }

    private static Map<String, Object> page(ExtractionEvaluation.Page p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("f1", round(p.score().f1()));
        m.put("precision", round(p.score().precision()));
        m.put("recall", round(p.score().recall()));
        m.put("titleRight", p.titleRight());
        m.put("title", p.title());
        m.put("expectedTitle", p.expectedTitle());
        if (p.refusal() != null) {
            m.put("refused", p.refusal());
        }
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
