package org.claimbench.cli;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.analysis.contradiction.PairFeatures;
import org.claimbench.analysis.contradiction.PairLanguage;
import org.claimbench.analysis.contradiction.ranking.MeaningFeatures;

/**
 * Groups of pair features a learned ranking may read, named on the command line and joined with "+"
 * ("signals+hand+vectors"): "signals" ({@link PairFeatures} but the hand-set score), "hand" (the hand-set score
 * alone), "vectors" ({@link MeaningFeatures} but the leads'), "leads" (its cosines to the other article's lead), "language"
 * ({@link PairLanguage}).
 */
record FeatureGroups(String spec, List<String> groups) {

    static final List<String> KNOWN = List.of("signals", "hand", "vectors", "leads", "language");
    private static final String HAND = "hand-set score";

    /** Reads "a+b+…"; throws IllegalArgumentException naming the groups there are for an unknown one. */
    static FeatureGroups parse(String spec) {
        List<String> g = List.of(spec.split("\\+"));
        for (String x : g) {
            if (!KNOWN.contains(x)) {
                throw new IllegalArgumentException("'" + x + "' is not a group of features; use " + String.join(", ", KNOWN) + ", joined with '+'.");
            }
        }
        return new FeatureGroups(spec, g);
    }

    /** The names of the features, in the order of {@link #of}. */
    List<String> names() {
        List<String> n = new ArrayList<>();
        for (String g : groups) {
            switch (g) {
                case "signals" -> PairFeatures.NAMES.stream().filter(x -> !x.equals(HAND)).forEach(n::add);
                case "hand" -> n.add(HAND);
                case "vectors" -> MeaningFeatures.NAMES.stream().filter(x -> !lead(x)).forEach(n::add);
                case "leads" -> MeaningFeatures.NAMES.stream().filter(FeatureGroups::lead).forEach(n::add);
                default -> n.addAll(PairLanguage.NAMES);
            }
        }
        return n;
    }

    /** Pair i of a corpus as these groups' features. */
    double[] of(RankerCorpus c, int i) {
        double[] pf = c.pairs.get(i).features();
        List<Double> v = new ArrayList<>();
        for (String g : groups) {
            switch (g) {
                case "signals" -> {
                    for (int j = 0; j < pf.length; j++) {
                        if (!PairFeatures.NAMES.get(j).equals(HAND)) {
                            v.add(pf[j]);
                        }
                    }
                }
                case "hand" -> v.add(pf[PairFeatures.NAMES.indexOf(HAND)]);
                case "vectors", "leads" -> {
                    double[] m = c.meaning.get(i);
                    for (int j = 0; j < m.length; j++) {
                        if (lead(MeaningFeatures.NAMES.get(j)) == g.equals("leads")) {
                            v.add(m[j]);
                        }
                    }
                }
                default -> add(v, c.pairs.get(i).language());
            }
        }
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static boolean lead(String meaningFeature) {
        return meaningFeature.contains("lead");
    }

    private static void add(List<Double> v, double[] x) {
        for (double d : x) {
            v.add(d);
        }
    }
}
