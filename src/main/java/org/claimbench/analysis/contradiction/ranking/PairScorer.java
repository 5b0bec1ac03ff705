package org.claimbench.analysis.contradiction.ranking;

/** A learned scoring of a pair's features: higher ranks first. */
public interface PairScorer {

    /** The score of a pair's raw features (as many as the model was trained on). */
    double score(double[] x);

    /** The model as text, for a reader to see what it learned. */
    String write();
}
