package org.claimbench.analysis.contradiction;

import java.util.Optional;

/** One kind of evidence that two claims contradict each other; each implementation explains itself in a sentence. */
interface PairSignal {

    /** The signal between claims a and b (a the one with the lower id), if there is one. */
    Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair);
}
