package org.claimbench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimbench.analysis.GoldStandard;
import org.claimbench.analysis.contradiction.ClaimFacts;
import org.claimbench.analysis.contradiction.ContradictionSuggester;
import org.claimbench.analysis.contradiction.ContradictionSuggestion;
import org.claimbench.analysis.contradiction.GeneratedPairs;
import org.claimbench.analysis.contradiction.PairFeatures;
import org.claimbench.analysis.contradiction.ranking.MeaningFeatures;
import org.claimbench.analysis.events.EventGroups;
import org.claimbench.analysis.language.English;
import org.claimbench.analysis.language.SentenceSpan;
import org.claimbench.analysis.meaning.MeaningVector;
import org.claimbench.analysis.meaning.SentenceEncoder;
import org.claimbench.workspace.Workspace;

/**
 * An annotated corpus as a learned ranking sees it: every pair the engine scores among the gold claims (events
 * inferred from the texts, as {@code eval} does), its features, whether it is a gold conflict, and the gold's event
 * of each claim's article (for leave-one-event-out folds only; the engine never reads it).
 */
final class RankerCorpus {

    final List<PairFeatures.Featured> pairs;
    final boolean[] conflict;
    private final Map<Long, String> eventOfClaim;
    private final Set<String> sameEventGold;
    private final Set<String> nonContradictions;
    private final List<ClaimFacts> facts;
    /** Each pair's vector features ({@link MeaningFeatures}, among this corpus's claims), by the pairs' order. */
    final List<double[]> meaning;

    private RankerCorpus(List<PairFeatures.Featured> pairs, boolean[] conflict, Map<Long, String> eventOfClaim, Set<String> sameEventGold,
                         Set<String> nonContradictions, List<ClaimFacts> facts, Map<Long, MeaningVector> leads) {
        this.pairs = pairs;
        this.facts = facts;
        MeaningFeatures m = new MeaningFeatures(facts, leads);
        this.meaning = pairs.stream().map(p -> m.of(p.suggestion().claimA(), p.suggestion().claimB())).toList();
        this.conflict = conflict;
        this.eventOfClaim = eventOfClaim;
        this.sameEventGold = sameEventGold;
        this.nonContradictions = nonContradictions;
    }

    /** Imports the gold's articles into a temporary workspace, marks the gold claims and scores their pairs. */
    static RankerCorpus load(Path gold, Path articles) throws Exception {
        return load(gold, articles, false);
    }

    /**
     * As {@link #load(Path, Path)}; with {@code generated}, also the candidates the engine generates and can compare on
     * which no signal fires ({@link GeneratedPairs}: hand-set score 0, so the hand-set ranking leaves them out).
     */
    static RankerCorpus load(Path gold, Path articles, boolean generated) throws Exception {
        GoldStandard g = GoldStandard.read(gold);
        try (TempFolder dir = TempFolder.create("claimbench-ranker"); Workspace w = Workspace.create(dir.path().resolve("ranker.claimbench"))) {
            Map<String, Long> ids = EvalCommand.importArticles(g, articles, w);
            EvalCommand.Marked marked = EvalCommand.mark(w, EvalCommand.goldSpans(g, w, ids, c -> { }));
            Map<Long, EventGroups.Assigned> inferred = EvalEvents.events(w, ids, Map.of());
            Map<Long, String> goldEvents = EvalEvents.goldEvents(g, ids);
            List<ClaimFacts> facts = new ArrayList<>();
            Map<Long, String> eventOfClaim = new HashMap<>();
            for (ClaimFacts f : marked.facts()) {
                EventGroups.Assigned e = inferred.get(f.articleId());
                facts.add(e == null ? f : f.withEvent(e.label(), e.keys()));
                eventOfClaim.put(f.id(), goldEvents.getOrDefault(f.articleId(), ""));
            }
            GoldPairs pairsOfGold = GoldPairs.of(g, marked.claimIds());
            List<PairFeatures.Featured> pairs = generated ? GeneratedPairs.featured(facts) : new ContradictionSuggester().featured(facts);
            boolean[] conflict = new boolean[pairs.size()];
            for (int i = 0; i < conflict.length; i++) {
                conflict[i] = pairsOfGold.all().contains(key(pairs.get(i).suggestion()));
            }
            return new RankerCorpus(pairs, conflict, eventOfClaim, pairsOfGold.sameEvent(), pairsOfGold.non(), facts, leads(w, ids.values()));
        }
    }

    /** The vector of each article's lead: its first two sentences (at most {@value #LEAD} UTF-16 units). */
    private static Map<Long, MeaningVector> leads(Workspace w, java.util.Collection<Long> articles) {
        List<Long> ids = articles.stream().distinct().sorted().toList();
        List<String> texts = new ArrayList<>();
        for (long id : ids) {
            String text = w.text(id);
            List<SentenceSpan> s = English.shared().sentences(text);
            int end = s.isEmpty() ? text.length() : s.get(Math.min(1, s.size() - 1)).end();
            texts.add(text.substring(0, Math.min(end, Math.min(LEAD, text.length()))));
        }
        List<MeaningVector> v = SentenceEncoder.shared().encode(texts);
        Map<Long, MeaningVector> out = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            out.put(ids.get(i), v.get(i));
        }
        return out;
    }

    private static final int LEAD = 600;

    /** The gold's events of the corpus, sorted. */
    List<String> events() {
        return eventOfClaim.values().stream().distinct().sorted().toList();
    }

    /** Whether pair i touches a claim of the event (either claim's article reports it). */
    boolean touches(int i, String event) {
        ContradictionSuggestion s = pairs.get(i).suggestion();
        return eventOfClaim.get(s.claimA()).equals(event) || eventOfClaim.get(s.claimB()).equals(event);
    }

    /** The event a pair is measured with when its event is left out: its first claim's. */
    String foldOf(int i) {
        return eventOfClaim.get(pairs.get(i).suggestion().claimA());
    }

    /**
     * The figures of a ranking by these scores (one per pair), diversified as the engine does (as {@code eval} ranks): same-event
     * recall@10/25/50 and precision@10, and the annotated non-contradictions in the top 10. A pair scored 0 or less is
     * not ranked (the engine does not suggest it).
     */
    Map<String, Double> figures(double[] scores) {
        List<ContradictionSuggestion> rescored = new ArrayList<>(pairs.size());
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] <= 0) {
                continue;
            }
            ContradictionSuggestion s = pairs.get(i).suggestion();
            rescored.add(new ContradictionSuggestion(s.claimA(), s.claimB(), scores[i], s.signals(), s.sameEvent(), s.sharedEvent()));
        }
        List<String> keys = ContradictionSuggester.diversified(rescored, facts).stream().map(RankerCorpus::key).toList();
        Map<String, Map<String, Double>> at = EvalCommand.atK(keys, sameEventGold);
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("recall@10", at.get("recallAt").get("10"));
        out.put("recall@25", at.get("recallAt").get("25"));
        out.put("recall@50", at.get("recallAt").get("50"));
        out.put("precision@10", at.get("precisionAt").get("10"));
        out.put("nonInTop10", (double) keys.stream().limit(10).filter(nonContradictions::contains).count());
        return out;
    }

    /** How many same-event gold conflicts the corpus has among its marked claims. */
    int sameEventGold() {
        return sameEventGold.size();
    }

    /** The engine's own (hand-set) scores. */
    double[] handScores() {
        return pairs.stream().mapToDouble(p -> p.suggestion().score()).toArray();
    }

    private static String key(ContradictionSuggestion s) {
        return ContradictionSuggester.key(s.claimA(), s.claimB());
    }
}
