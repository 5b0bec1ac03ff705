package org.claimbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.claimbench.analysis.contradiction.ranking.BoostedStumps;
import org.claimbench.analysis.contradiction.ranking.PairScorer;
import org.claimbench.analysis.contradiction.ranking.StandardisedRanker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code claimbench train ranker-folds}: a learned ranking judged leave-one-corpus-out. For each annotated set, a
 * ranker trained on the pairs the engine generates and scores in the other sets (positives the gold conflicts,
 * negatives every other pair) ranks the held-out set's pairs; the figures (same-event recall@10/25/50, precision@10,
 * annotated non-contradictions in the top 10) are printed beside the hand-set ranking's on the same set, then the
 * keep rule of issue 11's round 51 is checked. Deterministic: no random seed.
 */
@Command(name = "ranker-folds", description = "Judge learned pair rankers leave-one-corpus-out over annotated sets (--set NAME=GOLD,DIR, "
        + "at least two), each model a group of features (--model signals+hand+vectors+language), against the hand-set ranking.")
final class RankerFoldsCommand implements Callable<Integer> {

    @Option(names = "--set", required = true, paramLabel = "NAME=GOLD,DIR", description = "An annotated set: its name, gold annotation (JSON) and texts; repeatable.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--model", paramLabel = "GROUPS", description = "Features of a model, groups joined with '+' (" + "signals, hand, vectors, leads, language); "
            + "repeatable; default: signals+hand, signals+hand+vectors, signals+hand+language, signals+hand+vectors+language, signals+vectors+language.")
    List<String> models = new ArrayList<>();

    @Option(names = "--l2", defaultValue = "0.01", description = "L2 penalty on the standardised weights (default ${DEFAULT-VALUE}).")
    double l2;

    @Option(names = "--iterations", defaultValue = "1000", description = "Gradient descent steps (default ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--pairwise", description = "Fit the order of conflicts over non-conflicts (RankNet's loss) instead of each pair.")
    boolean pairwise;

    @Option(names = "--boosted", defaultValue = "0", paramLabel = "ROUNDS", description = "Fit this many boosted stumps instead of a logistic regression "
            + "(--l2 then pulls each stump's values to 0; default ${DEFAULT-VALUE}: logistic).")
    int boosted;

    @Option(names = "--shrinkage", defaultValue = "0.1", description = "Each boosted stump's step (default ${DEFAULT-VALUE}).")
    double shrinkage;

    @Option(names = "--blend", defaultValue = "1", description = "Rank by hand-set^(1-B) × learned^B (default ${DEFAULT-VALUE}: the learned score alone; "
            + "below 1 the pairs no signal fires on stay out, as in the hand ranking).")
    double blend;

    @Option(names = "--target", defaultValue = "corpus4", description = "The set whose fold must rise for the keep rule (default ${DEFAULT-VALUE}).")
    String target;

    @Option(names = "--generated", description = "Rank every pair the engine generates and can compare, those no signal fires on too (the hand-set ranking leaves them out).")
    boolean generated;

    @Option(names = "--in-sample", description = "Also print each set ranked by the model trained on every set, itself included (how well the features fit at all).")
    boolean inSample;

