package org.claimbench.analysis.language;

import java.util.Arrays;

import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.StringUtil;

/**
 * OpenNLP's lemmatizer model asked for one word's best reading, as {@link LemmaCache} asks it (the word
 * between a neutral word and a full stop): the most probable edit script the model's validator allows,
 * decided left to right and only as far as the word. {@code LemmatizerME} runs a beam of 3 over all three
 * tokens and sorts the scores of all its edit scripts at each step; this costs two evaluations. The model,
 * its context generator and the edit-script decoding are OpenNLP's; {@code EnglishTest} compares the
 * readings with {@code LemmatizerME}'s. Not thread-safe (one per thread).
 *
 * <p>As {@link GreedyTagger} does, the best script is chosen on the model's sums ({@link GisScores}) before OpenNLP's exp
 * and normalisation of all 860 scripts, which keep their order; the probabilities are computed, OpenNLP's way, only where
 * another script's sum is within {@link GreedyTagger#NEAR_TIE} of the best's or no script is allowed.
 */
final class GreedyLemmatizer {

    private final MaxentModel model;
    private final GisScores gis;
    private final LemmatizerContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final double[] scores;

    GreedyLemmatizer(LemmatizerModel m, GisScores.Model model) {
        this.model = model;
        this.gis = model.scores();
        this.contexts = m.getFactory().getContextGenerator();
        this.validator = m.getFactory().getSequenceValidator();
        this.scores = new double[model.getNumOutcomes()];
    }

    /** The lemma of {@code tokens[at]} read in its sentence with its tags, lower case; "_" when no edit script applies. */
    String lemma(String[] tokens, String[] tags, int at) {
        String[] scripts = new String[at + 1];
        for (int i = 0; i <= at; i++) {
            String[] before = Arrays.copyOf(scripts, i);
            double[] s = gis.sums(contexts.getContext(i, tokens, tags, before), scores);
            int best = bestAllowed(s, i, tokens, before);
            if (best < 0 || GreedyTagger.nearTie(s, best, s.length)) {
                best = bestAllowed(gis.probabilities(s), i, tokens, before);
            }
            scripts[i] = model.getOutcome(Math.max(best, 0));
        }
        String lemma = StringUtil.decodeShortestEditScript(StringUtil.toLowerCase(tokens[at]), scripts[at]);
        return lemma.isEmpty() ? "_" : lemma;
    }

    /** The first script with the highest score the validator allows, or -1. */
    private int bestAllowed(double[] score, int i, String[] tokens, String[] before) {
        int best = -1;
        for (int o = 0; o < score.length; o++) {
            if ((best < 0 || score[o] > score[best]) && validator.validSequence(i, tokens, before, model.getOutcome(o))) {
                best = o;
            }
        }
        return best;
    }
}
