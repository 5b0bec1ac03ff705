package org.claimbench.analysis.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.analysis.meaning.MeaningVector;

/**
 * Orders existing topics by how near in meaning their claims are to a group of claims: the average cosine over every pair
 * (a claim of the group, a claim of the topic) of the centred vectors, the average linkage that {@link MeaningGroups} groups
 * by (UPGMA, Sokal and Michener 1958). A topic with no vector known keeps its place after the ones ranked, in the order given. Absent vectors
 * are left out of the averages. Pure and thread-safe.
 */
public final class TopicsByMeaning {

    private TopicsByMeaning() {
    }

    /**
     * The topics' keys, nearest the group first; ties and topics without a vector (or a group without one) in the order of
     * {@code topics} (a {@link LinkedHashMap} keeps it). Each topic's value is the vectors of its claims (384 values each).
     * The vectors are centred first, on the mean of all of them, as {@link MeaningGroups} centres them: claims of one event
     * share a large common part, which made every topic look near every group.
     */
    public static <K> List<K> rank(List<MeaningVector> group, Map<K, List<MeaningVector>> topics) {
        List<MeaningVector> all = new ArrayList<>(group.stream().filter(MeaningVector::present).toList());
        int inGroup = all.size();
        Map<K, int[]> span = new LinkedHashMap<>();
        for (Map.Entry<K, List<MeaningVector>> t : topics.entrySet()) {
            int from = all.size();
            t.getValue().stream().filter(MeaningVector::present).forEach(all::add);
            span.put(t.getKey(), new int[] {from, all.size()});
        }
        double[][] unit = all.isEmpty() ? new double[0][] : MeaningGroups.centred(all);
        Map<K, Double> score = new LinkedHashMap<>();
        span.forEach((k, at) -> score.put(k, averageDot(unit, 0, inGroup, at[0], at[1])));
        List<K> ranked = new ArrayList<>(score.keySet());
        // A stable sort: the given order stands among equals and among the topics of no score (NaN last).
        ranked.sort(Comparator.comparingDouble((K k) -> Double.isNaN(score.get(k)) ? Double.NEGATIVE_INFINITY : score.get(k)).reversed());
        return ranked;
    }

    /** The average dot product of rows [a0, a1) with rows [b0, b1); NaN when either range is empty. */
    private static double averageDot(double[][] unit, int a0, int a1, int b0, int b1) {
        if (a1 <= a0 || b1 <= b0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = a0; i < a1; i++) {
            for (int j = b0; j < b1; j++) {
                for (int d = 0; d < unit[i].length; d++) {
                    sum += unit[i][d] * unit[j][d];
                }
            }
        }
        return sum / ((a1 - a0) * (double) (b1 - b0));
    }
}
