package org.claimbench.app;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.TextSpan;
import org.claimbench.importing.ArticleImporter;
import org.claimbench.importing.ArticleSink;
import org.claimbench.importing.ImportBatch;
import org.claimbench.settings.AppDirs;
import org.claimbench.ui.article.ArticlePaneViewModel;
import org.claimbench.ui.article.HighlightStyles;
import org.claimbench.workspace.ClaimDraft;
import org.claimbench.workspace.Workspace;
import org.fxmisc.richtext.InlineCssTextArea;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `claimbench bench`: prints the speed and memory figures of the core workbench, measured on a
 * generated workspace (default 1,000 articles, 50,000 claims). Timings are wall-clock medians.
 */
@Command(name = "bench", description = "Measure start-up, opening, importing, highlighting, marking and memory; print the figures.",
        subcommands = {SuggestionBench.class, ParagraphBench.class})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "1000", description = "Articles in the generated workspace (default 1000).")
    int articles;

    @Option(names = "--claims", defaultValue = "50000", description = "Claims in the generated workspace (default 50000).")
    int claims;

    @Option(names = "--starts", defaultValue = "3", description = "Cold starts of each window to time (default 3).")
    int starts;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Option(names = "--display", description = "Use the real display instead of the headless platform.")
    boolean display;

    @Option(names = "--startup-only", description = "Time only the start-up (a bare window and Claimbench, cold and with class-data archives).")
    boolean startupOnly;

    private final Map<String, Object> figures = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        try (org.claimbench.cli.TempFolder temp = org.claimbench.cli.TempFolder.create("claimbench-bench")) {
            Path dir = temp.path();
            boolean headless = !display;
            figures.putAll(new StartupBench(starts, headless).measure(dir));
            if (startupOnly) {
                print();
                return 0;
            }
            HeadlessFx.start(headless, 1600, 1000);
            Path file = dir.resolve("bench.claimbench");
            generate(file);
            importing(dir);
            ui(file, dir);
            figures.put("peakHeapMb", peakHeapMb());
            HeadlessFx.stop();
        }
        print();
        return 0;
    }

    // ---- the generated workspace ---------------------------------------------------------

    private void generate(Path file) {
        SyntheticCorpus corpus = new SyntheticCorpus(42);
        long t0 = System.nanoTime();
        try (Workspace w = Workspace.create(file)) {
            List<ArticleDraft> drafts = new ArrayList<>();
            for (int i = 0; i < articles; i++) {
                drafts.add(corpus.article(i, 5000));
            }
            List<Article> stored = w.addArticles(drafts).stream().map(a -> a.article()).toList();
            int perArticle = Math.max(1, claims / Math.max(1, articles));
            List<ClaimDraft> claimDrafts = new ArrayList<>();
            int s = 0;
            for (Article a : stored) {
                for (TextSpan span : corpus.claimSpans(w.text(a.id()), perArticle)) {
                    claimDrafts.add(new ClaimDraft(a.id(), span, w.sources().get(s++ % 5).id(), "", ""));
                }
            }
            w.markClaims(claimDrafts);
            // The big article for highlighting: 1 MB with 5,000 claims.
            Article big = w.addArticle(corpus.article(-1, 1_000_000)).article();
            List<ClaimDraft> bigClaims = new ArrayList<>();
            for (TextSpan span : corpus.claimSpans(w.text(big.id()), 5000)) {
                bigClaims.add(new ClaimDraft(big.id(), span, w.sources().get(s++ % 5).id(), "", ""));
            }
            w.markClaims(bigClaims);
            figures.put("generatedArticles", w.articles().size());
            figures.put("generatedClaims", w.claimCount());
        }
        figures.put("generateSeconds", round2((System.nanoTime() - t0) / 1e9));
    }

    private void importing(Path dir) throws Exception {
        SyntheticCorpus corpus = new SyntheticCorpus(7);
        Path folder = Files.createDirectories(dir.resolve("import"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Path f = folder.resolve("article-" + i + ".txt");
            Files.writeString(f, corpus.article(i, 5000).text());
            files.add(f);
        }
        try (Workspace w = Workspace.create(dir.resolve("import.claimbench"))) {
            long t0 = System.nanoTime();
            ArticleSink sink = drafts -> w.addArticles(drafts).stream()
                    .map(a -> new ArticleSink.Stored(a.article().id(), a.article().title(), a.duplicate())).toList();
            new ImportBatch(new ArticleImporter()).run(files, sink, (d, t, f) -> { }, () -> false);
            figures.put("import1000ArticlesMs", (System.nanoTime() - t0) / 1_000_000);
        }
    }

    // ---- the window ----------------------------------------------------------------------

    private void ui(Path file, Path dir) throws Exception {
        // Generation and import made garbage of their own: measure the heap from here on.
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        AppDirs dirs = new AppDirs(dir.resolve("ui/data"), dir.resolve("ui/config"));
        // The app's own background runner: text and claims are read off the JavaFX thread.
        AppContext ctx = HeadlessFx.call(() -> {
            AppContext c = new AppContext(dirs, null);
            Stage stage = new Stage();
            Scene scene = c.createScene(1440, 900);
            stage.setScene(scene);
            stage.show();
            return c;
        });
        HeadlessFx.settle(5);
        ArticlePaneViewModel pane1 = ctx.workbench().panes().get(0);
        ArticlePaneViewModel pane2 = ctx.workbench().panes().get(1);
        // Opening: from File > Open until the first pane has drawn its article's highlights.
        figures.put("openWorkspaceToHighlightsMs", untilDrawn(ctx, pane1, () -> ctx.session().open(file, ctx.workbench().opened())));
        long readyStart = System.nanoTime();
        // The background work after opening (all claims, then suggestions) settles before the next figures.
        // Each poll is a round trip to the JavaFX thread: how long it takes is how long the window could not answer
        // (collector pauses included) while the background work runs.
        List<Double> waits = new ArrayList<>();
        while (true) {
            long asked = System.nanoTime();
            boolean ready = HeadlessFx.call(() -> ctx.workbench().suggestions().ready());
            waits.add((System.nanoTime() - asked) / 1e6);
            if (ready) {
                break;
            }
            Thread.sleep(20);
        }
        figures.put("allClaimsReadInBackground", ctx.model().claimsReady());
        figures.put("suggestionsReadyAfterOpenMs", (System.nanoTime() - readyStart) / 1_000_000);
        waits.sort(Double::compare);
        figures.put("fxThreadWaitWhileSuggestingMaxMs", Math.round(waits.get(waits.size() - 1) * 10) / 10.0);
        figures.put("fxThreadWaitWhileSuggestingP95Ms", Math.round(waits.get((int) (waits.size() * 0.95)) * 10) / 10.0);
        HeadlessFx.settle(5);

        Workspace w = ctx.model().workspace().orElseThrow();
        Article big = w.articles().get(w.articles().size() - 1);
        List<Long> switches = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            Article other = w.articles().get(i);
            untilDrawn(ctx, pane1, () -> pane1.show(other, null));
            switches.add(untilDrawn(ctx, pane1, () -> pane1.show(big, null)));
        }
        figures.put("switchPaneTo5000ClaimArticleMs", median(switches));
        untilDrawn(ctx, pane2, () -> pane2.show(big, null));
        HeadlessFx.settle(5);

        InlineCssTextArea area = ctx.view().paneViews().get(0).textArea();
        HighlightStyles styles = new HighlightStyles();
        List<Long> highlights = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            highlights.add(HeadlessFx.call(() -> {
                long t0 = System.nanoTime();
                area.setStyleSpans(0, styles.compute(pane1.claims(), 0, area.getLength(), pane1.look()));
                return (System.nanoTime() - t0) / 1_000_000;
            }));
        }
        figures.put("highlight1MbArticle5000ClaimsMs", median(highlights));

        // Marking: select a free span, tag it; the commit and both panes' restyle happen in the
        // same call, on the JavaFX thread, as when the user presses a number key.
        String text = w.text(big.id());
        // The JavaFX thread's own processor time beside the clock: the difference is time it waited (for a core
        // the background work holds, a lock, the disk), which the clock alone cannot tell from our work.
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<Double> marks = new ArrayList<>();
        List<Double> markCpu = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int at = text.length() / 2 + i * 997;
            TextSpan span = freeSpan(pane1, text, at);
            double[] clockAndCpu = HeadlessFx.call(() -> {
                pane1.selectionProperty().set(span);
                long c0 = cpu.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                ctx.workbench().tag(pane1, w.sources().get(1));
                return new double[] {(System.nanoTime() - t0) / 1e6, (cpu.getCurrentThreadCpuTime() - c0) / 1e6};
            });
            marks.add(clockAndCpu[0]);
            markCpu.add(clockAndCpu[1]);
        }
        figures.put("markClaimMedianMs", round2(medianD(marks)));
        figures.put("markClaimMaxMs", round2(marks.stream().mapToDouble(Double::doubleValue).max().orElse(0)));
        figures.put("markClaimCpuMedianMs", round2(medianD(markCpu)));
        HeadlessFx.call(() -> {
            ctx.close();
            return null;
        });
    }

    /** Milliseconds from an action until the pane has restyled its text and a layout pulse has run. */
    private static long untilDrawn(AppContext ctx, ArticlePaneViewModel pane, Runnable action) throws Exception {
        java.util.concurrent.CountDownLatch drawn = new java.util.concurrent.CountDownLatch(1);
        long[] end = new long[1];
        javafx.beans.value.ChangeListener<org.claimbench.ui.article.RestyleRequest> listener = (o, old, req) -> {
            if (req != null && req.from() == 0 && req.to() > 0) {
                Scene scene = ctx.view().getScene();
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    end[0] = System.nanoTime();
                    scene.removePostLayoutPulseListener(once[0]);
                    drawn.countDown();
                };
                scene.addPostLayoutPulseListener(once[0]);
                javafx.application.Platform.requestNextPulse();
            }
        };
        long start = HeadlessFx.call(() -> {
            pane.restyleProperty().addListener(listener);
            long t0 = System.nanoTime();
            action.run();
            return t0;
        });
        if (!drawn.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the pane never drew its article");
        }
        HeadlessFx.call(() -> {
            pane.restyleProperty().removeListener(listener);
            return null;
        });
        return (end[0] - start) / 1_000_000;
    }

    private static TextSpan freeSpan(ArticlePaneViewModel pane, String text, int at) {
        int start = at;
        while (pane.claimAt(start).isPresent() || pane.claimAt(start + 30).isPresent()) {
            start += 37;
        }
        return new TextSpan(start, Math.min(text.length(), start + 25));
    }

    // ---- output --------------------------------------------------------------------------

    private void print() throws Exception {
        if (json) {
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(figures));
            return;
        }
        System.out.println("Claimbench benchmark (" + (display ? "real display" : "headless Monocle, software rendering") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version") + ")");
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("bareWindowShownMs", "bare JavaFX window, JVM start to shown (ms, median)");
        labels.put("appWindowShownMs", "Claimbench window, JVM start to shown, opening face (ms, median)");
        labels.put("startupRatio", "start-up ratio, Claimbench window / bare (goal <= 1.5)");
        labels.put("appWorkbenchReadyMs", "Claimbench workbench laid out in it (ms, median)");
        labels.put("readyRatio", "workbench laid out / bare window");
        labels.put("appArticlesShownMs", "its articles laid out in the panes: ready to mark (ms, median)");
        labels.put("markRatio", "ready to mark / bare window (goal <= 2.5)");
        labels.put("bareWindowCpuMs", "processor time, all threads: bare window until shown (ms, median)");
        labels.put("appArticlesCpuMs", "processor time: Claimbench until ready to mark (ms, median)");
        labels.put("markCpuRatio", "ready to mark / bare window in processor time (goal <= 2.5)");
        labels.put("appListsShownMs", "the lists below its panes laid out too (ms, median)");
        labels.put("fxThreadLongestWaitAfterReadyMs", "from workbench laid out to lists, longest wait for the JavaFX thread (ms, median)");
        labels.put("fxThreadWaitAfterMarkMaxMs", "5 s after ready to mark: longest wait for the JavaFX thread (ms, median)");
        labels.put("fxThreadWaitAfterMarkP95Ms", "5 s after ready to mark: 95th percentile of its waits, asked every 16 ms (ms, median)");
        labels.put("appAfterMarkCpuMs", "processor time: Claimbench until 5 s after ready to mark (ms, median)");
        labels.put("bareWindowShownWithArchiveMs", "bare window with a class-data archive (AppCDS) of its own (ms, median)");
        labels.put("appWindowShownWithArchiveMs", "Claimbench window with its archive, as ./claimbench starts it (ms, median)");
        labels.put("startupRatioWithArchive", "start-up ratio, both with archives");
        labels.put("appWorkbenchReadyWithArchiveMs", "Claimbench workbench laid out, with its archive (ms, median)");
        labels.put("readyRatioWithArchive", "workbench laid out / bare window, both with archives");
        labels.put("appArticlesShownWithArchiveMs", "its articles laid out: ready to mark, with its archive (ms, median)");
        labels.put("markRatioWithArchive", "ready to mark / bare window, both with archives (goal <= 2.5)");
        labels.put("bareWindowCpuWithArchiveMs", "processor time: bare window with its archive until shown (ms, median)");
        labels.put("appArticlesCpuWithArchiveMs", "processor time: Claimbench with its archive until ready to mark (ms, median)");
        labels.put("markCpuRatioWithArchive", "ready to mark / bare window in processor time, both with archives (goal <= 2.5)");
        labels.put("appListsShownWithArchiveMs", "the lists below its panes laid out too, with its archive (ms, median)");
        labels.put("fxThreadLongestWaitAfterReadyWithArchiveMs", "from workbench laid out to lists, longest wait for the JavaFX thread (ms, median)");
        labels.put("fxThreadWaitAfterMarkMaxWithArchiveMs", "with its archive, 5 s after ready to mark: longest wait for the JavaFX thread (ms, median)");
        labels.put("fxThreadWaitAfterMarkP95WithArchiveMs", "5 s after ready to mark with its archive: 95th percentile of its waits (ms, median)");
        labels.put("appAfterMarkCpuWithArchiveMs", "processor time: with its archive, until 5 s after ready to mark (ms, median)");
        labels.put("generatedArticles", "generated workspace: articles");
        labels.put("generatedClaims", "generated workspace: claims");
        labels.put("generateSeconds", "generating it (s)");
        labels.put("import1000ArticlesMs", "importing 1,000 files of 5 KB (ms, goal < 2000)");
        labels.put("openWorkspaceToHighlightsMs", "opening the workspace until the first pane shows highlights (ms, goal < 500)");
        labels.put("allClaimsReadInBackground", "all claims read in the background afterwards");
        labels.put("suggestionsReadyAfterOpenMs", "claim and contradiction suggestions ready, in the background (ms)");
        labels.put("fxThreadWaitWhileSuggestingMaxMs", "meanwhile, longest wait for the JavaFX thread (ms, collector pauses included)");
        labels.put("fxThreadWaitWhileSuggestingP95Ms", "meanwhile, 95th percentile of those waits (ms)");
        labels.put("switchPaneTo5000ClaimArticleMs", "switching a pane to a 1 MB article with 5,000 claims (ms, median of 11, goal < 100)");
        labels.put("highlight1MbArticle5000ClaimsMs", "applying the highlights of that article (ms, median, goal < 200)");
        labels.put("markClaimMedianMs", "marking a claim until both panes show it, commit included (ms, median, goal < 16)");
        labels.put("markClaimMaxMs", "marking a claim, slowest of 40 (ms)");
        labels.put("markClaimCpuMedianMs", "marking a claim: the JavaFX thread's processor time (ms, median)");
        labels.put("peakHeapMb", "peak heap while the window works on the workspace (MB, goal < 500)");
        labels.forEach((k, label) -> {
            if (figures.containsKey(k)) {
                System.out.printf(Locale.ROOT, "  %-88s %s%n", label, figures.get(k));
            }
        });
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    static long median(List<Long> values) {
        long[] v = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return v[v.length / 2];
    }

    private static double medianD(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    static double round2(double d) {
        return Math.round(d * 100) / 100.0;
    }
}
