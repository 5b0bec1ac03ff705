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
 *
 * <p>The model's scores come from {@link GisScores} (the same sums, looked up faster), and the best tag is
 * chosen on the sums before OpenNLP's exp and normalisation, which keep their order: the probabilities are
 * computed, as OpenNLP computes them, only for a token whose best allowed tag is within {@link #NEAR_TIE}
 * of another tag's sum (where rounding in exp or the division could make two probabilities equal and the
 * first of them win), or when no tag is allowed. The tags are the same; the exps were a fifth of the tagging.
 *
 * <p>The sums are added from {@link TaggerContexts}, which looks a word form's features up once, not once per token,
 * and builds no feature string: the same sums, bit for bit, where the feature strings and their lookups were half of
 * the tagging (a sampling profile of claim suggestions on generated articles).
 */
final class GreedyTagger {

    /** A gap in log score far above exp's and the division's rounding (a few parts in 10^16 of the probability). */
    static final double NEAR_TIE = 1e-9;

    private final MaxentModel model;
    private final GisScores gis;
    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final double[] scores;
    private final TaggerContexts forms;

    GreedyTagger(POSModel m, MaxentModel maxent, GisScores gis) {
        this.model = maxent;
        this.gis = gis;
        this.contexts = m.getFactory().getPOSContextGenerator(0);
        this.validator = m.getFactory().getSequenceValidator();
        this.scores = new double[maxent.getNumOutcomes()];
        String[] outcomes = new String[maxent.getNumOutcomes()];
        for (int o = 0; o < outcomes.length; o++) {
            outcomes[o] = maxent.getOutcome(o);
        }
        this.forms = new TaggerContexts(gis, m.getFactory().getPOSContextGenerator(0), outcomes);
    }

    /** The tags of a sentence's tokens, in order. */
    String[] tag(String[] tokens) {
        String[] tags = new String[tokens.length];
        int[] chosen = new int[tokens.length];
        TaggerContexts.Form[] read = forms.fits() ? forms.forms(tokens) : null;
        for (int i = 0; i < tokens.length; i++) {
            // The context generator reads the tags before token i from the array: the ones after it are still null.
            String[] before = java.util.Arrays.copyOf(tags, i);
            double[] s = read != null ? forms.sums(read, i, chosen, scores) : gis.sums(contexts.getContext(i, tokens, before, null), scores);
            int best = bestAllowed(s, i, tokens, before);
            if (best < 0 || nearTie(s, best, gis.outcomes())) {
                double[] p = gis.probabilities(s);
                best = bestAllowed(p, i, tokens, before);
                best = best < 0 ? argmax(p) : best;
            }
            chosen[i] = best;
            tags[i] = model.getOutcome(best);
        }
        return tags;
    }

    /** The first outcome with the highest score the validator allows (POSTaggerME's choice with a beam of 1), or -1. */
    private int bestAllowed(double[] score, int i, String[] tokens, String[] before) {
        int best = -1;
        for (int o = 0; o < gis.outcomes(); o++) {
            if ((best < 0 || score[o] > score[best]) && validator.validSequence(i, tokens, before, model.getOutcome(o))) {
                best = o;
            }
        }
        return best;
    }

    /**
     * Whether another outcome's sum is within {@link #NEAR_TIE} of the best's. Any outcome above that is not
     * allowed (the choice asked the validator about it), any below it has a lower probability too.
     */
    static boolean nearTie(double[] s, int best, int outcomes) {
        for (int o = 0; o < outcomes; o++) {
            if (o != best && Math.abs(s[o] - s[best]) <= NEAR_TIE) {
                return true;
            }
        }
        return false;
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
