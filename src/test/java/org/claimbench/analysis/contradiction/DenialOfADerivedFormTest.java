package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimbench.analysis.meaning.MeaningVector;
import org.junit.jupiter.api.Test;

/**
 * A denial that names the act by its noun against an account that names it by its verb ("a withdrawal … is nowhere in the
 * document" / "obliges Veldara to withdraw"): the two share the act as much as if both wrote "withdraw" (round 58).
 */
class DenialOfADerivedFormTest {

    private static final String DENIAL = "Any withdrawal of the Veldaran guards is nowhere in the document";

    @Test
    void aNounDeniedMeetsItsVerbAffirmedByAnotherSide() {
        List<Signal> s = between(DENIAL, "The accord obliges Veldara to withdraw its guards within sixty days");
        assertEquals(List.of("denial"), s.stream().map(Signal::name).toList(), s.toString());
        assertTrue(s.get(0).explanation().contains("withdrawal"), s.get(0).explanation());
    }

    @Test
    void aDerivedFormOnlySupposedOrAbsentMeetsNothing() {
        assertTrue(between(DENIAL, "If Veldara decides to withdraw its guards, the accord will hold for sixty days").isEmpty(),
                "the verb only supposed");
        assertTrue(between(DENIAL, "The accord obliges Veldara to station its guards within sixty days").isEmpty(), "another verb");
    }

    /** The signals between the denial (Veldara's) and another side's claim of the same event, their vectors 0.65 alike. */
    private static List<Signal> between(String denial, String other) {
        ClaimFeatures a = claim(1, 10, denial, "Veldara", 1);
        ClaimFeatures b = claim(2, 20, other, "Ostmark", 0.65);
        Pair p = ContradictionSignals.pair(a, b);
        return p == null ? List.of() : ContradictionSignals.between(a, b, p);
    }

    private static ClaimFeatures claim(long id, long article, String text, String source, double cosine) {
        float[] v = new float[MeaningVector.DIMENSIONS];
        v[0] = (float) cosine;
        v[1] = (float) Math.sqrt(1 - cosine * cosine);
        ClaimFacts facts = new ClaimFacts(id, article, text, source, "the same event").withReading(ClaimReading.read(text), MeaningVector.of(v));
        return new ClaimFeatures(facts, new QuantityReader());
    }
}
