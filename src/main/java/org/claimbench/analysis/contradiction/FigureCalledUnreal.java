package org.claimbench.analysis.contradiction;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.domain.ContradictionKind;

/**
 * A figure one account gives, called unreal by the other: "the port is leased for 40 years" against "talk of 40 years bears
 * no relation to reality". The idioms of denial that say a statement does not match the facts ("bear no relation to": "to be
 * completely different from"; "have no basis in fact": Cambridge Dictionary, idioms at relation and basis; "have nothing to do
 * with"), said of the facts, reality or the truth, are predicates of falsity over the phrase before them, as "false" is
 * ("not in accordance with the fact or reality", WordNet 3.1, false#1; FactBank's CT-, Saurí and Pustejovsky 2009): the
 * figure in that phrase is denied. The other account states the same figure (the same dimension, overlapping values,
 * {@link Quantity}) outside any negation of it. Two accounts of one event only ({@link Pair#oneEvent}).
 */
final class FigureCalledUnreal implements PairSignal {

    /** The idioms of falsity: a negative quantifier, a noun of relation or ground, the facts, reality or the truth. */
    static final Pattern UNREAL = Pattern.compile("(?i)\\b(?:no|not\\s+any)\\s+(?:relation(?:ship)?|connection|basis|bearing|grounding)"
            + "\\s+(?:to|in|with)\\s+(?:reality|(?:the\\s+)?facts?|(?:the\\s+)?truth)\\b|\\bnothing\\s+to\\s+do\\s+with\\s+(?:reality|the\\s+facts?"
            + "|the\\s+truth)\\b");

    /** How strongly it suggests a conflict: a denial of the very figure, as {@link NegationSignal}'s of the same word. */
    static final double WEIGHT = 0.4;

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        return !a.quantities.isEmpty() && !b.quantities.isEmpty() && (unreal(a) >= 0 || unreal(b) >= 0);
    }

    /** Where the claim's idiom of falsity starts (UTF-16 index), or -1 when it has none. */
    static int unreal(ClaimFeatures f) {
        if (f.negationCue == null && !f.facts.text().contains("nothing")) {
            return -1;
        }
        Matcher m = UNREAL.matcher(f.facts.text());
        return m.find() ? m.start() : -1;
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if (!pair.oneEvent() || !pair.twoAccounts(a)) {
            return Optional.empty();
        }
        return denied(a, b).or(() -> denied(b, a));
    }

    private static Optional<Signal> denied(ClaimFeatures denying, ClaimFeatures stating) {
        int at = unreal(denying);
        if (at < 0 || stating.openCondition || unreal(stating) >= 0) {
            return Optional.empty();
        }
        String text = denying.facts.text();
        for (Quantity q : denying.quantities) {
            // The figure is in the phrase the idiom is said of: before it, in the same sentence.
            if (q.start() >= at || text.substring(q.start(), at).matches("(?s).*[.;!?]\\s.*")) {
                continue;
            }
            for (Quantity r : stating.quantities) {
                if (r.dimension().equals(q.dimension()) && r.low() <= q.high() && q.low() <= r.high()) {
                    String idiom = matched(text);
                    return Optional.of(new Signal("denial", ContradictionKind.POLARITY, WEIGHT,
                            () -> "“" + q.words() + "” said to have “" + idiom + "” in one account, “" + r.words() + "” stated in the other: "
                                    + "one side denies the figure the other gives.", "denial:figure-unreal:" + q.dimension()));
                }
            }
        }
        return Optional.empty();
    }

    private static String matched(String text) {
        Matcher m = UNREAL.matcher(text);
        return m.find() ? m.group() : "";
    }
}
