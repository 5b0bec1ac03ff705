package org.claimbench.analysis.topics;

import java.util.List;

import org.claimbench.analysis.meaning.MeaningVector;

/**
 * The most central of a group of claims: its medoid (Kaufman and Rousseeuw 1990, "Finding Groups in Data", ch. 2), the
 * claim whose average cosine with the group's other claims is highest, shown as the gist of a group. Pure, thread-safe.
 */
public final class Medoid {

    private Medoid() {
    }

    /** The index of the medoid among the vectors; absent vectors are never chosen; -1 if none is present. */
    public static int of(List<MeaningVector> vectors) {
        int best = -1;
        double bestSum = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < vectors.size(); i++) {
            if (!vectors.get(i).present()) {
                continue;
            }
            double sum = 0;
            for (int j = 0; j < vectors.size(); j++) {
                if (j != i && vectors.get(j).present()) {
                    sum += vectors.get(i).cosine(vectors.get(j));
                }
            }
            if (sum > bestSum) {
                bestSum = sum;
                best = i;
            }
        }
        return best;
    }
}
