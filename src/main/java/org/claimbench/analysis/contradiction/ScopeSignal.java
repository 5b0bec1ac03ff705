package org.claimbench.analysis.contradiction;

import java.util.Optional;

import org.claimbench.analysis.language.WordNet;
import org.claimbench.domain.ContradictionKind;

/**
 * Not the same extent of one thing: a restricting word against a universal one on the same noun
 * ("a limited ceasefire" / "a full ceasefire", Horn's scales; the two words on one scale: "partial" against "unconditional" is
 * none), or two things joined against one
 * compound ("energy and infrastructure" / "energy infrastructure"), or a thing done without limitation against the same
 * thing done only on a condition (Lexicons.UNRESTRICTED, Lexicons.ONLY_ON_CONDITION; "full freedom of military action" against
 * "the right to self-defence"), or an act agreed or ordered on a
 * thing against the same act on a narrower kind of it (WordNet hyponymy).
 */
final class ScopeSignal implements PairSignal {

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        return ClaimHolds.oneEach(a, ClaimHolds.UNIVERSAL, b, ClaimHolds.RESTRICTED) || ClaimHolds.oneEach(a, ClaimHolds.COORDINATED, b, ClaimHolds.COMPOUND)
                || ClaimHolds.oneEach(a, ClaimHolds.UNRESTRICTED, b, ClaimHolds.ONLY_ON_CONDITION)
                || ClaimHolds.both(a, b, ClaimHolds.TARGETED) && ClaimHolds.either(a, b, ClaimHolds.STATUS);
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
        // The same act aimed at a thing in one account and at a narrower kind of it in the other ("a pause in strikes on energy
        // infrastructure" / "a pause in strikes on power stations"): WordNet files one head as a kind of the other, three
        // hypernym steps apart or fewer (hyponymy: Miller 1990, "Nouns in WordNet"). What a claim reports was done to the narrower
        // kind entails it was done to the wider one, so this is a difference of scope only where one account gives the status of
        // the act, agreed, ordered, planned or called off (FactBank's event statuses, ClaimFeatures.statuses): then it says what
        // the undertaking covers. Across two accounts of one event.
        if (pair.oneEvent() && pair.twoAccounts(a) && (!a.statuses.isEmpty() || !b.statuses.isEmpty())) {
            for (String x : a.targets) {
                for (String y : b.targets) {
                    String[] u = x.split(">");
                    String[] v = y.split(">");
                    if (u[0].equals(v[0]) && !u[1].equals(v[1]) && (WordNet.shared().kindWithin(u[1], v[1], WordNet.Pos.NOUN)
                            || WordNet.shared().kindWithin(v[1], u[1], WordNet.Pos.NOUN))) {
                        return Optional.of(new Signal("scope", ContradictionKind.SCOPE, 0.3,
                                () -> "“" + u[0] + " on " + u[1] + "” against “" + v[0] + " on " + v[1] + "”: one a kind of the other; does the "
                                        + u[0] + " cover the whole class or only a part?", "scope:" + u[0]));
                    }
                }
            }
        }
        // What one account says is done without limitation, the other says is done only on a condition or as a last resort
        // ("accepts the flights on military aircraft without limitation" / "military aircraft would only be used as a last resort").
        for (ClaimFeatures[] p : new ClaimFeatures[][] {{a, b}, {b, a}}) {
            // A claim holding both ends ("will respond against any attack, but only in self-defence") is no end against the other.
            if (p[0].unrestricted != null && p[1].onlyOnCondition != null && p[0].onlyOnCondition == null && p[1].unrestricted == null
                    && pair.oneEvent() && pair.twoAccounts(a)) {
                String x = p[0].unrestricted;
                String y = p[1].onlyOnCondition;
                boolean licenceX = Lexicons.LICENCE_OF_FORCE.matcher(x).find();
                boolean licenceY = Lexicons.LICENCE_OF_FORCE.matcher(y).find();
                // A licence of force is measured against a licence of force only ("all prisoners, including the soldiers" is
                // no licence the soldiers' self-defence restricts), and only when one party holds both (LicenceHolder).
                if (licenceX != licenceY || licenceX && !LicenceHolder.same(p[0], p[1])) {
                    continue;
                }
                for (String noun : p[0].nouns) {
                    if (p[1].nouns.contains(noun)) {
                        return Optional.of(new Signal("scope", ContradictionKind.SCOPE, 0.35,
                                () -> "“" + x + "” in one claim, “" + y + "” in the other, both of the " + noun
                                        + ": without limits, or only on a condition?", "scope:unrestricted"));
                    }
                }
                // Both give a party's licence to use force (Lexicons.LICENCE_OF_FORCE): the licence is the thing both speak of.
                if (licenceX) {
                    return Optional.of(new Signal("scope", ContradictionKind.SCOPE, 0.35,
                            () -> "“" + x + "” in one claim, “" + y + "” in the other: force used without limit, or only in self-defence?",
                            "scope:unrestricted"));
                }
            }
        }
        return Optional.empty();
    }
}
