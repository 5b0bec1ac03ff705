package org.claimbench.analysis.contradiction;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.claimbench.domain.ContradictionKind;

/**
 * The article itself opposes two claims: the second follows the first directly and opens with (or
 * comes right after) a contrast connective: "although", "however", "despite", "but" (PDTB 2.0's
 * Comparison connectives), and the first claim ends in the second's sentence or in the one before it.
 */
final class ContrastSignal implements PairSignal {

    /** The signal's name. */
    static final String NAME = "set against each other";

    /** The coordinators among the contrast connectives: they join a clause to another of the same rank. */
    private static final Set<String> COORDINATORS = Set.of("but", "yet");
    /** The subordinators among them: they open a clause that depends on the main clause before it. */
    private static final Set<String> SUBORDINATORS = Set.of("although", "though", "whereas", "while", "despite");

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        // The claim after the other in its article opens with a contrast (as between reads them).
        if (a.facts.articleId() != b.facts.articleId()) {
            return false;
        }
        return b.previousId == a.facts.id() ? (b.holds.bits & ClaimHolds.CONTRAST) != 0
                : a.previousId == b.facts.id() && (a.holds.bits & ClaimHolds.CONTRAST) != 0;
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        ClaimFeatures first = b.previousId == a.facts.id() ? a : a.previousId == b.facts.id() ? b : null;
        if (first == null || !pair.sameArticle()) {
            return Optional.empty();
        }
        ClaimFeatures second = first == a ? b : a;
        if (second.contrast == null || first.facts.end() > second.facts.start() - second.contrastDistance) {
            return Optional.empty();
        }
        // An explicit connective's first argument lies in its own sentence or in the sentence right before it in nine cases of
        // ten (PDTB 2.0, Prasad et al. 2008): a first claim that ends before the second's lead starts (the sentence before the
        // second's own) is not what the connective answers; sentences not marked as claims stand between them.
        if (first.facts.positioned() && first.facts.end() < second.facts.start() - second.facts.lead().length()) {
            return Optional.empty();
        }
        String connective = second.contrast.toLowerCase(Locale.ROOT);
        // A coordinator joins units of one rank (Quirk et al. 1985, ch. 13): a "but" after a claim that is itself a
        // concessive clause ("he made progress, although most of it was for show. But …") answers the main clause before
        // that one, not the concession.
        if (COORDINATORS.contains(connective) && first.contrast != null && SUBORDINATORS.contains(first.contrast.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        // "But … also" adds its clause to the first rather than opposing it: PDTB 2.0 annotates the "not only … but also"
        // correlative as Expansion.Conjunction, not Comparison (Prasad et al. 2008), and "also" marks the addition.
        if (connective.equals("but") && additive(second.reading)) {
            return Optional.empty();
        }
        return Optional.of(new Signal(NAME, ContradictionKind.FRAMING, 0.45,
                () -> "The article sets the second against the first: “" + second.contrast.toLowerCase(Locale.ROOT) + "” right after it."));
    }

    /** Whether a claim holds the additive subjunct "also" (Quirk et al. 1985, 8.116). */
    private static boolean additive(ClaimReading reading) {
        for (int i = 0; i < reading.size(); i++) {
            if (reading.lemma(i).equalsIgnoreCase("also")) {
                return true;
            }
        }
        return false;
    }
}
