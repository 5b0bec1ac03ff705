package org.claimbench.analysis.contradiction;

import java.util.Locale;
import java.util.Optional;

import org.claimbench.domain.ContradictionKind;

/**
 * Now or in a set order, against only on a condition: one claim says something starts at once ("the
 * hearings will open at once") or in a fixed order ("the north bank closes first, followed by the
 * south bank"), the other that it waits for something ("a settlement will be possible once the votes
 * are counted", "the south bank's closing depends on the north bank closing first"). Both must speak
 * of the same thing (a shared noun, or close meaning vectors).
 */
final class ConditionSignal implements PairSignal {

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if (!(pair.shareAny(a.nouns) || pair.related(0.5))) {
            return Optional.empty();
        }
        for (ClaimFeatures[] p : new ClaimFeatures[][] {{a, b}, {b, a}}) {
            if (p[1].condition == null || p[1].immediate != null) {
                continue;
            }
            if (p[0].immediate != null) {
                return Optional.of(new Signal("timing and condition", ContradictionKind.TEMPORAL, 0.45,
                        () -> "“" + p[0].immediate + "” against “" + p[1].condition + " …”: now, or only on a condition?",
                        "timing:" + p[0].immediate.toLowerCase(Locale.ROOT) + "/" + p[1].condition.toLowerCase(Locale.ROOT)));
            }
            if (p[0].sequence != null && p[0].condition == null && p[1].sequence == null) {
                return Optional.of(new Signal("timing and condition", ContradictionKind.TEMPORAL, 0.4,
                        () -> "“" + p[0].sequence + "” against “" + p[1].condition + " …”: a set order in one account, a condition in the other.",
                        "order:" + p[1].condition.toLowerCase(Locale.ROOT)));
            }
        }
        return Optional.empty();
    }
}
