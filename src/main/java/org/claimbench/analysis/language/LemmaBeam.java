package org.claimbench.analysis.language;

import java.util.List;
import java.util.PriorityQueue;
import java.util.Queue;

import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * The lemmatizer's best readings as {@code LemmatizerME.predictLemmas} gives them, by OpenNLP 2.5's {@code BeamSearch}, step for step,
 * with one difference: at each step {@code BeamSearch} sorts a copy of all the model's scores (860 edit scripts) to find
 * the beam's threshold, the {@code size}-th highest score; this finds the same value by keeping the {@code size} highest
 * in a small array. Everything else (the queues, the order sequences are taken and added in, the minimum score, the
 * fallback when no outcome passes) is {@code BeamSearch}'s, so the sequences are the same (checked against OpenNLP's on
 * forms by {@code EnglishTest}). One per thread, as {@code LemmatizerME}.
 */
final class LemmaBeam {

    /** {@code BeamSearch}'s minimum sequence score when none is given (as {@code LemmatizerME} asks it). */
    private static final double LOWEST = -100000;

    private final int size;
    private final MaxentModel model;
    private final LemmatizerContextGenerator contexts;
    private final SequenceValidator<String> validator;

    /** The lemmatizer's model (its beam size, from its manifest, and its factory) and the maximum-entropy model it asks. */
    LemmaBeam(LemmatizerModel lemmatizer, MaxentModel model) {
        this.size = Integer.parseInt(lemmatizer.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER));
        this.model = model;
        this.contexts = lemmatizer.getFactory().getContextGenerator();
        this.validator = lemmatizer.getFactory().getSequenceValidator();
    }

    /**
     * {@code LemmatizerME.predictLemmas}: the n best sequences of lemmas of the tokens with their tags, best first, each
     * lemma lower case ("_" where no edit script applies).
     */
    String[][] predictLemmas(int n, String[] tokens, String[] tags) {
        Sequence[] best = bestSequences(n, tokens, new Object[] {tags});
        String[][] out = new String[best.length][];
        for (int k = 0; k < best.length; k++) {
            out[k] = LemmatizerME.decodeLemmas(tokens, best[k].getOutcomes().toArray(new String[0]));
        }
        return out;
    }

    /** {@code BeamSearch.bestSequences} with {@code LemmatizerME}'s context generator, validator and minimum score. */
    private Sequence[] bestSequences(int numSequences, String[] sequence, Object[] context) {
        Queue<Sequence> prev = new PriorityQueue<>(size);
        Queue<Sequence> next = new PriorityQueue<>(size);
        prev.add(new Sequence());
        double[] probs = new double[model.getNumOutcomes()];
        double[] highest = new double[size];
        for (int i = 0; i < sequence.length; i++) {
            int sz = StrictMath.min(size, prev.size());
            for (int sc = 0; prev.size() > 0 && sc < sz; sc++) {
                Sequence top = prev.remove();
                List<String> tmpOutcomes = top.getOutcomes();
                String[] outcomes = tmpOutcomes.toArray(new String[0]);
                double[] scores = model.eval(contexts.getContext(i, sequence, outcomes, context), probs);
                double min = threshold(scores, highest);
                for (int p = 0; p < scores.length; p++) {
                    if (scores[p] >= min) {
                        advance(top, p, scores, i, sequence, outcomes, next);
                    }
                }
                if (next.size() == 0) {
                    for (int p = 0; p < scores.length; p++) {
                        advance(top, p, scores, i, sequence, outcomes, next);
                    }
                }
            }
            prev.clear();
            Queue<Sequence> tmp = prev;
            prev = next;
            next = tmp;
        }
        int numSeq = StrictMath.min(numSequences, prev.size());
        Sequence[] top = new Sequence[numSeq];
        for (int k = 0; k < numSeq; k++) {
            top[k] = prev.remove();
        }
        return top;
    }

    private void advance(Sequence top, int p, double[] scores, int i, String[] sequence, String[] outcomes, Queue<Sequence> next) {
        String out = model.getOutcome(p);
        if (validator.validSequence(i, sequence, outcomes, out)) {
            Sequence ns = new Sequence(top, out, scores[p]);
            if (ns.getScore() > LOWEST) {
                next.add(ns);
            }
        }
    }

    /**
     * What {@code BeamSearch} reads from its sorted copy, {@code sorted[max(0, n - size)]}: the size-th highest score,
     * counting equal scores apart, or the lowest when there are fewer scores than that.
     */
    static double threshold(double[] scores, double[] highest) {
        int k = Math.min(highest.length, scores.length);
        int kept = 0;
        for (double s : scores) {
            if (kept < k) {
                int at = kept++;
                while (at > 0 && highest[at - 1] < s) {
                    highest[at] = highest[at - 1];
                    at--;
                }
                highest[at] = s;
            } else if (s > highest[k - 1]) {
                int at = k - 1;
                while (at > 0 && highest[at - 1] < s) {
                    highest[at] = highest[at - 1];
                    at--;
                }
                highest[at] = s;
            }
        }
        return highest[k - 1];
    }
}
