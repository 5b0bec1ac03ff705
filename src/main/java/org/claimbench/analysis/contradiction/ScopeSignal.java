package org.claimbench.analysis.contradiction;

import java.util.Optional;

import org.claimbench.domain.ContradictionKind;

/**
 * Not the same extent of one thing: a restricting word against a universal one on the same noun
 * ("a limited ceasefire" / "a full ceasefire", Horn's scales), or two things joined against one
 * compound ("energy and infrastructure" / "energy infrastructure").
 */
final class ScopeSignal implements PairSignal {

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        for (ClaimFeatures.Extent x : a.extents) {
            for (ClaimFeatures.Extent y : b.extents) {
                if (x.noun().equals(y.noun()) && x.universal() != y.universal()) {
                    return Optional.of(new Signal("scope", ContradictionKind.SCOPE, 0.35,
                            () -> "“" + x.word() + " " + x.noun() + "” against “" + y.word() + " " + y.noun() + "”: not the same extent of the "
                                    + x.noun() + ".", "scope:" + x.noun()));
                }
            }
        }
        for (ClaimFeatures[] p : new ClaimFeatures[][] {{a, b}, {b, a}}) {
            for (String c : p[0].coordinated) {
                if (p[1].compounds.contains(c)) {
                    String[] w = c.split("\\+");
                    return Optional.of(new Signal("scope", ContradictionKind.SCOPE, 0.4,
                            () -> "“" + w[0] + " and " + w[1] + "” against “" + w[0] + " " + w[1] + "”: two things, or one?", "scope:" + c));
                }
            }
        }
        return Optional.empty();
    }
}