    @Option(names = "--weights", description = "Also print each model's weights trained on every set.")
    boolean weights;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (sets.size() < 2) {
            throw new IllegalArgumentException("Name at least two annotated sets (--set NAME=GOLD,DIR) to leave one out.");
        }
        PrintWriter o = spec.commandLine().getOut();
        Map<String, RankerCorpus> corpora = new LinkedHashMap<>();
        for (String s : sets) {
            String[] nameRest = s.split("=", 2);
            String[] files = nameRest.length == 2 ? nameRest[1].split(",", 2) : new String[0];
            if (files.length != 2) {
                throw new IllegalArgumentException("--set '" + s + "' is not NAME=GOLD,DIR.");
            }
            RankerCorpus c = RankerCorpus.load(Path.of(files[0]), Path.of(files[1]), generated);
            corpora.put(nameRest[0], c);
            int pos = 0;
            for (boolean b : c.conflict) {
                pos += b ? 1 : 0;
            }
            o.printf(Locale.ROOT, "%s: %d pairs, %d gold conflicts among them; %d same-event gold conflicts%n", nameRest[0], c.pairs.size(), pos,
                    c.sameEventGold());
        }
        List<String> specs = models.isEmpty() ? List.of("signals+hand", "signals+hand+vectors", "signals+hand+language",
                "signals+hand+vectors+language", "signals+vectors+language") : models;
        Map<String, Map<String, Double>> hand = new LinkedHashMap<>();
        Map<String, Integer> gold = new LinkedHashMap<>();
        corpora.forEach((n, c) -> {
            hand.put(n, c.figures(c.handScores()));
            gold.put(n, c.sameEventGold());
        });
        o.println();
        for (String n : corpora.keySet()) {
            print(o, n + ", hand-set", hand.get(n));
        }
        for (String m : specs) {
            FeatureGroups g = FeatureGroups.parse(m);
            o.printf(Locale.ROOT, "%nmodel %s (%d features, L2 %s, %s%s):%n", m, g.names().size(), l2, blend < 1 ? "blended " + blend + " with the hand-set score, " : "", boosted > 0
                    ? boosted + " boosted stumps, shrinkage " + shrinkage : iterations + " steps" + (pairwise ? ", pairwise" : ""));
            Map<String, Map<String, Double>> learned = new LinkedHashMap<>();
            for (String held : corpora.keySet()) {
                PairScorer r = train(g, corpora, held);
                RankerCorpus c = corpora.get(held);
                double[] s = scores(r, g, c);
                learned.put(held, c.figures(s));
                print(o, held + ", learned without it", learned.get(held));
                if (generated) {
                    o.printf(Locale.ROOT, "    among the pairs no signal fires on: gold conflicts over others %.2f of the time (0.5: chance)%n", unsignalledAuc(c, s));
                }
            }
            o.println("  " + KeepRule.verdict(hand, learned, gold, target));
            PairScorer all = inSample || weights ? train(g, corpora, null) : null;
            if (inSample) {
                for (Map.Entry<String, RankerCorpus> e : corpora.entrySet()) {
                    print(o, e.getKey() + ", in-sample", e.getValue().figures(scores(all, g, e.getValue())));
                }
            }
            if (weights) {
                o.print(all.write().replaceAll("(?m)^", "    "));
            }
        }
        o.flush();
        return 0;
    }

    /**
     * Among the pairs no signal fires on (hand-set score 0), the share of (gold conflict, other pair) couples the scores
     * order rightly, ties counting half: the area under the ROC curve there (NaN without a gold conflict or another pair).
     */
    private static double unsignalledAuc(RankerCorpus c, double[] s) {
        List<Double> gold = new ArrayList<>();
        List<Double> other = new ArrayList<>();
        for (int i = 0; i < s.length; i++) {
            if (c.pairs.get(i).suggestion().score() <= 0) {
                (c.conflict[i] ? gold : other).add(s[i]);
            }
        }
        double right = 0;
        for (double g : gold) {
            for (double x : other) {
                right += g > x ? 1 : g == x ? 0.5 : 0;
            }
        }
        return gold.isEmpty() || other.isEmpty() ? Double.NaN : right / gold.size() / other.size();
    }

    private double[] scores(PairScorer r, FeatureGroups g, RankerCorpus c) {
        double[] s = new double[c.pairs.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = r.score(g.of(c, i));
            if (blend < 1) {
                s[i] = Math.pow(c.pairs.get(i).suggestion().score(), 1 - blend) * Math.pow(s[i], blend);
            }
        }
        return s;
    }

    /** A ranker of these groups trained on every set but {@code held} (null: on all of them). */
    private PairScorer train(FeatureGroups g, Map<String, RankerCorpus> corpora, String held) {
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        corpora.forEach((n, c) -> {
            if (!n.equals(held)) {
                for (int i = 0; i < c.pairs.size(); i++) {
                    x.add(g.of(c, i));
                    y.add(c.conflict[i]);
                }
            }
        });
        boolean[] labels = new boolean[y.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = y.get(i);
        }
        double[][] xs = x.toArray(double[][]::new);
        return boosted > 0 ? BoostedStumps.train(g.names(), xs, labels, boosted, shrinkage, l2)
                : StandardisedRanker.train(g.names(), xs, labels, l2, iterations, pairwise);
    }

    private static void print(PrintWriter o, String what, Map<String, Double> f) {
        o.printf(Locale.ROOT, "  %-32s recall@10 %.2f @25 %.2f @50 %.2f  P@10 %.2f  non-contradictions in the top 10: %.0f%n", what + ":",
                f.get("recall@10"), f.get("recall@25"), f.get("recall@50"), f.get("precision@10"), f.get("nonInTop10"));
    }
}
