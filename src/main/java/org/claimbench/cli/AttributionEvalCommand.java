package org.claimbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.claimbench.analysis.ClaimSuggester;
import org.claimbench.analysis.attribution.CueLexicon;
import org.claimbench.analysis.language.English;
import org.claimbench.analysis.speakers.SpeakerTable;
import org.claimbench.analysis.evaluation.AttributionScores;
import org.claimbench.analysis.evaluation.BratCorpus;
import org.claimbench.analysis.evaluation.CorpusException;
import org.claimbench.analysis.evaluation.ErrorCategories;
import org.claimbench.analysis.evaluation.GoldAttribution;
import org.claimbench.analysis.evaluation.GoldDocument;
import org.claimbench.analysis.evaluation.PredictedAttribution;
import org.claimbench.analysis.evaluation.TextAlignment;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.domain.TextSpan;
import org.claimbench.importing.ArticleImporter;
import org.claimbench.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code claimbench eval attribution --corpus DIR}: the claim suggester measured on an attribution
 * corpus in BRAT standoff laid out as PolNeAR's splits are (see {@link BratCorpus} and
 * {@link AttributionScores} for the reading and the figures).
 */
@Command(name = "attribution", description = "Measure claim suggestions against an attribution corpus in BRAT standoff "
        + "(text/NAME.txt beside attributions/NAME_ANNOTATOR.ann, as PolNeAR's splits).")
