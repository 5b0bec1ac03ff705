package org.claimbench.analysis.contradiction;

import java.util.Locale;
import java.util.Optional;

import org.claimbench.domain.ContradictionKind;

/**
 * The article itself opposes two claims: the second follows the first directly and opens with (or
 * comes right after) a contrast connective: "although", "however", "despite", "but" (PDTB 2.0's
 * Comparison connectives).
 */
final class ContrastSignal implements PairSignal {

    /** The signal's name. */
    static final String NAME = "set against each other";

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        ClaimFeatures first = b.previousId == a.facts.id() ? a : a.previousId == b.facts.id() ? b : null;
        if (first == null || !pair.sameArticle()) {
            return Optional.empty();
        }
        ClaimFeatures second = first == a ? b : a;
        if (second.contrast == null || first.facts.end() > second.facts.start() - second.contrastDistance) {
            return Optional.empty();
        }
        return Optional.of(new Signal(NAME, ContradictionKind.FRAMING, 0.45,
                () -> "The article sets the second against the first: “" + second.contrast.toLowerCase(Locale.ROOT) + "” right after it."));
    }
}
