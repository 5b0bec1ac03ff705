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
 */
final class GreedyLemmatizer {

    private final MaxentModel model;
    private final LemmatizerContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final double[] scores;

    GreedyLemmatizer(LemmatizerModel m) {
        this.model = (MaxentModel) m.getArtifact("lemmatizer.model");
        this.contexts = m.getFactory().getContextGenerator();
        this.validator = m.getFactory().getSequenceValidator();
        this.scores = new double[model.getNumOutcomes()];
    }

    /** The lemma of {@code tokens[at]} read in its sentence with its tags, lower case; "_" when no edit script applies. */
    String lemma(String[] tokens, String[] tags, int at) {
        String[] scripts = new String[at + 1];
        for (int i = 0; i <= at; i++) {
            String[] before = Arrays.copyOf(scripts, i);
            double[] p = model.eval(contexts.getContext(i, tokens, tags, before), scores);
            int best = -1;
            for (int o = 0; o < p.length; o++) {
                if ((best < 0 || p[o] > p[best]) && validator.validSequence(i, tokens, before, model.getOutcome(o))) {
                    best = o;
                }
            }
            scripts[i] = model.getOutcome(Math.max(best, 0));
        }
        String lemma = StringUtil.decodeShortestEditScript(StringUtil.toLowerCase(tokens[at]), scripts[at]);
        return lemma.isEmpty() ? "_" : lemma;
    }
}
