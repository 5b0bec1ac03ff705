package org.claimbench.analysis.contradiction;

/**
 * A status denied of a whole kind: "there is no agreement on any truce", "we have not held any talks". The non-assertive
 * determiner "any" in a negation's scope makes the negation universal, it denies the predicate of every thing of its kind
 * (Quirk et al. 1985, 10.59-10.62): so another account of the same event that affirms the same predicate of some one thing
 * ("the dockers had agreed to the deal") is denied by it, whatever noun each names. Needs, per claim: its statuses
 * ({@link ClaimFeatures#statuses}, cue and value) and its reading (where "any" stands); per pair: two accounts of one event
 * ({@link Pair#twoAccounts}), the same root of the two cues ({@link Lexicons#sameRoot}: "agree" / "agreement"), and
 * parties not named apart (checked by the caller, {@link FactualitySignal}).
 */
final class WholeKindDenial {

    private WholeKindDenial() {
    }

    /** Whether a denied status's cue has "any" after it in its claim ("no agreement on any truce", "not held any talks"). */
    static boolean of(ClaimFeatures f, ClaimFeatures.Status s) {
        if (s.value() != Factuality.NOT) {
            return false;
        }
        String cue = s.cue().startsWith("not ") ? s.cue().substring(4) : s.cue();
        String first = Lexicons.SPACES.split(cue)[0].toLowerCase(java.util.Locale.ROOT);
        ClaimReading r = f.reading;
        boolean afterCue = false;
        for (int i = 0; i < r.size(); i++) {
            String lemma = r.lemma(i).toLowerCase(java.util.Locale.ROOT);
            if (!afterCue && !first.isEmpty() && lemma.startsWith(first)) {
                afterCue = true;
            } else if (afterCue && lemma.equals("any")) {
                return true;
            } else if (afterCue && (r.is(i, "VERB") || lemma.equals(",") || lemma.equals(";"))) {
                // The clause of the cue ends at the next verb or break: "any" past it is another predicate's.
                return false;
            }
        }
        return false;
    }

    /** Whether one of two statuses, of one predicate's root, affirms it and the other denies it of a whole kind. */
    static boolean between(ClaimFeatures a, ClaimFeatures.Status x, ClaimFeatures b, ClaimFeatures.Status y) {
        String cx = x.cue().startsWith("not ") ? x.cue().substring(4) : x.cue();
        String cy = y.cue().startsWith("not ") ? y.cue().substring(4) : y.cue();
        if (!Lexicons.sameRoot(cx, cy)) {
            return false;
        }
        return (of(a, x) && y.value() != Factuality.NOT) || (of(b, y) && x.value() != Factuality.NOT);
    }
}
