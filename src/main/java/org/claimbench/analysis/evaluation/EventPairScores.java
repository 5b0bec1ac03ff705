package org.claimbench.analysis.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the engine's grouping of articles into events stands to a gold's, counted over pairs of articles (the pair-counting
 * measures of clustering, Rand 1971; Hubert and Arabie 1985): of the pairs the gold puts in one event, how many the engine
 * groups together (event-pair recall); of the pairs the gold puts in different events, how many it keeps apart (separation).
 * Only articles the gold gives an event count. An article whose event the engine does not know (an empty label) is grouped
 * with no other: it counts as kept apart from every article (its claims are then compared with every event's, so it bars no
 * pair; the figure of separation is the more generous for it, that of recall the stricter).
 *
 * @param sameEventPairs  pairs of articles the gold puts in one event
 * @param groupedTogether of those, the pairs the engine groups together
 * @param differentEventPairs pairs of articles the gold puts in different events
 * @param keptApart       of those, the pairs the engine puts in different groups (or whose event it does not know)
 * @param wronglyApart    the same-event pairs the engine keeps apart, as "file a | file b"
 * @param wronglyTogether the different-event pairs the engine groups together, as "file a | file b"
 */
public record EventPairScores(int sameEventPairs, int groupedTogether, int differentEventPairs, int keptApart,
                              List<String> wronglyApart, List<String> wronglyTogether) {

    public EventPairScores {
        wronglyApart = List.copyOf(wronglyApart);
        wronglyTogether = List.copyOf(wronglyTogether);
    }

    /**
     * Counts the pairs.
     *
     * @param engine each article's event as the engine labels it (one label per group; empty: not known), by article name
     * @param gold   each article's event in the gold (its date or any key; articles without one are left out), by article name
     */
    public static EventPairScores of(Map<String, String> engine, Map<String, String> gold) {
        List<String> files = new ArrayList<>(new java.util.TreeSet<>(gold.keySet()));
        int same = 0;
        int together = 0;
        int different = 0;
        int apart = 0;
        List<String> wronglyApart = new ArrayList<>();
        List<String> wronglyTogether = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            for (int j = i + 1; j < files.size(); j++) {
                String a = files.get(i);
                String b = files.get(j);
                String ea = engine.getOrDefault(a, "");
                boolean grouped = !ea.isEmpty() && ea.equals(engine.getOrDefault(b, ""));
                if (gold.get(a).equals(gold.get(b))) {
                    same++;
                    if (grouped) {
                        together++;
                    } else {
                        wronglyApart.add(a + " | " + b);
                    }
                } else {
                    different++;
                    if (grouped) {
                        wronglyTogether.add(a + " | " + b);
                    } else {
                        apart++;
                    }
                }
            }
        }
        return new EventPairScores(same, together, different, apart, wronglyApart, wronglyTogether);
    }

    /** groupedTogether / sameEventPairs; 1 when the gold puts no two articles in one event. */
    public double recall() {
        return sameEventPairs == 0 ? 1.0 : (double) groupedTogether / sameEventPairs;
    }

    /** keptApart / differentEventPairs; 1 when the gold puts no two articles in different events. */
    public double separation() {
        return differentEventPairs == 0 ? 1.0 : (double) keptApart / differentEventPairs;
    }
}
