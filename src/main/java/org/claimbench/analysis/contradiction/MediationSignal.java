package org.claimbench.analysis.contradiction;

import java.util.Optional;

import org.claimbench.domain.ContradictionKind;

/**
 * Through a go-between, or between the two sides alone: one account says a third party mediated or
 * brokered what was reached ("a pause brokered by the league"), the other that the sides reached it
 * directly, bilaterally or without mediation ("the clubs settled the pause between themselves,
 * directly"). The two must be two accounts of one event and close in meaning (see {@link Mediation}).
 */
final class MediationSignal implements PairSignal {

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        return ClaimHolds.oneEach(a, ClaimHolds.THROUGH, b, ClaimHolds.DIRECT);
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if (!a.mediation.present() || !b.mediation.present() || !pair.twoAccounts(a) || !pair.oneEvent() || !pair.related(0.35)) {
            return Optional.empty();
        }
        for (ClaimFeatures[] p : new ClaimFeatures[][] {{a, b}, {b, a}}) {
            Mediation through = p[0].mediation;
            Mediation direct = p[1].mediation;
            if (through.through() != null && through.direct() == null && direct.direct() != null && direct.through() == null) {
                return Optional.of(new Signal("mediation", ContradictionKind.POLARITY, 0.4,
                        () -> "“" + through.through() + "” in one claim, “" + direct.direct() + "” in the other: through a go-between in one"
                                + " account, between the two sides alone in the other.",
                        "mediation"));
            }
        }
        return Optional.empty();
    }
}
