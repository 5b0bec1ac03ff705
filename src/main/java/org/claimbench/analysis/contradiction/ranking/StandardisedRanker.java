package org.claimbench.analysis.contradiction.ranking;

import java.util.List;
import java.util.Locale;

/**
 * A {@link PairRanker} over standardised features: each feature is centred on its training mean and divided by its
 * training standard deviation (a feature constant in training is read as 0), so one L2 penalty weighs features of any
 * range alike. Training is deterministic (full-batch gradient descent from zero weights, no random seed): the same
 * pairs give the same weights, to the last bit.
 */
public final class StandardisedRanker implements PairScorer {

    /** A variance below this is a constant feature's rounding error. */
    private static final double CONSTANT = 1e-18;

    private final double[] means;
    private final double[] deviations;
    private final PairRanker ranker;

    private StandardisedRanker(double[] means, double[] deviations, PairRanker ranker) {
        this.means = means;
        this.deviations = deviations;
        this.ranker = ranker;
    }

    /**
     * Fits a ranker: x[i] the features of pair i (names.size() values each), y[i] whether it is a conflict.
     *
     * @param l2         the penalty on the squared weights of the standardised features
     * @param iterations gradient descent steps (step size 1)
     * @param pairwise   whether to fit the order of conflicts over non-conflicts (RankNet's loss) rather than each pair
     * @throws IllegalArgumentException when a row has not names.size() values, or x and y differ in length
     */
    public static StandardisedRanker train(List<String> names, double[][] x, boolean[] y, double l2, int iterations, boolean pairwise) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " rows of features for " + y.length + " labels");
        }
        int d = names.size();
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (double[] row : x) {
            if (row.length != d) {
                throw new IllegalArgumentException(row.length + " features for " + d + " names");
            }
            for (int j = 0; j < d; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= Math.max(1, x.length);
        }
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / x.length;
            }
        }
        for (int j = 0; j < d; j++) {
            // A feature constant in training differs from its mean by rounding only: read it as constant.
            sd[j] = sd[j] < CONSTANT ? 0 : Math.sqrt(sd[j]);
        }
        double[][] z = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            z[i] = standardise(x[i], mean, sd);
        }
        PairRanker r = pairwise ? PairRanker.trainPairwise(names, z, y, l2, iterations) : PairRanker.train(names, z, y, l2, iterations);
        return new StandardisedRanker(mean, sd, r);
    }

    /** The learned score of a pair's raw features (higher ranks first; a probability unless trained pairwise). */
    @Override
    public double score(double[] x) {
        return ranker.score(standardise(x, means, deviations));
    }

    /** The weight of a standardised feature by its name (NaN when there is none). */
    public double weight(String name) {
        return ranker.weight(name);
    }

    /** "name TAB weight TAB mean TAB deviation" per feature, then the bias line. */
    @Override
    public String write() {
        StringBuilder sb = new StringBuilder();
        List<String> names = ranker.names();
        for (int j = 0; j < names.size(); j++) {
            sb.append(String.format(Locale.ROOT, "%s\t%.6f\t%.6f\t%.6f%n", names.get(j), ranker.weight(names.get(j)), means[j], deviations[j]));
        }
        sb.append(String.format(Locale.ROOT, "%s\t%.6f%n", PairRanker.BIAS, ranker.bias()));
        return sb.toString();
    }

    private static double[] standardise(double[] row, double[] mean, double[] sd) {
        double[] z = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            z[j] = sd[j] == 0 ? 0 : (row[j] - mean[j]) / sd[j];
        }
        return z;
    }
}
