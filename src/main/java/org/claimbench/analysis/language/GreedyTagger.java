package org.claimbench.analysis.language;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's part-of-speech model decoded greedily: each token gets the most probable tag the model's
 * sequence validator allows, given the tags before it. This is what {@code POSTaggerME} computes with a
 * beam of 1 (its {@code BeamSearch} keeps the one best valid outcome per token), without the search's
 * bookkeeping: it copies and sorts every token's scores and builds a sequence object per step, a fifth
 * of the tagging time on news text. The model, its context generator and its validator are OpenNLP's;
 * {@code EnglishTest} checks the tags against {@code POSTaggerME}'s. Not thread-safe (one per thread).
 */
final class GreedyTagger {

    private final MaxentModel model;
    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final double[] scores;

    GreedyTagger(POSModel m, MaxentModel maxent) {
        this.model = maxent;
        this.contexts = m.getFactory().getPOSContextGenerator(0);
        this.validator = m.getFactory().getSequenceValidator();
        this.scores = new double[maxent.getNumOutcomes()];
    }

    /** The tags of a sentence's tokens, in order. */
    String[] tag(String[] tokens) {
        String[] tags = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            // The context generator reads the tags before token i from the array: the ones after it are still null.
            String[] before = java.util.Arrays.copyOf(tags, i);
            double[] p = model.eval(contexts.getContext(i, tokens, before, null), scores);
            int best = -1;
            for (int o = 0; o < p.length; o++) {
                if ((best < 0 || p[o] > p[best]) && validator.validSequence(i, tokens, before, model.getOutcome(o))) {
                    best = o;
                }
            }
            tags[i] = model.getOutcome(best < 0 ? argmax(p) : best);
        }
        return tags;
    }

    private static int argmax(double[] p) {
        int best = 0;
        for (int o = 1; o < p.length; o++) {
            if (p[o] > p[best]) {
                best = o;
            }
        }
        return best;
    }
}
