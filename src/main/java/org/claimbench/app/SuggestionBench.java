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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.claimbench.analysis.contradiction.ClaimFacts;
import org.claimbench.analysis.ClaimSuggester;
import org.claimbench.analysis.contradiction.ContradictionIndex;
import org.claimbench.analysis.contradiction.ContradictionSuggester;
import org.claimbench.analysis.SpeakerTable;
import org.claimbench.domain.ArticleDraft;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `claimbench bench suggestions`: the speed and memory of the suggestion engine on generated claims. */
@Command(name = "suggestions", description = "Time contradiction suggestions on N generated claims (and claim suggestions on 1,000 articles).")
final class SuggestionBench implements Callable<Integer> {

    private static final List<String> SOURCES = List.of("Kremlin readout", "White House", "Ukraine", "Europe", "Press");

    @Option(names = "--claims", defaultValue = "10000", description = "How many claims (default 10000).")
    int claims;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        SyntheticCorpus corpus = new SyntheticCorpus(11);
        List<ClaimFacts> facts = new ArrayList<>(claims);
        for (int i = 0; i < claims; i++) {
            int article = i / 25;
            facts.add(new ClaimFacts(i + 1, article, corpus.claimText(), SOURCES.get(i % SOURCES.size()), "event " + (article / 10)));
        }
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        ContradictionSuggester suggester = new ContradictionSuggester();
        // A short warm-up, so the figure is the engine's and not the JIT compiler's.
        suggester.suggest(facts.subList(0, Math.min(2000, facts.size())), Set.of());
        long t0 = System.nanoTime();
        int found = suggester.suggest(facts, Set.of()).size();
        double seconds = (System.nanoTime() - t0) / 1e9;

        // One more claim in a workspace whose index is built: only its candidates are scored.
        ContradictionIndex index = new ContradictionIndex(facts.subList(0, Math.min(10_000, facts.size())));
        List<Double> updates = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ClaimFacts extra = new ClaimFacts(claims + 1 + i, 7, corpus.claimText(), "White House", "event 0");
            long u0 = System.nanoTime();
            index.add(extra);
            updates.add((System.nanoTime() - u0) / 1e6);
        }
        updates.sort(Double::compare);

        ClaimSuggester claimSuggester = new ClaimSuggester(SpeakerTable.defaults());
        List<ArticleDraft> articles = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            articles.add(corpus.article(i, 5000));
        }
        long c0 = System.nanoTime();
        int claimSuggestions = 0;
        for (int i = 0; i < articles.size(); i++) {
            claimSuggestions += claimSuggester.suggest(i, articles.get(i).text()).size();
        }
        double claimSeconds = (System.nanoTime() - c0) / 1e9;

        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("claims", claims);
        out.put("seconds", Math.round(seconds * 1000) / 1000.0);
        out.put("pairsScored", suggester.pairsScored());
        out.put("suggestions", found);
        out.put("updateAfterOneClaimMedianMs", Math.round(updates.get(updates.size() / 2) * 100) / 100.0);
        out.put("claimSuggestions1000ArticlesSeconds", Math.round(claimSeconds * 1000) / 1000.0);
        out.put("claimSuggestionsFound", claimSuggestions);
        out.put("peakHeapMb", peak / (1024 * 1024));
        if (json) {
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
        } else {
            out.forEach((k, v) -> System.out.printf("  %-36s %s%n", k, v));
        }
        return 0;
    }
}
