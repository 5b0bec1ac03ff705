package org.claimbench.analysis.contradiction;

import java.util.Optional;

import org.claimbench.domain.ContradictionKind;

/**
 * What one account says is done without limitation, the other account denies in part: "the council will admit delivery vans
 * to the old town without restrictions" against "the council will not admit vans to the old town on market days".
 * A universal affirmative and a negation of the same predicate are contradictories, "all S are P" against "some S is not P"
 * (the square of opposition; Horn 1989, 1.1): whatever the denial restricts, the unrestricted claim covered it. The universal
 * is an unrestricted marker said of the whole clause ({@link Lexicons#UNRESTRICTED}: "without limitation", "unrestricted",
 * "all of …, including"); the predicate is the first verb in the other claim's negation scope (not a report negated: "did not
 * say that …") that the universal claim affirms in the same word or one of its root ("accept" / "acceptance"). Two accounts of one
 * event, somewhat alike in meaning ({@link #LIKENESS}, as a scoped denial asks, {@link NegationSignal}). Per claim it needs
 * the unrestricted marker ({@link ClaimFeatures#unrestricted}, {@link ClaimHolds#UNRESTRICTED}) and a negation
 * ({@link ClaimFeatures#scoped}, {@link ClaimHolds#NEGATION}).
 */
final class UniversalAgainstDenial implements PairSignal {

    /** The cosine the two claims need. */
    static final double LIKENESS = 0.3;

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        return ClaimHolds.oneEach(a, ClaimHolds.UNRESTRICTED, b, ClaimHolds.NEGATION);
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if (!pair.oneEvent() || !pair.twoAccounts(a) || !pair.related(LIKENESS)) {
            return Optional.empty();
        }
        return denied(a, b).or(() -> denied(b, a));
    }

    private static Optional<Signal> denied(ClaimFeatures universal, ClaimFeatures denying) {
        // A licence of force "against any attack" says what the holder may answer, not that every attack happened: a denial
        // that an attack took place is consistent with it.
        if (universal.unrestricted == null || denying.negationCue == null || denying.negatesAReport || universal.openCondition
                || Lexicons.LICENCE_OF_FORCE.matcher(universal.unrestricted).find()) {
            return Optional.empty();
        }
        // The predicate the negation denies is the first verb in its scope ("will not let vans be admitted": let); the verbs
        // after it are inside its complement, which the denial does not deny by itself.
        for (String lemma : denying.scoped) {
            if (!denying.tagOf(lemma).equals("VERB")) {
                continue;
            }
            if (affirmed(universal, lemma) == null) {
                return Optional.empty();
            }
            String x = universal.unrestricted;
            String cue = denying.negationCue;
            return Optional.of(new Signal("scope", ContradictionKind.SCOPE, 0.35,
                    () -> "“" + x + "” in one claim, “" + cue + " … " + lemma + "” in the other: done without limits in one account, "
                            + "refused in part in the other.", "scope:unrestricted-denied:" + lemma));
        }
        return Optional.empty();
    }

    /** The universal claim's word that affirms the lemma (the same word or one of its root), not negated, denied or supposed; null if none. */
    private static String affirmed(ClaimFeatures f, String lemma) {
        for (String w : f.words) {
            if (f.negated.contains(w) || f.scoped.contains(w) || f.supposed.contains(w)) {
                continue;
            }
            if (w.equals(lemma) || Lexicons.sameRoot(w, lemma)) {
                return w;
            }
        }
        return null;
    }
}
