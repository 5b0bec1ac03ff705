package org.claimbench.analysis.contradiction.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A small gradient-boosted model over a pair's features: a sum of stumps (one feature, one threshold, a value on each
 * side), fitted one at a time to the gradient of the log loss (Friedman 2001, "Greedy function approximation: a gradient
 * boosting machine", Annals of Statistics 29(5)), each step shrunk. Thresholds are the midpoints between a feature's
 * distinct values at its deciles in training; ties are broken by the first feature and threshold: deterministic, no
 * random seed. Scores are probabilities, 1 / (1 + e^-F(x)).
 */
public final class BoostedStumps implements PairScorer {

    private record Stump(int feature, double threshold, double below, double above) {
    }

    private final List<String> names;
    private final double base;
    private final List<Stump> stumps;

    private BoostedStumps(List<String> names, double base, List<Stump> stumps) {
        this.names = List.copyOf(names);
        this.base = base;
        this.stumps = List.copyOf(stumps);
    }

    /**
     * Fits {@code rounds} stumps with shrinkage {@code step} (0 to 1); each side's value is a Newton step on its pairs,
     * with {@code l2} added to the denominator (how strongly a value is pulled to 0).
     *
     * @throws IllegalArgumentException when x and y differ in length or a row has not names.size() values
     */
    public static BoostedStumps train(List<String> names, double[][] x, boolean[] y, int rounds, double step, double l2) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " rows of features for " + y.length + " labels");
        }
        int n = x.length;
        int d = names.size();
        for (double[] row : x) {
            if (row.length != d) {
                throw new IllegalArgumentException(row.length + " features for " + d + " names");
            }
        }
        int positives = 0;
        for (boolean b : y) {
            positives += b ? 1 : 0;
        }
        double base = n == 0 || positives == 0 || positives == n ? 0 : Math.log((double) positives / (n - positives));
        double[][] thresholds = new double[d][];
        for (int j = 0; j < d; j++) {
            thresholds[j] = thresholds(x, j);
        }
        double[] f = new double[n];
        Arrays.fill(f, base);
        List<Stump> stumps = new ArrayList<>();
        for (int r = 0; r < rounds && n > 0; r++) {
            double[] g = new double[n];
            double[] h = new double[n];
            for (int i = 0; i < n; i++) {
                double p = 1 / (1 + Math.exp(-f[i]));
                g[i] = (y[i] ? 1 : 0) - p;
                h[i] = p * (1 - p);
            }
            Stump best = null;
            double bestGain = 1e-12;
            for (int j = 0; j < d; j++) {
                for (double t : thresholds[j]) {
                    double gl = 0;
                    double hl = 0;
                    double gr = 0;
                    double hr = 0;
                    for (int i = 0; i < n; i++) {
                        if (x[i][j] <= t) {
                            gl += g[i];
                            hl += h[i];
                        } else {
                            gr += g[i];
                            hr += h[i];
                        }
                    }
                    double gain = gl * gl / (hl + l2) + gr * gr / (hr + l2);
                    if (gain > bestGain) {
                        bestGain = gain;
                        best = new Stump(j, t, step * gl / (hl + l2), step * gr / (hr + l2));
                    }
                }
            }
            if (best == null) {
                break;
            }
            stumps.add(best);
            for (int i = 0; i < n; i++) {
                f[i] += x[i][best.feature()] <= best.threshold() ? best.below() : best.above();
            }
        }
        return new BoostedStumps(names, base, stumps);
    }

    /** Midpoints between consecutive distinct values at a feature's deciles (at most nine). */
    private static double[] thresholds(double[][] x, int j) {
        double[] v = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            v[i] = x[i][j];
        }
        Arrays.sort(v);
        List<Double> out = new ArrayList<>();
        for (int q = 1; q < 10 && v.length > 1; q++) {
            int at = (int) ((long) q * (v.length - 1) / 10);
            int next = at + 1;
            while (next < v.length && v[next] == v[at]) {
                next++;
            }
            if (next < v.length) {
                double t = (v[at] + v[next]) / 2;
                if (out.isEmpty() || out.get(out.size() - 1) != t) {
                    out.add(t);
                }
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Override
    public double score(double[] x) {
        if (x.length != names.size()) {
            throw new IllegalArgumentException(x.length + " features for a model of " + names.size());
        }
        double f = base;
        for (Stump s : stumps) {
            f += x[s.feature()] <= s.threshold() ? s.below() : s.above();
        }
        return 1 / (1 + Math.exp(-f));
    }

    /** "base TAB value", then a line "feature TAB threshold TAB below TAB above" per stump, in the order fitted. */
    @Override
    public String write() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "base\t%.6f%n", base));
        for (Stump s : stumps) {
            sb.append(String.format(Locale.ROOT, "%s\t%.6f\t%.6f\t%.6f%n", names.get(s.feature()), s.threshold(), s.below(), s.above()));
        }
        return sb.toString();
    }
}
