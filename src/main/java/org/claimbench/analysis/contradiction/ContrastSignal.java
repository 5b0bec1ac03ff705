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
        // A contrast connective relates two propositions of any kind (PDTB 2.0's Comparison.Contrast and Concession); it
        // sets two accounts against each other only when the two claims come from two sides and speak of one thing.
        // Otherwise it is the writer's own transition ("China faces tariffs. But it denied reaching out"), kept at a lower
        // weight: some such pairs are still conflicts the reader sees.
        boolean twoSides = pair.twoAccounts(a);
        boolean oneThing = oneThing(a, b, pair);
        String c = second.contrast.toLowerCase(Locale.ROOT);
        if (twoSides && oneThing) {
            return Optional.of(new Signal(NAME, ContradictionKind.FRAMING, WEIGHT,
                    () -> "The article sets the second against the first: “" + c + "” right after it."));
        }
        String why = !twoSides ? "both claims are one side's" : "the two claims share no word or sense and are not alike in meaning";
        return Optional.of(new Signal(NAME, ContradictionKind.FRAMING, WEAK_WEIGHT,
                () -> "The article sets the second against the first: “" + c + "” right after it (weakly: " + why + ")."));
    }

    /** The signal's weight when two sides speak of one thing. */
    static final double WEIGHT = 0.45;
    /** Its weight when the claims are one side's or speak of different things: the connective is the writer's transition. */
    static final double WEAK_WEIGHT = 0.2;
    /**
     * The cosine of two claims' meaning vectors (all-MiniLM-L6-v2) from which they speak of one thing without a word in common:
     * chosen on development corpora 1, 2, 4 and 5 together (docs/suggestions.md, round 56): the two gold "set against" pairs
     * with no other signal read 0.48 and 0.59, the non-gold pairs between two sides with no shared word 0.43 and below.
     */
    static final double MIN_COSINE = 0.45;

    /** The universal parts of speech of the words whose sharing makes two claims speak of one thing (names excluded). */
    private static final java.util.Set<String> CONTENT = java.util.Set.of("NOUN", "VERB", "ADJ");

    /**
     * Whether two claims speak of one thing: a common noun, verb or adjective of one is one of the other's, by lemma or as a
     * WordNet synonym among first senses (a shared predicate or argument; a proper name alone is not enough: "China" in two
     * claims can be the subject of two unrelated predicates), or their meaning vectors are at least {@link #MIN_COSINE} alike.
     */
    static boolean oneThing(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if (!Double.isNaN(pair.cosine()) && pair.cosine() >= MIN_COSINE) {
            return true;
        }
        for (int i = 0; i < a.words.size(); i++) {
            String tag = a.wordTags.get(i);
            if (!CONTENT.contains(tag) || ClaimFeatures.LIGHT.contains(a.words.get(i))) {
                continue;
            }
            for (int j = 0; j < b.words.size(); j++) {
                if (tag.equals(b.wordTags.get(j)) && WordSenses.same(a.words.get(i), b.words.get(j), tag)) {
                    return true;
                }
            }
        }
        return false;
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
