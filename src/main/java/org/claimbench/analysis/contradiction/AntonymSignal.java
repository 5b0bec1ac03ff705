package org.claimbench.analysis.contradiction;

import java.util.Optional;

import org.claimbench.analysis.language.WordNet;
import org.claimbench.domain.ContradictionKind;

/**
 * Opposite words for the same thing: one claim affirms a word and the other its antonym in WordNet
 * ("accepted" / "rejected", "a success" / "a failure", "productive" / "unproductive"), each said of
 * the same noun (the same lemma or WordNet synonyms: "talks" / "negotiations"), or, where a head is
 * missing, of claims close in meaning. A negated word is no opposite ("not accepted" / "rejected"
 * agree). Opposites by prefix alone are {@link NegationSignal}'s.
 */
final class AntonymSignal implements PairSignal {

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        // A word of one claim among the antonyms of the other's.
        return (a.holds.antonyms & b.holds.opposable) != 0 || (b.holds.antonyms & a.holds.opposable) != 0;
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        for (WordSenses.Opposable x : a.opposables) {
            for (WordSenses.Opposable y : b.opposables) {
                if (x.pos() != y.pos() || (!x.antonyms().contains(y.word()) && !y.antonyms().contains(x.word()))) {
                    continue;
                }
                // Ordinal numerals ("first" / "second") are numbers: the quantity signal compares them, with the span they count in.
                if (QuantityReader.ordinal(x.word()) && QuantityReader.ordinal(y.word())) {
                    continue;
                }
                // "indirect" / "direct" is the prefix rule's (it names the pair the same way).
                if (x.word().endsWith(y.word()) || y.word().endsWith(x.word())) {
                    continue;
                }
                // Said of the same noun; a word without one (a verb with no object near) only when the claims are close in meaning.
                boolean sameHead = !x.head().isEmpty() && !y.head().isEmpty() && WordSenses.same(x.head(), y.head(), "NOUN");
                boolean noHeads = x.head().isEmpty() && y.head().isEmpty() && x.pos() != WordNet.Pos.NOUN;
                if (sameHead ? pair.related(0.35) : noHeads && pair.related(0.6)) {
                    String of = sameHead ? " of the " + x.head() : "";
                    return Optional.of(new Signal("opposite words", ContradictionKind.POLARITY, 0.4,
                            () -> "“" + x.word() + "” in one claim, “" + y.word() + "” in the other" + of
                                    + ": opposite words for the same thing (antonyms in WordNet).",
                            "antonyms:" + (x.word().compareTo(y.word()) < 0 ? x.word() + "/" + y.word() : y.word() + "/" + x.word())));
                }
            }
        }
        return Optional.empty();
    }
}
