package org.claimbench.analysis.contradiction;

import java.util.Optional;

import org.claimbench.domain.ContradictionKind;

/**
 * What one side insists on against the other side's refusal of it: "a deal only under terms that include reopening the quay"
 * against "terms such as reopening the quay are unacceptable"; "her aim is the ferry's sale" against "willing to negotiate,
 * though never at the price of selling the ferry". A condition or goal one account gives and a
 * refusal of the same thing in another are the two sides' positions set against each other ({@link Stances}: a noun one claim
 * insists on is a noun the other refuses).
 *
 * <p>Two sources (one source's demand and its own refusal of another thing are one position), of one event, alike in meaning
 * as a denied status needs ({@link TroponymDenial#LIKENESS}).
 */
final class DemandAgainstRefusal implements PairSignal {

    static final String NAME = "demand refused";
    /**
     * Below every signal of a conflict of fact (0.25 and more): two sides' positions set against each other can both be reported
     * truly (the samples' gold lists one such pair, c77-c86, as a non-contradiction for that reason), so they are offered after the conflicts of fact among claims as alike in meaning. Set
     * on the samples: at 0.2 that pair ranks 9th and pushes a gold pair out of the top 10; at 0.15 it ranks 12th (docs/suggestions.md,
     * round 38).
     */
    static final double WEIGHT = 0.15;

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        return (!a.stances.demanded().isEmpty() && !b.stances.refused().isEmpty())
                || (!b.stances.demanded().isEmpty() && !a.stances.refused().isEmpty());
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if (pair.sameSource() || !pair.oneEvent() || !pair.related(TroponymDenial.LIKENESS)) {
            return Optional.empty();
        }
        return refused(a.stances, b.stances).or(() -> refused(b.stances, a.stances));
    }

    private static Optional<Signal> refused(Stances demanding, Stances refusing) {
        for (String n : demanding.demanded()) {
            if (refusing.refused().stream().anyMatch(x -> Stances.same(n, x))) {
                return Optional.of(new Signal(NAME, ContradictionKind.POLARITY, WEIGHT,
                        () -> "“" + n + "” insisted on in one account (“" + demanding.demandCue() + "”), refused in the other (“"
                                + refusing.refusalCue() + "”): one side's condition or goal against the other side's refusal (opposed positions: both may be reported truly).",
                        "demand:" + n));
            }
        }
        return Optional.empty();
    }
}
