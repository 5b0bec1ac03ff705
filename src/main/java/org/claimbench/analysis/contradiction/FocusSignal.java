package org.claimbench.analysis.contradiction;

import java.util.Optional;

import org.claimbench.domain.ContradictionKind;

/**
 * One thing only, or several: one account says one thing alone was spoken of ("the talks were
 * entirely about rents"), the other lists it with others ("they covered rents, repairs and
 * parking"). Two accounts of one event, close enough in meaning (see {@link Focus}).
 */
final class FocusSignal implements PairSignal {

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if (!pair.twoAccounts(a) || !pair.sameEvent() || !pair.related(0.3)) {
            return Optional.empty();
        }
        for (ClaimFeatures[] p : new ClaimFeatures[][] {{a, b}, {b, a}}) {
            String only = p[0].focus.only();
            if (only != null && p[1].focus.only() == null && p[1].focus.listed().contains(only)) {
                return Optional.of(new Signal("scope", ContradictionKind.SCOPE, 0.35,
                        () -> "“" + p[0].focus.word() + " … " + only + "” in one claim, “" + String.join(", ", p[1].focus.listed())
                                + "” in the other: one thing only, or several?",
                        "focus:" + only));
            }
        }
        return Optional.empty();
    }
}
