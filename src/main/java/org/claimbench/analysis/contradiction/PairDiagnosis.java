package org.claimbench.analysis.contradiction;

import java.util.List;

/**
 * Why one pair of claims is or is not suggested (see {@link ContradictionSuggester#diagnose}).
 *
 * @param claimA  one claim's id
 * @param claimB  the other's
 * @param reached whether candidate generation brings the two together (else they are never scored)
 * @param routes  what brings them together, a phrase each; what falls short ("shared word: x (alone)") too
 * @param barred  "" when their events let them be compared, else why not
 * @param signals the signals between them when they may be compared (empty: scored, no signal)
 * @param cosine  the cosine of their meaning vectors (NaN without vectors)
 */
public record PairDiagnosis(long claimA, long claimB, boolean reached, List<String> routes, String barred, List<Signal> signals,
                            double cosine) {

    public PairDiagnosis {
        routes = List.copyOf(routes);
        signals = List.copyOf(signals);
    }

    /** The stage at which the pair stops: "not generated", "barred by events", "scored, no signal", or "signal". */
    public String stage() {
        if (!reached) {
            return "not generated";
        }
        if (!barred.isEmpty()) {
            return "barred by events";
        }
        return signals.isEmpty() ? "scored, no signal" : "signal";
    }
}
