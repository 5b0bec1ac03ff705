package org.claimbench.app;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.claimbench.analysis.contradiction.ClaimFacts;
import org.claimbench.analysis.contradiction.ClaimReader;
import org.claimbench.analysis.meaning.MeaningVector;
import org.claimbench.analysis.meaning.NeighbourIndex;
import org.claimbench.analysis.meaning.SentenceEncoder;
import org.claimbench.analysis.ClaimSuggester;
import org.claimbench.analysis.attribution.CueModel;
import org.claimbench.analysis.contradiction.ContradictionIndex;
import org.claimbench.analysis.language.English;
import org.claimbench.analysis.language.ModelLoad;
import org.claimbench.analysis.speakers.SpeakerTable;
import org.claimbench.domain.ArticleDraft;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `claimbench bench suggestions`: the speed and memory of the suggestion engine on generated claims. */
@Command(name = "suggestions", description = "Time model loading, first-time claim reading (up to 10,000 claims), contradiction suggestions on N "
        + "generated claims, the update after one new claim, and claim suggestions on 1,000 articles.")
final class SuggestionBench implements Callable<Integer> {

    private static final List<String> SOURCES = List.of("Kremlin readout", "White House", "Ukraine", "Europe", "Press");

    @Option(names = "--claims", defaultValue = "10000", description = "How many claims (default 10000).")
    int claims;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--stored-readings", description = "A file of the claims' readings and vectors: read from it when it exists "
            + "(the first-time reading then not measured), written to it after reading otherwise. For measuring the build again and again.")
    java.nio.file.Path storedReadings;

    @Option(names = "--contradictions-only", description = "Stop after the contradiction suggestions (no claim suggestions on 1,000 articles).")
    boolean contradictionsOnly;

    @Option(names = "--claim-warm-up", defaultValue = "50", description = "Articles the claim suggester reads before the 1,000 are timed "
            + "(default 50; more leaves the JIT compiler less to do while they are: a diagnostic, the figure of record is the default's).")
    int claimWarmUp;

    @Option(names = "--events-only", description = "Only group generated articles into events (EventGroupingBench) and stop.")
    boolean eventsOnly;

    /** The numbers of generated articles grouped into events (EventGroupingBench). */
    private static final int[] EVENT_GROUPING_SIZES = {100, 300, 1000, 3000};

    /** Claims read for real (tags, lemmas, vector); beyond this many the bench reuses their readings (see call). */
    static final int READ_FOR_REAL = 10_000;

    private static long gcMillis() {
        long ms = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms;
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    /** A vector four fifths a, one fifth b. */
    private static MeaningVector mix(MeaningVector a, MeaningVector b) {
        float[] x = new float[a.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.8f * a.value(i) + 0.2f * b.value(i);
        }
        return MeaningVector.of(x);
    }

    /** The heap in use after a full collection, in bytes. */
    private static long usedHeapAfterCollection() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    @Override
    public Integer call() throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        if (eventsOnly) {
            out.put("eventGrouping", EventGroupingBench.measure(EVENT_GROUPING_SIZES));
            out.put("systemLoadAverage", Math.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() * 10) / 10.0);
            print(out);
            return 0;
        }
        out.put("claims", claims);
        long m0 = System.nanoTime();
        long encoderLoad = SentenceEncoder.shared().load();
        long languageLoad = org.claimbench.analysis.language.English.shared().loadMeasuringHeap().millis();
        out.put("modelLoadMs", encoderLoad + languageLoad);
        out.put("sentenceModelLoadMs", encoderLoad);
        out.put("languageModelsLoadMs", languageLoad);
        SyntheticCorpus corpus = new SyntheticCorpus(11);
        int real = Math.min(claims, READ_FOR_REAL);
        List<ClaimFacts> unread = new ArrayList<>(real);
        for (int i = 0; i < real; i++) {
            int article = i / 25;
            unread.add(new ClaimFacts(i + 1, article, corpus.claimText(), SOURCES.get(i % SOURCES.size()), "event " + (article / 10)));
        }
        List<ClaimFacts> read = storedReadings != null && java.nio.file.Files.exists(storedReadings)
                ? StoredReadings.read(storedReadings, unread) : null;
        if (read == null) {
            // First-time reading, as the app does it in the background: tags, lemmas and a vector per claim, in batches.
            ClaimReader.complete(unread.subList(0, Math.min(200, real)), n -> { });
            long r0 = System.nanoTime();
            long rc0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long pc0 = processCpuNanos();
            read = ClaimReader.complete(unread, n -> { });
            double readSeconds = (System.nanoTime() - r0) / 1e9;
            out.put("firstTimeReadingSeconds", Math.round(readSeconds * 100) / 100.0);
            // The encoder runs on its own thread: this thread's time covers the tagging and lemmatising only.
            // All threads of the process, the encoder's and onnxruntime's included: what reading costs on an idle machine.
            out.put("firstTimeReadingProcessCpuSeconds", Math.round((processCpuNanos() - pc0) / 1e7) / 100.0);
            out.put("firstTimeReadingTaggingCpuSeconds", Math.round((ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - rc0) / 1e7) / 100.0);
            if (storedReadings != null) {
                StoredReadings.write(storedReadings, read);
            }
        } else {
            out.put("readingsFrom", storedReadings.toString());
        }
        out.put("firstTimeReadingClaims", real);
        out.put("setUpSeconds", Math.round((System.nanoTime() - m0) / 1e7) / 100.0);
        out.put("neighbourRecallAt10", neighbourRecall(read.stream().map(ClaimFacts::vector).toList()));
        // Past 10,000 claims, the others take the readings of the first 10,000 (their words, lemmas, and a vector
        // mixed a fifth with another claim's, so no two are alike), in articles and events of their own.
        List<ClaimFacts> facts = new ArrayList<>(claims);
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < claims; i++) {
            ClaimFacts r = read.get(i % real);
            int article = i / 25;
            MeaningVector v = i < real ? r.vector() : mix(r.vector(), read.get(random.nextInt(real)).vector());
            facts.add(new ClaimFacts(i + 1, article, -1, -1, r.text(), "", SOURCES.get(i % SOURCES.size()), "event " + (article / 10),
                    List.of(), r.reading(), v));
        }
        read = null;
        unread = null;
        // A short warm-up, so the figure is the engine's and not the JIT compiler's.
        new ContradictionIndex(facts.subList(0, Math.min(2000, facts.size()))).top(320, Set.of());
        // Contradiction suggestions as the app makes them: every claim's pairs scored into the workspace's index, and the
        // best 320 listed. The heap the index holds is what stays while the workspace is open.
        long heapBefore = usedHeapAfterCollection();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long pcpu0 = processCpuNanos();
        long gc0 = gcMillis();
        ThreadTimes threads0 = ThreadTimes.now();
        long t0 = System.nanoTime();
        ContradictionIndex whole = new ContradictionIndex(facts);
        whole.top(320, Set.of());
        double seconds = (System.nanoTime() - t0) / 1e9;
        // Where the process's processor time went meanwhile, by kind of thread (the compiler's and the collector's included).
        Map<String, Double> byThread = ThreadTimes.now().since(threads0);
        // The machine is shared: the time this thread had the processor says what the engine costs when it is not waiting.
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double processCpuSeconds = (processCpuNanos() - pcpu0) / 1e9;
        long gcMs = gcMillis() - gc0;
        Map<String, String> phases = new LinkedHashMap<>();
        for (org.claimbench.analysis.contradiction.BuildPhases.Phase p : whole.buildPhases()) {
            phases.put(p.name(), String.format(java.util.Locale.ROOT, "%.3f / %.3f / %.3f s", p.clockNanos() / 1e9, p.threadCpuNanos() / 1e9,
                    p.processCpuNanos() / 1e9));
        }
        int found = whole.size();
        long pairsScored = whole.pairsScored();
        long indexHeap = usedHeapAfterCollection() - heapBefore;
        List<Double> listings = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long l0 = System.nanoTime();
            whole.top(320, Set.of());
            listings.add((System.nanoTime() - l0) / 1e6);
        }
        listings.sort(Double::compare);
        // What the build kept, to compare builds of the engine that must agree: every kept pair as ranked (ids, score, signals
        // with their reasons and patterns), and the best 320 a list shows.
        String digest = digest(whole.ranked());
        String top320Digest = digest(whole.top(320, Set.of()));
        long pairsPastBound = whole.pairsPastBound();
        whole = null;
        // The same build again in this JVM: the first one shares the two cores with the optimising compiler (a third of the
        // process's time at 10,000 claims, docs/speed.md round 23); the second shows what is left of that.
        long again0 = System.nanoTime();
        long againProcess0 = processCpuNanos();
        ThreadTimes againThreads0 = ThreadTimes.now();
        new ContradictionIndex(facts).top(320, Set.of());
        double againSeconds = (System.nanoTime() - again0) / 1e9;
        double againProcessCpuSeconds = (processCpuNanos() - againProcess0) / 1e9;
        Map<String, Double> againByThread = ThreadTimes.now().since(againThreads0);

        // One more claim in a workspace whose index is built: read, then scored against its candidates only.
        ContradictionIndex index = new ContradictionIndex(facts.subList(0, Math.min(10_000, facts.size())));
        List<Double> updates = new ArrayList<>();
        List<Double> scoringOnly = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ClaimFacts extra = new ClaimFacts(claims + 1 + i, 7, corpus.claimText(), "White House", "event 0");
            long u0 = System.nanoTime();
            ClaimFacts ready = ClaimReader.complete(List.of(extra), n -> { }).get(0);
            long u1 = System.nanoTime();
            index.add(ready);
            long u2 = System.nanoTime();
            updates.add((u2 - u0) / 1e6);
            scoringOnly.add((u2 - u1) / 1e6);
        }
        updates.sort(Double::compare);
        scoringOnly.sort(Double::compare);
        String updatedDigest = digest(index.ranked());
        index = null;
        out.put("seconds", Math.round(seconds * 1000) / 1000.0);
        out.put("cpuSeconds", Math.round(cpuSeconds * 1000) / 1000.0);
        out.put("processCpuSeconds", Math.round(processCpuSeconds * 1000) / 1000.0);
        out.put("collectorMs", gcMs);
        out.put("processCpuSecondsByThread", byThread);
        // Each phase of the build: on the clock / the building thread's processor time / the process's.
        out.put("buildPhases", phases);
        out.put("secondBuildSeconds", Math.round(againSeconds * 1000) / 1000.0);
        out.put("secondBuildProcessCpuSeconds", Math.round(againProcessCpuSeconds * 1000) / 1000.0);
        out.put("secondBuildProcessCpuSecondsByThread", againByThread);
        out.put("pairsScored", pairsScored);
        out.put("pairsPastBound", pairsPastBound);
        out.put("suggestions", found);
        out.put("digest", digest);
        out.put("top320Digest", top320Digest);
        out.put("updatedDigest", updatedDigest);
        out.put("indexHeapMb", indexHeap / (1024 * 1024));
        out.put("listBest320MedianMs", Math.round(listings.get(listings.size() / 2) * 100) / 100.0);
        out.put("updateAfterOneClaimMedianMs", Math.round(updates.get(updates.size() / 2) * 100) / 100.0);
        out.put("updateAfterOneClaimMaxMs", Math.round(updates.get(updates.size() - 1) * 100) / 100.0);
        out.put("updateScoringOnlyMedianMs", Math.round(scoringOnly.get(scoringOnly.size() / 2) * 100) / 100.0);

        if (contradictionsOnly) {
            out.put("systemLoadAverage", Math.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() * 10) / 10.0);
            out.put("peakHeapMb", peakHeap() / (1024 * 1024));
            print(out);
            return 0;
        }
        // The language models load once, before the first article: their cost is reported on its own.
        ModelLoad models = English.shared().load();
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
        long claimGc0 = gcMillis();
        ThreadTimes claimThreads0 = ThreadTimes.now();
        long c0 = System.nanoTime();
        int claimSuggestions = 0;
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
        } finally {
            workers.shutdownNow();
        }
        double claimSeconds = (System.nanoTime() - c0) / 1e9;
        Map<String, Double> claimByThread = ThreadTimes.now().since(claimThreads0);
        long claimGcMillis = gcMillis() - claimGc0;

        long peak = peakHeap();
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
        out.put("eventGrouping", EventGroupingBench.measure(EVENT_GROUPING_SIZES));
        print(out);
        return 0;
    }

    /** The heap pools' peaks summed since they were last reset (before the first build), in bytes. */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private void print(Map<String, Object> out) throws java.io.IOException {
        if (json) {
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
        } else {
            out.forEach((k, v) -> System.out.printf("  %-40s %s%n", k, v));
        }
    }

    /** A SHA-256 (first 16 hex digits) of suggestions in their order: ids, score bits, and each signal's name, kind, weight, reason and pattern. */
    static String digest(List<org.claimbench.analysis.contradiction.ContradictionSuggestion> suggestions) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            for (org.claimbench.analysis.contradiction.ContradictionSuggestion s : suggestions) {
                StringBuilder b = new StringBuilder().append(s.claimA()).append(':').append(s.claimB()).append(':')
                        .append(Double.doubleToLongBits(s.score())).append(':').append(s.sameEvent()).append(':').append(s.sharedEvent());
                for (org.claimbench.analysis.contradiction.Signal x : s.signals()) {
                    b.append('|').append(x.name()).append(';').append(x.kind()).append(';').append(x.weight()).append(';')
                            .append(x.explanation()).append(';').append(x.pattern());
                }
                md.update(b.append('\n').toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return java.util.HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * How many of the 10 nearest neighbours by exact cosine the meaning index finds, over 200 claims
     * chosen at random (a fixed seed): what its cells and codes lose against comparing every pair.
     */
    private static double neighbourRecall(List<MeaningVector> vectors) {
        NeighbourIndex index = new NeighbourIndex(vectors);
        java.util.Random random = new java.util.Random(11);
        int found = 0;
        int wanted = 0;
        for (int q = 0; q < 200; q++) {
            int i = random.nextInt(vectors.size());
            MeaningVector v = vectors.get(i);
            if (!v.present()) {
                continue;
            }
            List<double[]> all = new ArrayList<>(vectors.size());
            for (int j = 0; j < vectors.size(); j++) {
                if (j != i && vectors.get(j).present()) {
                    all.add(new double[] {v.cosine(vectors.get(j)), j});
                }
            }
            all.sort((x, y) -> Double.compare(y[0], x[0]));
            Set<Integer> exact = new java.util.HashSet<>();
            for (int k = 0; k < Math.min(10, all.size()); k++) {
                exact.add((int) all.get(k)[1]);
            }
            for (NeighbourIndex.Neighbour n : index.neighbours(i, 10, -1)) {
                if (exact.contains(n.index())) {
                    found++;
                }
            }
            wanted += exact.size();
        }
        return wanted == 0 ? 1 : Math.round(found * 1000.0 / wanted) / 1000.0;
    }
}
