package org.claimbench.app;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.claimbench.analysis.ClaimSuggester;
import org.claimbench.analysis.attribution.CueModel;
import org.claimbench.analysis.language.English;
import org.claimbench.analysis.language.ModelLoad;
import org.claimbench.analysis.speakers.SpeakerTable;
import org.claimbench.domain.ArticleDraft;

/**
 * The suggestion bench's claim suggestions: the language and cue models loaded (their time and heap reported on their
 * own), a warm-up, then 1,000 generated articles of 5 KB on every core, with the workers' processor time and where the
 * rest of the clock went (the collector, the compiler threads); then the event grouping lines ({@link EventGroupingBench}).
 */
final class ClaimSuggestionBench {

    private ClaimSuggestionBench() {
    }

    /** Claim suggestions on 1,000 generated articles of 5 KB on every core, then the event grouping lines. */
    static void measure(Map<String, Object> out, SyntheticCorpus corpus, int claimWarmUp) throws Exception {
        // The language models load once, before the first article: their cost is reported on its own.
        ModelLoad models = English.shared().loadMeasuringHeap();
        // So does the cue model (attribution): a copy read on its own, with the heap it holds after a full collection.
        CueModel.Load cueModel = CueModel.measureLoad();
        ClaimSuggester claimSuggester = new ClaimSuggester(SpeakerTable.defaults());
        List<ArticleDraft> articles = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            articles.add(corpus.article(i, 5000));
        }
        // A short warm-up on other articles, so the figure is the engine's and not the JIT compiler's.
        for (int i = 0; i < claimWarmUp; i++) {
            claimSuggester.suggest(i, corpus.article(2000 + i, 5000).text());
        }
        int workerCount = Runtime.getRuntime().availableProcessors();
        // CPU time too: on a machine others are using, the wall clock measures them as well.
        java.util.concurrent.atomic.AtomicLong cpuNanos = new java.util.concurrent.atomic.AtomicLong();
        ExecutorService workers = Executors.newFixedThreadPool(workerCount);
        // Where the clock goes besides the workers' own work: the collector's pauses (they stop both workers) and the
        // compiler threads' processor time (on two cores they take it from the workers), by kind of thread.
        long claimGc0 = SuggestionBench.gcMillis();
        ThreadTimes claimThreads0 = ThreadTimes.now();
        long c0 = System.nanoTime();
        int claimSuggestions = 0;
        Map<String, Double> claimByThread;
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            for (int i = 0; i < articles.size(); i++) {
                int id = i;
                runs.add(workers.submit(() -> {
                    long before = cpu.getCurrentThreadCpuTime();
                    int n = claimSuggester.suggest(id, articles.get(id).text()).size();
                    cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - before);
                    return n;
                }));
            }
            for (Future<Integer> f : runs) {
                claimSuggestions += f.get();
            }
            // Read while the workers still live: a thread gone by the second reading is missing from it (until speed round 34
            // one or both workers often were, read after the pool's shutdown).
            claimByThread = ThreadTimes.now().since(claimThreads0);
        } finally {
            workers.shutdownNow();
        }
        double claimSeconds = (System.nanoTime() - c0) / 1e9;
        long claimGcMillis = SuggestionBench.gcMillis() - claimGc0;

        long peak = SuggestionBench.peakHeap();
        out.put("languageModelLoadMs", models.millis());
        out.put("languageModelHeapMb", Math.round(models.heapBytes() / (1024.0 * 1024.0) * 10) / 10.0);
        out.put("cueModelLoadMs", cueModel.millis());
        out.put("cueModelHeapMb", Math.round(cueModel.heapBytes() / (1024.0 * 1024.0) * 10) / 10.0);
        out.put("claimSuggestionThreads", workerCount);
        out.put("claimSuggestions1000ArticlesSeconds", Math.round(claimSeconds * 1000) / 1000.0);
        out.put("claimSuggestions1000ArticlesCpuSeconds", Math.round(cpuNanos.get() / 1e6) / 1000.0);
        out.put("claimSuggestionsWarmUpArticles", claimWarmUp);
        // The workers' seconds without their processor: threads × clock less their processor time (waiting for a core, for
        // the collector, for work at the end).
        out.put("claimSuggestionsWorkersIdleSeconds", Math.round((workerCount * claimSeconds - cpuNanos.get() / 1e9) * 1000) / 1000.0);
        out.put("claimSuggestionsCollectorMs", claimGcMillis);
        out.put("claimSuggestionsProcessCpuSecondsByThread", claimByThread);
        out.put("systemLoadAverage", Math.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() * 10) / 10.0);
        out.put("claimSuggestionsFound", claimSuggestions);
        out.put("peakHeapMb", peak / (1024 * 1024));
        // Grouping articles into events, on generated articles of its own (after the peak: it is not the suggestions' heap).
        out.put("eventGrouping", EventGroupingBench.measure(SuggestionBench.EVENT_GROUPING_SIZES));
    }
}
