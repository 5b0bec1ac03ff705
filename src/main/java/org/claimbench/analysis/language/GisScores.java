package org.claimbench.analysis.language;

import java.util.Map;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * An OpenNLP maximum-entropy (GIS) model's scores, computed as {@code GISModel.eval} computes them but
 * looked up faster: the model's predicates (feature strings, about a hundred thousand for the tagger)
 * in one open-addressed table of ints, their characters in one array and their outcomes and weights in
 * two more, so a feature costs two or three memory reads where OpenNLP's {@code LinkedHashMap} of
 * {@code Context} objects costs six or seven (its lookups were a quarter of the claim suggestions' time).
 *
 * <p>{@link #sums} gives each outcome's log score before normalising: the uniform prior, log(1 / outcomes),
 * plus the weights of the context's features, added in the order {@code GISModel} adds them, so the values
 * are bit for bit {@code GISModel}'s before its {@code exp}; {@link #probabilities} then does what
 * {@code GISModel} does with them (the same {@code StrictMath.exp}, the same sum, the same division), so
 * its probabilities are OpenNLP's own, bit for bit. Immutable and thread-safe: one per model, shared.
 * Throws IllegalArgumentException for a model that is not an {@code AbstractModel} with a uniform prior
 * (OpenNLP's GIS models as read from a file).
 */
final class GisScores {

    private final int outcomes;
    private final double prior;
    /** Two ints a slot: a predicate's hash and its number plus one (0: empty); the length a power of two, at most half full. */
    private final int[] table;
    private final int mask;
    /** 32 minus the log2 of the table's slots: a slot is the top bits of the spread hash. */
    private final int shift;
    /** Predicate i's characters are keys[keyStart[i] .. keyStart[i + 1]). */
    private final char[] keys;
    private final int[] keyStart;
    /** Predicate i's outcomes and weights are at [paramStart[i] .. paramStart[i + 1]) of these two. */
    private final int[] outcomeOf;
    private final double[] weight;
    private final int[] paramStart;

    GisScores(opennlp.tools.ml.model.MaxentModel model) {
        if (!(model instanceof opennlp.tools.ml.maxent.GISModel gis)) {
            throw new IllegalArgumentException("not an OpenNLP GIS model: " + model.getClass().getName());
        }
        Object[] parts = ((AbstractModel) gis).getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) parts[1];
        outcomes = gis.getNumOutcomes();
        // UniformPrior.setLabels: log(1 / outcomes), added to every outcome before the features.
        prior = StrictMath.log(1.0 / outcomes);
        int n = pmap.size();
        int capacity = Integer.highestOneBit(Math.max(2, n * 2 - 1)) << 1;
        table = new int[capacity * 2];
        mask = capacity - 1;
        shift = 32 - Integer.numberOfTrailingZeros(capacity);
        keyStart = new int[n + 1];
        paramStart = new int[n + 1];
        int chars = 0;
        int params = 0;
        for (Map.Entry<String, Context> e : pmap.entrySet()) {
            chars += e.getKey().length();
            params += e.getValue().getOutcomes().length;
        }
        keys = new char[chars];
        outcomeOf = new int[params];
        weight = new double[params];
        int i = 0;
        for (Map.Entry<String, Context> e : pmap.entrySet()) {
            String key = e.getKey();
            key.getChars(0, key.length(), keys, keyStart[i]);
            keyStart[i + 1] = keyStart[i] + key.length();
            int[] o = e.getValue().getOutcomes();
            double[] w = e.getValue().getParameters();
            System.arraycopy(o, 0, outcomeOf, paramStart[i], o.length);
            System.arraycopy(w, 0, weight, paramStart[i], o.length);
            paramStart[i + 1] = paramStart[i] + o.length;
            int h = key.hashCode();
            int slot = spread(h) >>> shift;
            while (table[slot * 2 + 1] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot * 2] = h;
            table[slot * 2 + 1] = i + 1;
            i++;
        }
    }

    /** How many outcomes the model has (the length {@link #sums} fills). */
    int outcomes() {
        return outcomes;
    }

    /**
     * Each outcome's log score for a context (its feature strings; unknown ones count for nothing),
     * written into out (length at least {@link #outcomes()}) and returned: GISModel's sums before its exp.
     */
    double[] sums(String[] context, double[] out) {
        prior(out);
        for (String feature : context) {
            add(find(feature), out);
        }
        return out;
    }

    /** Turns {@link #sums} into GISModel's probabilities in place (its exp and normalisation, bit for bit) and returns them. */
    double[] probabilities(double[] sums) {
        double normal = 0;
        for (int o = 0; o < outcomes; o++) {
            sums[o] = StrictMath.exp(sums[o]);
            normal += sums[o];
        }
        for (int o = 0; o < outcomes; o++) {
            sums[o] /= normal;
        }
        return sums;
    }

    /** Starts a sum: every outcome's score set to the uniform prior, as {@link #sums} starts; returns out. */
    double[] prior(double[] out) {
        for (int o = 0; o < outcomes; o++) {
            out[o] = prior;
        }
        return out;
    }

    /** Adds predicate p's weights to out, as {@link #sums} adds a known feature's (p from {@link #find}; -1 adds nothing). */
    void add(int p, double[] out) {
        if (p >= 0) {
            for (int j = paramStart[p]; j < paramStart[p + 1]; j++) {
                out[outcomeOf[j]] += weight[j];
            }
        }
    }

    /** The predicate's number, or -1 when the model does not know it. */
    int find(String feature) {
        int h = feature.hashCode();
        int slot = spread(h) >>> shift;
        while (true) {
            int p = table[slot * 2 + 1] - 1;
            if (p < 0) {
                return -1;
            }
            if (table[slot * 2] == h && same(feature, p)) {
                return p;
            }
            slot = (slot + 1) & mask;
        }
    }

    private boolean same(String feature, int p) {
        int from = keyStart[p];
        int length = keyStart[p + 1] - from;
        if (length != feature.length()) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (keys[from + k] != feature.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Fibonacci hashing: the hash times 2^32 / golden ratio, whose top bits are the slot (strings alike in their end still part). */
    private static int spread(int h) {
        return h * 0x9E3779B9;
    }

    /**
     * A GIS model that answers {@code eval} with {@link GisScores}: the same probabilities, bit for bit, for
     * OpenNLP's own classes that take a model (the tokenizer). Immutable and thread-safe. Throws
     * IllegalArgumentException for a model that is not OpenNLP's GIS model.
     */
    static final class Model extends AbstractModel {

        private final opennlp.tools.ml.model.MaxentModel original;
        private final GisScores scores;

        Model(opennlp.tools.ml.model.MaxentModel original) {
            this(original, new GisScores(original));
        }

        private Model(opennlp.tools.ml.model.MaxentModel original, GisScores scores) {
            super((Context[]) ((AbstractModel) original).getDataStructures()[0], null, pmap(original),
                    (String[]) ((AbstractModel) original).getDataStructures()[2]);
            this.original = original;
            this.scores = scores;
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Context> pmap(opennlp.tools.ml.model.MaxentModel original) {
            return (Map<String, Context>) ((AbstractModel) original).getDataStructures()[1];
        }

        /** The table this model answers from. */
        GisScores scores() {
            return scores;
        }

        @Override
        public double[] eval(String[] context) {
            return eval(context, new double[scores.outcomes()]);
        }

        @Override
        public double[] eval(String[] context, double[] probabilities) {
            return scores.probabilities(scores.sums(context, probabilities));
        }

        /** Weighted features: OpenNLP's own model answers (no component of ours asks this). */
        @Override
        public double[] eval(String[] context, float[] values) {
            return original.eval(context, values);
        }
    }
}
