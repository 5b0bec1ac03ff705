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
                // Of the same thing: the noun each status is about must be one noun or WordNet synonyms ("the summit … cancelled" /
                // "postponed the summit"; "talks … started" / "the hearings have not started yet").
                // And of the same party: "Israel approved it" and "Iran had not accepted it" can both hold.
                boolean otherParties = !x.agents().isEmpty() && !y.agents().isEmpty() && x.agents().stream().noneMatch(y.agents()::contains)
                        && !Lexicons.DENIALS.contains(bare(x.cue())) && !Lexicons.DENIALS.contains(bare(y.cue()));
                // A pronoun's noun is not named ("rejected it"): the other claim's, when another account of the event says
                // something close to it.
                boolean sameThing = (!x.target().isEmpty() && !y.target().isEmpty() && WordSenses.same(x.target(), y.target(), "NOUN"))
                        || ((x.target().isEmpty() || y.target().isEmpty()) && pair.sameEvent() && pair.twoAccounts(a) && pair.related(0.45));
                double c = sameThing && !otherParties ? Factuality.conflict(x.value(), y.value()) : 0;
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
        String thing = !sa.target().isEmpty() ? sa.target() : !sb.target().isEmpty() ? sb.target() : "thing";
        ClaimFeatures.Status first = sa;
        ClaimFeatures.Status second = sb;
        return Optional.of(new Signal("status", best >= 0.5 ? ContradictionKind.POLARITY : ContradictionKind.TEMPORAL, best,
                () -> "“" + first.cue() + "” against “" + second.cue() + "”: the " + thing + " " + first.value().word() + " in one account, "
                        + second.value().word() + " in the other.",
                "status:" + thing + ":" + bare(sa.cue()) + "/" + bare(sb.cue())));
    }
}
