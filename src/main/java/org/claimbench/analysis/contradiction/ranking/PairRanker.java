package org.claimbench.analysis.contradiction.ranking;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A logistic regression over a scored pair's features ({@code PairFeatures}): the probability that the pair is an
 * annotated conflict, 1 / (1 + e^-(b + w·x)). Trained by full-batch gradient descent on the mean log loss with an L2
 * penalty on the weights (not the bias), from zero weights: deterministic, no random seed needed. Saved as text, a
 * line "name&lt;TAB&gt;weight" per feature and one for the bias, so a reader sees what it learned.
 */
public final class PairRanker {

    /** The name of the bias line in a saved ranker. */
    public static final String BIAS = "bias";

    private final List<String> names;
    private final double[] weights;
    private final double bias;

    public PairRanker(List<String> names, double[] weights, double bias) {
        if (names.size() != weights.length) {
            throw new IllegalArgumentException(names.size() + " feature names for " + weights.length + " weights");
        }
        this.names = List.copyOf(names);
        this.weights = weights.clone();
        this.bias = bias;
    }

    /**
     * Fits a ranker: x[i] the features of pair i (each of names.size() values), y[i] whether it is a conflict. With no
     * pairs at all, every weight and the bias are 0 (every pair scores 0.5).
     *
     * @param l2         the penalty on the squared weights (added to the mean log loss, times 1/2)
     * @param iterations steps of gradient descent (step size 1)
     */
    public static PairRanker train(List<String> names, double[][] x, boolean[] y, double l2, int iterations) {
        int d = names.size();
        double[] w = new double[d];
        double b = 0;
        int n = x.length;
        if (n == 0) {
            return new PairRanker(names, w, b);
        }
        for (int it = 0; it < iterations; it++) {
            double[] g = new double[d];
            double gb = 0;
            for (int i = 0; i < n; i++) {
                double err = sigmoid(b + dot(w, x[i])) - (y[i] ? 1 : 0);
                for (int j = 0; j < d; j++) {
                    g[j] += err * x[i][j];
                }
                gb += err;
            }
            for (int j = 0; j < d; j++) {
                w[j] -= STEP * (g[j] / n + l2 * w[j]);
            }
            b -= STEP * gb / n;
        }
        return new PairRanker(names, w, b);
    }

    /**
     * Fits a ranker to order pairs rather than to predict them (RankNet's pairwise logistic loss, Burges et al. 2005):
     * for every conflict and every non-conflict, the mean of log(1 + e^-(w·(x_pos - x_neg))), plus the L2 penalty. The
     * bias is 0 (a ranking does not read it).
     */
    public static PairRanker trainPairwise(List<String> names, double[][] x, boolean[] y, double l2, int iterations) {
        int d = names.size();
        List<double[]> diffs = new java.util.ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (!y[i]) {
                continue;
            }
            for (int j = 0; j < x.length; j++) {
                if (!y[j]) {
                    double[] diff = new double[d];
                    for (int k = 0; k < d; k++) {
                        diff[k] = x[i][k] - x[j][k];
                    }
                    diffs.add(diff);
                }
            }
        }
        double[] w = new double[d];
        int n = diffs.size();
        for (int it = 0; it < iterations && n > 0; it++) {
            double[] g = new double[d];
            for (double[] diff : diffs) {
                double err = sigmoid(dot(w, diff)) - 1;
                for (int k = 0; k < d; k++) {
                    g[k] += err * diff[k];
                }
            }
            for (int k = 0; k < d; k++) {
                w[k] -= STEP * (g[k] / n + l2 * w[k]);
            }
        }
        return new PairRanker(names, w, 0);
    }

    private static final double STEP = 1.0;

    /** The probability that a pair with these features is a conflict. */
    public double score(double[] x) {
        if (x.length != weights.length) {
            throw new IllegalArgumentException(x.length + " features for a ranker of " + weights.length);
        }
        return sigmoid(bias + dot(weights, x));
    }

    public List<String> names() {
        return names;
    }

    /** The weight of a feature by its name (NaN when there is none of that name). */
    public double weight(String name) {
        int i = names.indexOf(name);
        return i < 0 ? Double.NaN : weights[i];
    }

    public double bias() {
        return bias;
    }

    /** The ranker as text: a line "name\tweight" per feature, then the bias. */
    public String write() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            sb.append(names.get(i)).append('\t').append(String.format(Locale.ROOT, "%.6f", weights[i])).append('\n');
        }
        sb.append(BIAS).append('\t').append(String.format(Locale.ROOT, "%.6f", bias)).append('\n');
        return sb.toString();
    }

    /**
     * Reads a ranker written by {@link #write}, whose features must be exactly {@code expected} in that order.
     *
     * @throws IOException when it cannot be read, a line is not "name TAB number", or the features differ (then the
     *                     ranker was trained for another version of the features: train it again)
     */
    public static PairRanker read(InputStream in, List<String> expected) throws IOException {
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        Double bias = null;
        int line = 0;
        for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            line++;
            if (l.isBlank()) {
                continue;
            }
            String[] parts = l.split("\t");
            double v;
            try {
                v = parts.length == 2 ? Double.parseDouble(parts[1]) : Double.NaN;
            } catch (NumberFormatException e) {
                v = Double.NaN;
            }
            if (Double.isNaN(v)) {
                throw new IOException("Line " + line + " of the pair ranker is not 'name<TAB>number': '" + l + "'.");
            }
            if (parts[0].equals(BIAS)) {
                bias = v;
            } else {
                names.add(parts[0]);
                values.add(v);
            }
        }
        if (bias == null || !names.equals(expected)) {
            throw new IOException("The pair ranker's features " + names + " are not the engine's " + expected
                    + (bias == null ? " (and it has no bias line)" : "") + ": train it again ('claimbench train ranker').");
        }
        return new PairRanker(names, values.stream().mapToDouble(Double::doubleValue).toArray(), bias);
    }

    private static double dot(double[] w, double[] x) {
        double s = 0;
        for (int j = 0; j < w.length; j++) {
            s += w[j] * x[j];
        }
        return s;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
