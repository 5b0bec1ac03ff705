package org.claimbench.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.claimbench.analysis.contradiction.PairFeatures;
import org.claimbench.analysis.contradiction.ranking.PairRanker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code claimbench train ranker}: a logistic regression over scored pairs' features, trained on a development
 * corpus's gold, measured leave-one-event-out there and on a held-out corpus it never trains on, each against the
 * engine's hand-set ranking.
 */
@Command(name = "ranker", description = "Train a pair ranker on a development corpus (--gold, --articles), measure it leave-one-event-out "
        + "and on a held-out corpus (--held-out-gold, --held-out-articles), against the hand-set ranking; --out writes it.")
final class TrainRankerCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The development corpus's gold annotation (JSON).")
    Path gold;

    @Option(names = "--articles", required = true, paramLabel = "DIR", description = "The folder of its texts.")
    Path articles;

    @Option(names = "--held-out-gold", paramLabel = "FILE", description = "A gold annotation only measured on, never trained on.")
    Path heldOutGold;

    @Option(names = "--held-out-articles", paramLabel = "DIR", description = "The folder of the held-out texts.")
    Path heldOutArticles;

    @Option(names = "--l2", defaultValue = "0.01", description = "L2 penalty on the weights (default ${DEFAULT-VALUE}).")
    double l2;

    @Option(names = "--iterations", defaultValue = "3000", description = "Gradient descent steps (default ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--drop", paramLabel = "FEATURE", description = "Leave a feature out (its value read as 0), by its name in the weights; repeatable. For ablations.")
    List<String> drop = new ArrayList<>();

    @Option(names = "--pairwise", description = "Learn to order conflicts over non-conflicts (RankNet's pairwise loss) instead of predicting each pair.")
    boolean pairwise;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the ranker trained on the whole development corpus here.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if ((heldOutGold == null) != (heldOutArticles == null)) {
            throw new IllegalArgumentException("Give both --held-out-gold and --held-out-articles, or neither.");
        }
        for (String d : drop) {
            if (!PairFeatures.NAMES.contains(d)) {
                throw new IllegalArgumentException("--drop '" + d + "' is not a feature; use one of " + PairFeatures.NAMES + ".");
            }
        }
        PrintWriter o = spec.commandLine().getOut();
        RankerCorpus dev = RankerCorpus.load(gold, articles);
        int positives = 0;
        for (boolean c : dev.conflict) {
            positives += c ? 1 : 0;
        }
        o.printf(Locale.ROOT, "development corpus: %d scored pairs, %d of them gold conflicts; %d events%n", dev.pairs.size(), positives,
                dev.events().size());
        double[] outOfFold = leaveOneEventOut(dev);
        print(o, "dev, hand-set", dev.figures(dev.handScores()));
        print(o, "dev, learned (each event scored by a ranker trained without it)", dev.figures(outOfFold));
        PairRanker ranker = train(dev, i -> true);
        print(o, "dev, learned on all of it (in-sample)", dev.figures(scores(ranker, dev)));
        if (heldOutGold != null) {
            RankerCorpus held = RankerCorpus.load(heldOutGold, heldOutArticles);
            print(o, "held out, hand-set", held.figures(held.handScores()));
            print(o, "held out, learned", held.figures(scores(ranker, held)));
        }
        o.println("weights (trained on the whole development corpus):");
        o.print(ranker.write().replaceAll("(?m)^", "  "));
        if (out != null) {
            Files.writeString(out, ranker.write(), StandardCharsets.UTF_8);
            o.println("wrote " + out);
        }
        o.flush();
        return 0;
    }

    /** Each pair's score by a ranker trained on the pairs that touch no claim of its fold's event. */
    private double[] leaveOneEventOut(RankerCorpus dev) {
        double[] s = new double[dev.pairs.size()];
        for (String event : dev.events()) {
            PairRanker r = train(dev, i -> !dev.touches(i, event));
            for (int i = 0; i < s.length; i++) {
                if (dev.foldOf(i).equals(event)) {
                    s[i] = r.score(features(dev, i));
                }
            }
        }
        return s;
    }

    private PairRanker train(RankerCorpus c, java.util.function.IntPredicate use) {
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (int i = 0; i < c.pairs.size(); i++) {
            if (use.test(i)) {
                x.add(features(c, i));
                y.add(c.conflict[i]);
            }
        }
        boolean[] labels = new boolean[y.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = y.get(i);
        }
        double[][] xs = x.toArray(double[][]::new);
        return pairwise ? PairRanker.trainPairwise(PairFeatures.NAMES, xs, labels, l2, iterations)
                : PairRanker.train(PairFeatures.NAMES, xs, labels, l2, iterations);
    }

    private double[] scores(PairRanker r, RankerCorpus c) {
        double[] s = new double[c.pairs.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = r.score(features(c, i));
        }
        return s;
    }

    /** Pair i's features, those dropped read as 0. */
    private double[] features(RankerCorpus c, int i) {
        double[] x = c.pairs.get(i).features();
        if (drop.isEmpty()) {
            return x;
        }
        x = x.clone();
        for (String d : drop) {
            x[PairFeatures.NAMES.indexOf(d)] = 0;
        }
        return x;
    }

    private static void print(PrintWriter o, String what, Map<String, Double> f) {
        o.printf(Locale.ROOT, "%-66s same-event recall@10 %.2f @25 %.2f @50 %.2f  precision@10 %.2f  non-contradictions in the top 10: %.0f%n",
                what + ":", f.get("recall@10"), f.get("recall@25"), f.get("recall@50"), f.get("precision@10"), f.get("nonInTop10"));
    }
}
