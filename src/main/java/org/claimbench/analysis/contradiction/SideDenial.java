package org.claimbench.analysis.contradiction;

import java.util.Locale;
import java.util.Optional;

import org.claimbench.domain.ContradictionKind;

/**
 * One side's denial against another side's assertion of the same thing in other words: "the ministry knows of no meeting
 * between the two mayors" against "the harbour mayor says his colleague promised him the ferry line at their meeting", "our
 * patrols fired no shot all night" against "their patrols kept shooting at the depot until dawn". Two parties to one event
 * tell it in their own words, and the one that denies seldom repeats the other's (so no denied word is affirmed in the other
 * claim, which {@link NegationSignal} needs): what ties the two is their meaning, the cosine of their sentence vectors
 * (all-MiniLM-L6-v2), which stays well above that of unrelated claims of the event even with no word shared.
 *
 * <p>A denial: a claim with a negation cue ({@link ClaimFeatures#negationCue}: a syntactic negator, Huddleston and Pullum 2002,
 * ch. 9, but "without", whose negation is subclausal; or a verb of denial, FactBank's negative source-introducing predicates), not one that negates a report ("made no
 * mention of …", {@link ClaimFeatures#negatesAReport}), not one that denies only for an earlier time ({@link RevisedDenial}) and
 * not inside an open condition; or a claim with an adjective negated by its prefix that takes an "of" complement ("unaware of
 * any talks", "unsure of"; the prefixes of Quirk et al. 1985, App. I.20, the prepositional complement of an adjective,
 * 16.69). An assertion: a claim with neither, and no open condition ({@link ClaimFeatures#openCondition}: "if …" asserts no
 * matrix). The two claims are of two sides of one event known to be the same ({@link #ofOneKnownEvent}), neither the outlet's own words ("Press") nor unassigned: an outlet
 * tells what happened and what each side says, so its claims against a side's denial are mostly the report of that denial's
 * occasion. At least {@value #LIKENESS} alike by their vectors.
 *
 * <p>Of a side's claims of the event, the denial answers the other side's assertion nearest to it in meaning, and an assertion
 * is answered by the other side's nearest denial: only such pairs ({@link SideDenialPairs#answer}), which
 * {@link SideDenialPairs} finds and makes candidates when the candidates are built.
 */
final class SideDenial implements PairSignal {

    /** The least cosine of the two claims' vectors (chosen on development corpus 4: docs/suggestions.md, round 49). */
    static final double LIKENESS = 0.3;
    /**
     * The signal's weight: below every other denial's (a denied word affirmed in the other claim 0.4, two words of a denial's
     * scope 0.3, a denial of what the other affirms with a shared word 0.25), as likeness in meaning is weaker evidence than a
     * word (docs/suggestions.md, round 49: 0.15, 0.2 and 0.25 measured; none met the round's rule).
     */
    static final double WEIGHT = 0.2;

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        return twoSides(a, b) && (ClaimHolds.either(a, b, ClaimHolds.NEGATION) || !a.oppositesByPrefix.isEmpty() || !b.oppositesByPrefix.isEmpty());
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if (!ofOneKnownEvent(a, b) || pair.sameSource() || !twoSides(a, b) || Double.isNaN(pair.cosine()) || pair.cosine() < LIKENESS
                || !SideDenialPairs.answer(a, b)) {
            return Optional.empty();
        }
        String cueA = denial(a);
        String cueB = denial(b);
        if ((cueA == null) == (cueB == null)) {
            return Optional.empty();
        }
        ClaimFeatures denying = cueA != null ? a : b;
        ClaimFeatures asserting = denying == a ? b : a;
        if (!asserts(asserting)) {
            return Optional.empty();
        }
        String cue = cueA != null ? cueA : cueB;
        double cosine = pair.cosine();
        return Optional.of(new Signal("denial", ContradictionKind.POLARITY, WEIGHT,
                () -> "“" + cue + "”: " + denying.facts.sourceLabel() + " denies what " + asserting.facts.sourceLabel()
                        + " asserts of the same event, in other words (meaning alike, cosine " + String.format(Locale.ROOT, "%.2f", cosine) + ").",
                "denial:sides:" + denying.facts.id()));
    }

    /**
     * Whether the two claims are known to be of one event: one article, or their articles' events inferred and the same. A claim
     * of no known event is compared with every event's ({@link Pair#sameEvent}), but a side's denial answers what the other
     * side says of the same event, which a claim of no known event is not known to speak of.
     */
    static boolean ofOneKnownEvent(ClaimFeatures a, ClaimFeatures b) {
        return a.facts.articleId() == b.facts.articleId() || !a.event.isEmpty() && a.event.equals(b.event) && !a.elsewhen && !b.elsewhen;
    }

    /** Whether the two claims are two sides' own: two sources, neither the outlet's nor unassigned. */
    static boolean twoSides(ClaimFeatures a, ClaimFeatures b) {
        return side(a) && side(b) && !a.facts.source().equals(b.facts.source());
    }

    /** Whether the claim is a side's own: its source is neither the outlet's own words nor unassigned. */
    static boolean side(ClaimFeatures f) {
        String s = f.facts.source();
        return !s.equals(org.claimbench.domain.Source.OUTLET) && !s.equals(org.claimbench.analysis.ClaimSuggestion.UNASSIGNED) && !s.isBlank();
    }

    /**
     * The negator that negates a phrase, not the clause: "a truce without conditions" leaves its clause positive (Huddleston and
     * Pullum 2002, ch. 9, 1.3: subclausal negation, which passes none of the tests of a negative clause), so it denies nothing
     * another side asserts. A claim whose first cue it is counts as neither a denial nor an assertion.
     */
    private static final String SUBCLAUSAL = "without";

    /** The cue that makes the claim a denial (above), or null when it is none. */
    static String denial(ClaimFeatures f) {
        if (f.openCondition) {
            return null;
        }
        if (f.negationCue != null) {
            return f.negatesAReport || f.revisedDenial || f.negationCue.equals(SUBCLAUSAL) ? null : f.negationCue;
        }
        return f.oppositesByPrefix.isEmpty() ? null : unknowing(f.reading);
    }

    /** Whether the claim asserts: no negation cue, no adjective negated by its prefix before "of", no open condition. */
    static boolean asserts(ClaimFeatures f) {
        return f.negationCue == null && !f.openCondition && (f.oppositesByPrefix.isEmpty() || unknowing(f.reading) == null);
    }

    /** The first adjective negated by its prefix and followed by "of" ("unaware of"), lower case; null if none. */
    private static String unknowing(ClaimReading r) {
        for (int i = 0; i + 1 < r.size(); i++) {
            String lemma = r.lemma(i).toLowerCase(Locale.ROOT);
            if (r.is(i, "ADJ") && Lexicons.unprefixed(lemma, true) != null && r.lemma(i + 1).toLowerCase(Locale.ROOT).equals("of")) {
                return lemma;
            }
        }
        return null;
    }
}
