package org.claimbench.analysis.contradiction;

import java.util.List;
import java.util.Optional;

import org.claimbench.domain.ContradictionKind;

/**
 * Ended in one account, going on in the other ({@link Aspect}): one source says an event was halted
 * ("the council ordered a halt to the evictions"), another that it continued or resumed ("the
 * evictions continued on Monday"), or reports it happening ("bailiffs evicted three families"). Two
 * accounts of one event that speak of the same thing (meaning vectors at least 0.3 alike, or without
 * them two shared words).
 */
final class AspectSignal implements PairSignal {

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        return ClaimHolds.either(a, b, ClaimHolds.ENDED);
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if ((a.aspect.ended().isEmpty() && b.aspect.ended().isEmpty()) || !pair.sameEvent() || !pair.twoAccounts(a) || !pair.related(0.3)) {
            return Optional.empty();
        }
        for (ClaimFeatures[] p : new ClaimFeatures[][] {{a, b}, {b, a}}) {
            // "Work on the pier will continue in the spring": what may or will go on later does not deny a halt now; it denies a
            // halt to come ("they will not be blowing up ships anymore", "agreed to stop harassing ships").
            if (MODAL.matcher(p[1].facts.text()).find() && !toCome(p[0])) {
                continue;
            }
            String on = sharedObject(p[0].aspect, p[1].aspect);
            if (on != null) {
                String what = on;
                return Optional.of(new Signal("ended or going on", ContradictionKind.POLARITY, 0.4, () -> "What is done to the " + what
                        + " ended in one account, goes on in the other.", "aspect:" + Lexicons.root(on)));
            }
            for (String ended : p[0].aspect.ended()) {
                String going = same(ended, p[1].aspect.continued());
                if (going != null && !p[1].aspect.ended().contains(going)) {
                    return Optional.of(new Signal("ended or going on", ContradictionKind.POLARITY, 0.4, () -> "The " + ended
                            + " ended in one account, went on in the other.", "aspect:" + Lexicons.root(ended)));
                }
                String happening = Aspect.happening(p[1], ended);
                if (happening != null && !p[1].aspect.ended().stream().anyMatch(x -> Lexicons.sameRoot(x, ended))) {
                    return Optional.of(new Signal("ended or going on", ContradictionKind.POLARITY, 0.3, () -> "A halt to the " + ended
                            + " in one account; in the other, “" + happening + "”: it goes on.", "aspect:" + Lexicons.root(ended)));
                }
            }
        }
        return Optional.empty();
    }

    /** The modal auxiliaries and the future of English (a closed class: Quirk et al. 1985, 3.40; "going to"). */
    private static final java.util.regex.Pattern MODAL = java.util.regex.Pattern.compile(
            "(?i)\\b(?:will|would|could|may|might|shall|should|can|going to)\\b|['’]ll\\b");

    /** A noun one account's ended events are done to and the other's continued events are done to; null if none. */
    private static String sharedObject(Aspect ending, Aspect going) {
        for (String o : ending.endedOn()) {
            if (same(o, going.continuedOn()) != null) {
                return o;
            }
        }
        return null;
    }

    /**
     * Whether a claim puts its halt to come: a modal or future ("will not … anymore"), or a commitment to it (the commissive
     * verbs "agree to", "promise", "pledge", "vow": Searle 1976, commissives commit the speaker to a future course of action).
     */
    private static boolean toCome(ClaimFeatures c) {
        if (MODAL.matcher(c.facts.text()).find()) {
            return true;
        }
        for (int i = 0; i + 1 < c.reading.size(); i++) {
            if (COMMISSIVES.contains(c.reading.lemma(i)) && c.reading.lemma(i + 1).equals("to")) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> COMMISSIVES = java.util.Set.of("agree", "promise", "pledge", "vow", "undertake", "commit");

    private static String same(String lemma, List<String> among) {
        for (String x : among) {
            if (x.equals(lemma) || Lexicons.sameRoot(x, lemma)) {
                return x;
            }
        }
        return null;
    }
}