final class AttributionEvalCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "A split of the corpus: the folder holding text/ and attributions/.")
    Path corpus;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--details", description = "Also list the gold statements missed, the attributed suggestions matching no gold attribution "
            + "(extra) and the matched ones whose speaker is wrong.")
    boolean details;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        BratCorpus.Result corpusRead = BratCorpus.read(corpus);
        List<AttributionScores.ScoredText> scored;
        try (TempFolder dir = TempFolder.create("claimbench-eval-attribution");
             Workspace w = Workspace.create(dir.path().resolve("eval.claimbench"))) {
            List<Imported> imported = new ArrayList<>();
            for (GoldDocument d : corpusRead.documents()) {
                imported.add(importText(w, d));
            }
            scored = suggest(imported, SpeakerTable.of(w));
        }
        AttributionScores.Result r = AttributionScores.score(scored, details ? new ErrorCategories(English.shared(), CueLexicon.standard())
                : AttributionScores.Diagnosis.NONE);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("corpus", corpus.toString());
            m.put("unannotatedTexts", corpusRead.unannotated().size());
            m.put("all", r.all());
            m.put("byPublisher", r.byPublisher());
            if (details) {
                m.put("misses", r.misses());
                m.put("extras", r.extras());
                m.put("wrongSpeakers", r.wrongSpeakers());
                m.put("missCategories", r.missCategories());
                m.put("wrongSpeakerCategories", r.wrongSpeakerCategories());
            }
            JsonOutput.print(out, m);
            return 0;
        }
        AttributionScores.Figures a = r.all();
        out.printf(Locale.ROOT, "attribution: %d texts, %d gold attributions (%d statements of %d+ words); %d attributed suggestions, %d the outlet's own%n",
                a.texts(), a.goldAttributions(), a.goldStatements(), AttributionScores.STATEMENT_WORDS, a.attributedSuggestions(), a.outletSuggestions());
        out.println(line("all", a));
        r.byPublisher().forEach((publisher, f) -> out.println(line(publisher, f)));
        if (!corpusRead.unannotated().isEmpty()) {
            int n = corpusRead.unannotated().size();
            out.println(n + (n == 1 ? " text" : " texts") + " without an annotation file " + (n == 1 ? "was" : "were") + " left out.");
        }
        if (details) {
            out.printf(Locale.ROOT, "why (%d statements missed, %d speakers wrong of %d judged):%n", r.misses().size(), r.wrongSpeakers().size(),
                    a.speakersJudged());
            r.missCategories().forEach((c, n) -> out.printf(Locale.ROOT, "  %5d  %s%n", n, c));
            r.wrongSpeakerCategories().forEach((c, n) -> out.printf(Locale.ROOT, "  %5d  %s%n", n, c));
            r.misses().forEach(m -> out.println("missed  " + m.text() + "  [" + m.source() + "] <" + m.cue() + "> " + m.content()
                    + "\n          " + m.category()
                    + (m.nearestContent().isEmpty() ? "" : String.format(Locale.ROOT, "%n          nearest (F1 %.2f): %s", m.nearestF1(), m.nearestContent()))));
            r.extras().forEach(x -> out.println("extra   " + x.text() + "  [" + x.speaker() + "] " + x.content() + "\n          why: " + x.reason()));
            r.wrongSpeakers().forEach(x -> out.println("speaker " + x.text() + "  [" + x.speaker() + " should be " + x.goldSource() + "] <" + x.goldCue()
                    + "> " + x.content() + "\n          " + x.category() + "; source span: " + (x.sourceSpan().isEmpty() ? "none" : x.sourceSpan()) + "; why: " + x.reason()));
        }
        return 0;
    }

    private static String line(String label, AttributionScores.Figures f) {
        return String.format(Locale.ROOT, "  %-12s statementRecall %.3f  contentRecall %.3f  precision %.3f  speakerAccuracy %.3f (%d judged)"
                        + "  sourceSpanF1 %.3f  attributedStatementRecall %.3f", label, f.statementRecall(), f.contentRecall(),
                f.precision(), f.speakerAccuracy(), f.speakersJudged(), f.sourceSpanF1(), f.attributedStatementRecall());
    }

    /** A text as imported, with its gold attributions carried into the imported text's offsets. */
    private record Imported(GoldDocument doc, long articleId, String text, List<GoldAttribution> gold) {
    }

    private static Imported importText(Workspace w, GoldDocument d) throws Exception {
        ArticleDraft draft = new ArticleImporter().importPasted(d.text(), d.name()).draft();
        ArticleDraft titled = new ArticleDraft(ArticleMetadata.titled(d.name()), draft.text());
        long id = w.addArticle(titled).article().id();
        String text = w.text(id);
        TextAlignment align = new TextAlignment(d.text(), text);
        List<GoldAttribution> gold = new ArrayList<>();
        for (GoldAttribution g : d.attributions()) {
            gold.add(new GoldAttribution(map(align, g.source(), d), map(align, g.cue(), d), map(align, g.content(), d)));
        }
        return new Imported(d, id, text, gold);
    }

    private static List<TextSpan> map(TextAlignment align, List<TextSpan> spans, GoldDocument d) {
        List<TextSpan> out = new ArrayList<>();
        for (TextSpan s : spans) {
            if (!align.faithful(s)) {
                throw new CorpusException("The text " + d.name() + " changed on import where an annotation lies (" + s.start() + "–" + s.end()
                        + "); the annotation cannot be carried over. Is the annotation file " + d.name() + "_" + d.annotator() + ".ann for this text?");
            }
            out.add(align.map(s));
        }
        return out;
    }

    /** The suggestions of every text, computed on all cores (the suggester is thread-safe). */
    private static List<AttributionScores.ScoredText> suggest(List<Imported> imported, SpeakerTable table) throws Exception {
        ClaimSuggester suggester = new ClaimSuggester(table);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<AttributionScores.ScoredText>> runs = new ArrayList<>();
            for (Imported i : imported) {
                runs.add(pool.submit(() -> new AttributionScores.ScoredText(i.doc().name(), i.doc().publisher(), i.text(), i.gold(),
                        suggester.attributions(i.articleId(), i.text()).stream().map(s -> new PredictedAttribution(s.content(), s.sourceSpan(),
                                s.speaker(), s.byOutlet(), s.reading())).toList())));
            }
            List<AttributionScores.ScoredText> out = new ArrayList<>();
            for (Future<AttributionScores.ScoredText> f : runs) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
