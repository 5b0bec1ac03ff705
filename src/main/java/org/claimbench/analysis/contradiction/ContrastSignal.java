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
        // One account's own contrast presents both of its halves as true: a concessive or contrastive clause is asserted along
        // with the clause it is set against (Quirk et al. 1985, 15.38 and 13.13; PDTB 2.0 annotates Concession and Contrast between
        // two arguments that both hold, Prasad et al. 2008), so one source's two claims it joins are that source's two assertions,
        // not two accounts in conflict; kept at a low weight, since a writer may still set two reports against each other.
        if (!pair.twoAccounts(a)) {
            return Optional.of(new Signal(NAME, ContradictionKind.FRAMING, ONE_ACCOUNT_WEIGHT,
                    () -> "The article sets the second against the first: “" + connective + "” right after it (weakly: both claims are one"
                            + " account's, which holds both)."));
        }
        // A contradiction is two accounts of one matter that cannot both hold: two sides set against each other by the writer's
        // connective while they speak of different things (no common predicate or argument, not alike in meaning) are the
        // writer's transition from one matter to the next (PDTB 2.0's Contrast relates any two differing propositions).
        if (!oneThing(a, b, pair)) {
            return Optional.of(new Signal(NAME, ContradictionKind.FRAMING, ONE_ACCOUNT_WEIGHT,
                    () -> "The article sets the second against the first: “" + connective + "” right after it (weakly: the two claims"
                            + " share no word or sense and are not alike in meaning)."));
        }
        return Optional.of(new Signal(NAME, ContradictionKind.FRAMING, WEIGHT,
                () -> "The article sets the second against the first: “" + connective + "” right after it."));
    }

    /**
     * The cosine of two claims' meaning vectors (all-MiniLM-L6-v2) from which they speak of one thing without a word in common:
     * chosen on development corpora 1, 2, 4 and 5 in round 56 (docs/suggestions.md): the two gold "set against" pairs with no
     * other signal read 0.48 and 0.59, the non-gold pairs between two sides with no shared word 0.43 and below.
     */
    static final double MIN_COSINE = 0.45;

    /** The universal parts of speech of the words whose sharing makes two claims speak of one thing (names excluded). */
    private static final Set<String> CONTENT = Set.of("NOUN", "VERB", "ADJ");

    /**
     * Whether two claims speak of one thing: a common noun, verb or adjective of one (not a light verb) is one of the other's, by
     * lemma or as a WordNet synonym among first senses ({@link WordSenses#same}; a proper name alone is not enough: one country
     * can be the subject of two unrelated predicates), or their meaning vectors are at least {@link #MIN_COSINE} alike.
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

    /** The signal's weight between two accounts. */
    static final double WEIGHT = 0.45;
    /**
     * Its weight between two claims of one account (one source in one article, {@link Pair#twoAccounts}): the connective is that
     * account's own concession or contrast. A fifth of the full weight: below every pair of two accounts the signal alone ranks.
     */
    static final double ONE_ACCOUNT_WEIGHT = 0.09;

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
