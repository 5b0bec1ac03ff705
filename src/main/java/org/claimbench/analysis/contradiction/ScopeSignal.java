package org.claimbench.analysis.contradiction;

import java.util.Optional;

import org.claimbench.domain.ContradictionKind;

/**
 * Not the same extent of one thing: a restricting word against a universal one on the same noun
 * ("a limited ceasefire" / "a full ceasefire", Horn's scales; the two words on one scale: "partial" against "unconditional" is
 * none), or two things joined against one
 * compound ("energy and infrastructure" / "energy infrastructure"), or a thing done without limitation against the same
 * thing done only on a condition (Lexicons.UNRESTRICTED, Lexicons.ONLY_ON_CONDITION).
 */
final class ScopeSignal implements PairSignal {

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        return ClaimHolds.oneEach(a, ClaimHolds.UNIVERSAL, b, ClaimHolds.RESTRICTED) || ClaimHolds.oneEach(a, ClaimHolds.COORDINATED, b, ClaimHolds.COMPOUND)
                || ClaimHolds.oneEach(a, ClaimHolds.UNRESTRICTED, b, ClaimHolds.ONLY_ON_CONDITION);
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        for (ClaimFeatures.Extent x : a.extents) {
            for (ClaimFeatures.Extent y : b.extents) {
                if (x.noun().equals(y.noun()) && x.universal() != y.universal() && Lexicons.sameScale(x.word(), y.word())) {
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
        // What one account says is done without limitation, the other says is done only on a condition or as a last resort
        // ("accepts the flights on military aircraft without limitation" / "military aircraft would only be used as a last resort").
        for (ClaimFeatures[] p : new ClaimFeatures[][] {{a, b}, {b, a}}) {
            if (p[0].unrestricted != null && p[1].onlyOnCondition != null && pair.oneEvent() && pair.twoAccounts(a)) {
                for (String noun : p[0].nouns) {
                    if (p[1].nouns.contains(noun)) {
                        String x = p[0].unrestricted;
                        String y = p[1].onlyOnCondition;
                        return Optional.of(new Signal("scope", ContradictionKind.SCOPE, 0.35,
                                () -> "“" + x + "” in one claim, “" + y + "” in the other, both of the " + noun
                                        + ": without limits, or only on a condition?", "scope:unrestricted"));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
