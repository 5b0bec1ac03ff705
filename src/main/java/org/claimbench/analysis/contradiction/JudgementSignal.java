package org.claimbench.analysis.contradiction;

import java.util.Locale;
import java.util.Optional;

import org.claimbench.domain.ContradictionKind;

/**
 * Opposite judgements of one thing by two sources: the evaluative words (adjectives, adverbs and
 * verbs of the VADER lexicon, a negated one turned) one claim says of a target sum to a clearly
 * positive valence, those the other says of the same target to a clearly negative one ("a very
 * good call" / "the call was useless"). The targets are read by {@link JudgementTargets}:
 * the same noun or WordNet synonyms, or both the event ("the call" / "the talks" / "it"); two
 * different things judged ("ambitious targets" / "sabotaged deals") are no conflict. Only across
 * sources, within one event; a target named by no noun only about something both speak of (close
 * meaning vectors, a claim that judges the event itself, or both naming it).
 */
final class JudgementSignal implements PairSignal {

    /** VADER valences run from -4 to +4; a judgement counts from this sum on ("well" is 1.1, "fail" -2.5). */
    static final double STRONG = 1.0;

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        return ClaimHolds.both(a, b, ClaimHolds.JUDGED);
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if (!pair.twoAccounts(a) || !pair.sameEvent() || a.judged.isEmpty() || b.judged.isEmpty()) {
            return Optional.empty();
        }
        boolean related = pair.related(0.45) || a.aboutTheEvent || b.aboutTheEvent || (a.namesTheEvent && b.namesTheEvent);
        for (ClaimFeatures[] p : new ClaimFeatures[][] {{a, b}, {b, a}}) {
            for (JudgementTargets.Judged x : p[0].judged) {
                if (x.valence() < STRONG) {
                    continue;
                }
                for (JudgementTargets.Judged y : p[1].judged) {
                    boolean named = !x.target().isEmpty() && !y.target().isEmpty();
                    if (y.valence() <= -STRONG && JudgementTargets.same(x, y) && (named || related)) {
                        return Optional.of(new Signal("opposite judgements", ContradictionKind.FRAMING, 0.3,
                                () -> reason(p[0].facts.sourceLabel(), x, p[1].facts.sourceLabel(), y)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** "Mayor's office and Residents judge the meeting “excellent” and “furious”." or, for two nouns, each named. */
    private static String reason(String first, JudgementTargets.Judged x, String second, JudgementTargets.Judged y) {
        String words = y.words().toLowerCase(Locale.ROOT);
        if (x.target().equals(y.target())) {
            return first + " and " + second + " judge " + x.named() + " “" + x.words() + "” and “" + words + "”.";
        }
        return first + " judges " + x.named() + " “" + x.words() + "”, " + second + " " + y.named() + " “" + words + "”.";
    }
}
