package org.claimbench.analysis.language;

import java.util.List;
import java.util.PriorityQueue;
import java.util.Queue;

import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.BeamSearchContextGenerator;
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
final class LemmaBeam implements SequenceClassificationModel {

    private static final Object[] NO_CONTEXT = new Object[0];
    /** {@code BeamSearch}'s minimum sequence score when none is given. */
    private static final double LOWEST = -100000;

    private final int size;
    private final MaxentModel model;
    private final LemmatizerContextGenerator contexts;
    private final SequenceValidator<String> validator;

    /** The model's beam size (its manifest's), and its maximum-entropy model (the one its {@code LemmatizerME} would ask). */
    LemmaBeam(LemmatizerModel lemmatizer, int size, MaxentModel model) {
        this.size = size;
        this.model = model;
        this.contexts = lemmatizer.getFactory().getContextGenerator();
        this.validator = lemmatizer.getFactory().getSequenceValidator();
    }

    /**
     * {@code LemmatizerME.predictLemmas}: the n best sequences of lemmas of the tokens with their tags, best first, each
     * lemma lower case ("_" where no edit script applies).
     */
    String[][] predictLemmas(int n, String[] tokens, String[] tags) {
        Sequence[] best = bestSequences(n, tokens, new Object[] {tags}, contexts, validator);
        String[][] out = new String[best.length][];
        for (int k = 0; k < best.length; k++) {
            out[k] = LemmatizerME.decodeLemmas(tokens, best[k].getOutcomes().toArray(new String[0]));
        }
        return out;
    }

    @Override
    public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext, double minSequenceScore,
                                        BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
        Queue<Sequence> prev = new PriorityQueue<>(size);
        Queue<Sequence> next = new PriorityQueue<>(size);
        prev.add(new Sequence());
        Object[] context = additionalContext == null ? NO_CONTEXT : additionalContext;
        double[] probs = new double[model.getNumOutcomes()];
        double[] highest = new double[size];
        for (int i = 0; i < sequence.length; i++) {
            int sz = StrictMath.min(size, prev.size());
            for (int sc = 0; prev.size() > 0 && sc < sz; sc++) {
                Sequence top = prev.remove();
                List<String> tmpOutcomes = top.getOutcomes();
                String[] outcomes = tmpOutcomes.toArray(new String[0]);
                double[] scores = model.eval(cg.getContext(i, sequence, outcomes, context), probs);
                double min = threshold(scores, highest);
                for (int p = 0; p < scores.length; p++) {
                    if (scores[p] >= min) {
                        advance(top, p, scores, i, sequence, outcomes, minSequenceScore, validator, next);
                    }
                }
                if (next.size() == 0) {
                    for (int p = 0; p < scores.length; p++) {
                        advance(top, p, scores, i, sequence, outcomes, minSequenceScore, validator, next);
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

    private <T> void advance(Sequence top, int p, double[] scores, int i, T[] sequence, String[] outcomes, double minSequenceScore,
                             SequenceValidator<T> validator, Queue<Sequence> next) {
        String out = model.getOutcome(p);
        if (validator.validSequence(i, sequence, outcomes, out)) {
            Sequence ns = new Sequence(top, out, scores[p]);
            if (ns.getScore() > minSequenceScore) {
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

    @Override
    public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> cg,
                                        SequenceValidator<T> validator) {
        return bestSequences(numSequences, sequence, additionalContext, LOWEST, cg, validator);
    }

    @Override
    public <T> Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
        Sequence[] best = bestSequences(1, sequence, additionalContext, cg, validator);
        return best.length > 0 ? best[0] : null;
    }

    @Override
    public String[] getOutcomes() {
        String[] out = new String[model.getNumOutcomes()];
        for (int o = 0; o < out.length; o++) {
            out[o] = model.getOutcome(o);
        }
        return out;
    }
}
