package org.claimbench.analysis.contradiction;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.claimbench.analysis.language.WordForms;
import org.claimbench.domain.ContradictionKind;

/**
 * Now or in a set order, against only on a condition: one claim says something starts at once ("the
 * hearings will open at once") or in a fixed order ("the north bank closes first, followed by the
 * south bank"), the other that it waits for something ("a settlement will be possible once the votes
 * are counted", "the south bank's closing depends on the north bank closing first"). Both must speak
 * of the same thing: a shared noun, close meaning vectors, or the same act named by a noun in one and
 * by its verb in the other ("a cessation of fire" and "ceasing fire": WordNet's derivational links).
 * <p>
 * The two claims must be two accounts ({@link Pair#twoAccounts}): what one side does at once and what it holds back on a
 * condition are the parts of one position ("we take the flights back at once; the tariffs stay off unless the deal fails"),
 * as one source's two statements of a share are (see ContingentShares). The question "now, or only on a condition?" is
 * one account's word against the other's.
 */
final class ConditionSignal implements PairSignal {

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        return ClaimHolds.oneEach(a, ClaimHolds.CONDITION_ONLY, b, ClaimHolds.NOW_OR_ORDER) && Pair.twoAccounts(a, b);
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if (!pair.twoAccounts(a)) {
            return Optional.empty();
        }
        if (!(pair.shareAny(a.nouns) || pair.related(0.5) || sameActNamedTwice(a, b))) {
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

    /** Whether a noun of one claim names the act a verb of the other names (WordNet: "cessation" from "cease"). */
    private static boolean sameActNamedTwice(ClaimFeatures a, ClaimFeatures b) {
        boolean orderAndCondition = (a.condition != null) != (b.condition != null)
                && (a.sequence != null || a.immediate != null || b.sequence != null || b.immediate != null);
        return orderAndCondition && (nounNamesVerbOf(a, b) || nounNamesVerbOf(b, a));
    }

    private static boolean nounNamesVerbOf(ClaimFeatures nouns, ClaimFeatures verbs) {
        for (String noun : nouns.nouns) {
            List<String> derived = WordForms.derivedVerbs(noun);
            for (int i = 0; i < verbs.reading.size() && !derived.isEmpty(); i++) {
                if (verbs.reading.is(i, "VERB") && derived.contains(verbs.reading.lemma(i))) {
                    return true;
                }
            }
        }
        return false;
    }
}
