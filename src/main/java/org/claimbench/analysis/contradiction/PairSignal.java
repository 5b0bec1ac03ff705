package org.claimbench.analysis.contradiction;

import java.util.Optional;

/** One kind of evidence that two claims contradict each other; each implementation explains itself in a sentence. */
interface PairSignal {

    /** The signal between claims a and b (a the one with the lower id), if there is one. */
    Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair);

    /**
     * Whether the signal can fire on the pair at all, from what each claim holds ({@link ClaimFeatures#holds}): false only when
     * {@link #between} is sure to find nothing, whatever the pair's context. A signal that does not say is asked of every pair.
     */
    default boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        return true;
    }
}
