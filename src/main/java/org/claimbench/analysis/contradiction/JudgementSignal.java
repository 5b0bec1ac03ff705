package org.claimbench.analysis.contradiction;

import java.util.Locale;
import java.util.Optional;

import org.claimbench.domain.ContradictionKind;

/**
 * Opposite judgements of the same event by two sources: one claim's evaluative words (adjectives,
 * adverbs and verbs of the VADER lexicon, a negated one turned) sum to a clearly positive
 * valence, the other's to a clearly negative one ("very productive" / "a failure"). Only across
 * sources, within one event, about something both speak of (close meaning vectors or a shared
 * noun).
 */
final class JudgementSignal implements PairSignal {

    /** VADER valences run from -4 to +4; a judgement counts from this sum on ("well" is 1.1, "fail" -2.5). */
    static final double STRONG = 1.0;

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        // The same target: close in meaning, one of them judges the event itself ("frankly, it went brilliantly"), or both name it.
        if (!pair.twoAccounts(a) || !pair.sameEvent()
                || !(pair.related(0.45) || a.aboutTheEvent || b.aboutTheEvent || (a.namesTheEvent && b.namesTheEvent))) {
            return Optional.empty();
        }
        for (ClaimFeatures[] p : new ClaimFeatures[][] {{a, b}, {b, a}}) {
            if (p[0].judgement >= STRONG && p[1].judgement <= -STRONG) {
                return Optional.of(new Signal("opposite judgements", ContradictionKind.FRAMING, 0.3,
                        () -> p[0].facts.source() + " judges it “" + p[0].judgementWords + "”, " + p[1].facts.source() + " “"
                                + p[1].judgementWords.toLowerCase(Locale.ROOT) + "”."));
            }
        }
        return Optional.empty();
    }
}
