package org.claimbench.analysis.contradiction;

import java.util.Optional;

import org.claimbench.domain.ContradictionKind;

/**
 * A matter one account calls undecided against another account that states it as settled: "the pull-back of the guards is still
 * unresolved" or "it is uncertain whether the guards will withdraw" against "the accord obliges the guards to withdraw within
 * sixty days". FactBank's uncommitted value Uu (an event under "unclear", "uncertain", "unresolved": {@link Factuality#UNDECIDED})
 * against CT+, the value FactBank gives an event its source asserts with no marker of modality or polarity (Saurí and
 * Pustejovsky 2009, "FactBank", Language Resources and Evaluation 43(3), sec. 3).
 *
 * <p>The undecided matter is an undecided status's target; the other claim states it when it asserts the same lemma or a form
 * of one root ({@link Lexicons#sameRoot}: "withdrawal" / "withdraw", as {@link DenialScope#withDerivedForms} reads a denial's
 * word) outside a negation's scope and not only supposed, and gives it no status of its own (then {@link FactualitySignal}
 * compares the two statuses). Two accounts of one event, alike in meaning ({@link #LIKENESS}): one side's "unclear" and its own
 * plain account of the same matter are one account told over time.
 */
final class UndecidedAgainstSettled implements PairSignal {

    static final String NAME = "undecided";

    /** Below an undecided status against a certain one ({@link Factuality#conflict}: 0.45): the settling claim has no status word. */
    static final double WEIGHT = 0.3;

    /** The likeness of the two claims' vectors asked of them, as of two statuses ({@link FactualitySignal}: 0.4). */
    static final double LIKENESS = 0.4;

    private static final int UNDECIDED_BIT = 1 << Factuality.UNDECIDED.ordinal();

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        return (a.holds.statusValues & UNDECIDED_BIT) != 0 || (b.holds.statusValues & UNDECIDED_BIT) != 0;
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if (!pair.sameEvent() || !pair.twoAccounts(a) || !pair.related(LIKENESS)) {
            return Optional.empty();
        }
        return settled(a, b).or(() -> settled(b, a));
    }

    private static Optional<Signal> settled(ClaimFeatures undecided, ClaimFeatures stating) {
        for (ClaimFeatures.Status s : undecided.statuses) {
            String thing = s.target();
            if (s.value() != Factuality.UNDECIDED || thing.length() < 4 || hasStatus(stating, thing)) {
                continue;
            }
            for (int k = 0; k < stating.words.size(); k++) {
                String w = stating.words.get(k);
                String tag = stating.wordTags.get(k);
                boolean named = (tag.equals("NOUN") || tag.equals("VERB")) && (w.equals(thing) || Lexicons.sameRoot(w, thing));
                if (named && !stating.negated.contains(w) && !stating.scoped.contains(w) && !stating.supposed.contains(w)) {
                    String cue = s.cue();
                    return Optional.of(new Signal(NAME, ContradictionKind.POLARITY, WEIGHT,
                            () -> "“" + thing + "” " + cue + " in one account, stated as settled (“" + w
                                    + "”) in the other: undecided in one account, settled in the other.",
                            "undecided:" + thing));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a claim gives the thing (or a form of its root) a status of its own. */
    private static boolean hasStatus(ClaimFeatures f, String thing) {
        for (ClaimFeatures.Status t : f.statuses) {
            if (!t.target().isEmpty() && (t.target().equals(thing) || Lexicons.sameRoot(t.target(), thing))) {
                return true;
            }
        }
        return false;
    }
}
