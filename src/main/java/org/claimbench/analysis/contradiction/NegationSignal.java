package org.claimbench.analysis.contradiction;

import java.util.Optional;

import org.claimbench.domain.ContradictionKind;

/**
 * A denial of the same statement: a predicate both claims share lies in a negation's scope in one
 * of them and not in the other ("Russia has not accepted the ceasefire" / "Russia accepted the
 * ceasefire"). The scope is read from the language components (the negator's clause, see
 * ClaimFeatures); the two claims must be about the same thing (close meaning vectors, or without
 * them a second shared word), so "the call" alone never pairs two claims.
 */
final class NegationSignal implements PairSignal {

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if ((a.negationCue == null) == (b.negationCue == null) || !pair.related(0.5) || pair.shared().size() < 2) {
            return Optional.empty();
        }
        ClaimFeatures denying = a.negationCue != null ? a : b;
        ClaimFeatures affirming = denying == a ? b : a;
        for (String lemma : denying.negated) {
            if (affirming.has(lemma) && !affirming.negated.contains(lemma) && isPredicate(denying, lemma)) {
                return Optional.of(new Signal("denial", ContradictionKind.POLARITY, 0.4,
                        "“" + denying.negationCue + " … " + lemma + "” in one claim, “" + lemma + "” in the other: one denies what the other"
                                + " affirms (both speak of " + String.join(", ", pair.shared().stream().limit(3).toList()) + ")."));
            }
        }
        return Optional.empty();
    }

    /** Whether a lemma is a verb, adjective or common noun in the claim (a name is never what is denied). */
    private static boolean isPredicate(ClaimFeatures f, String lemma) {
        for (int i = 0; i < f.reading.size(); i++) {
            if (f.reading.lemma(i).equals(lemma)) {
                return f.reading.is(i, "VERB") || f.reading.is(i, "ADJ") || f.reading.is(i, "NOUN");
            }
        }
        return false;
    }
}
