package org.claimbench.analysis.contradiction;

import java.util.Optional;

import org.claimbench.domain.ContradictionKind;

/**
 * The same event given two statuses that cannot both hold: agreed against cancelled, cancelled
 * against postponed, agreed against only possible, planned against not yet decided (the
 * categories of {@link Factuality}, after FactBank). Both claims must speak of the same thing: a
 * shared noun, or close meaning vectors within one event.
 */
final class FactualitySignal implements PairSignal {

    private static String bare(String cue) {
        return cue.startsWith("not ") ? cue.substring(4) : cue;
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if (a.statuses.isEmpty() || b.statuses.isEmpty() || !pair.related(0.4)) {
            return Optional.empty();
        }
        double best = 0;
        ClaimFeatures.Status sa = null;
        ClaimFeatures.Status sb = null;
        for (ClaimFeatures.Status x : a.statuses) {
            for (ClaimFeatures.Status y : b.statuses) {
                // Of the same thing: the noun each status is about must be one noun ("the summit … cancelled" / "postponed the summit").
                // And of the same party: "Israel approved it" and "Iran had not accepted it" can both hold.
                boolean otherParties = !x.agents().isEmpty() && !y.agents().isEmpty() && x.agents().stream().noneMatch(y.agents()::contains)
                        && !Lexicons.DENIALS.contains(bare(x.cue())) && !Lexicons.DENIALS.contains(bare(y.cue()));
                double c = x.target().equals(y.target()) && !otherParties ? Factuality.conflict(x.value(), y.value()) : 0;
                if (c > best) {
                    best = c;
                    sa = x;
                    sb = y;
                }
            }
        }
        if (sa == null) {
            return Optional.empty();
        }
        return Optional.of(new Signal("status", best >= 0.5 ? ContradictionKind.POLARITY : ContradictionKind.TEMPORAL, best,
                "“" + sa.cue() + "” against “" + sb.cue() + "”: the " + sa.target() + " " + sa.value().word() + " in one account, "
                        + sb.value().word() + " in the other.",
                "status:" + sa.target() + ":" + bare(sa.cue()) + "/" + bare(sb.cue())));
    }
}
