package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimbench.analysis.meaning.MeaningVector;
import org.junit.jupiter.api.Test;

/**
 * A matter one account calls unresolved or uncertain against another account that states it plainly: FactBank's Uu against
 * CT+ (round 59). Sentences written for the test.
 */
class UndecidedAgainstSettledTest {

    @Test
    void anActCalledUnresolvedMeetsItsVerbStatedByAnotherSide() {
        List<Signal> s = between("The withdrawal of the Veldaran guards from the ridge remains unresolved",
                "The accord obliges Veldara to withdraw its guards from the ridge within sixty days", "Ostmark");
        Signal u = undecided(s);
        assertTrue(u != null, s.toString());
        assertTrue(u.explanation().contains("undecided in one account, settled in the other"), u.explanation());
    }

    @Test
    void uncertainWhetherMeetsAPlainStatementOfTheSameAct() {
        List<Signal> s = between("It is uncertain whether the Veldaran guards will withdraw from the ridge",
                "The Veldaran guards withdrew from the ridge on Tuesday, a spokeswoman in Ostmark said", "Ostmark");
        assertTrue(undecided(s) != null, s.toString());
    }

    @Test
    void anUncertaintyAboutAnotherThingMeetsNothing() {
        List<Signal> s = between("The funding of the border commission remains unresolved",
                "The accord obliges Veldara to withdraw its guards from the ridge within sixty days", "Ostmark");
        assertTrue(undecided(s) == null, s.toString());
    }

    @Test
    void aDenialOrTheSameSideSettlesNothing() {
        String uncertain = "It is uncertain whether the Veldaran guards will withdraw from the ridge";
        assertTrue(undecided(between(uncertain, "The Veldaran guards did not withdraw from the ridge on Tuesday", "Ostmark")) == null,
                "the other side denies the act");
        assertTrue(undecided(between(uncertain, "The Veldaran guards withdrew from the ridge on Tuesday", "Veldara")) == null,
                "one side's own account");
        assertFalse(undecided(between(uncertain, "The Veldaran guards withdrew from the ridge on Tuesday", "Ostmark")) == null,
                "another side's account");
    }

    private static Signal undecided(List<Signal> signals) {
        return signals.stream().filter(x -> x.name().equals(UndecidedAgainstSettled.NAME)).findFirst().orElse(null);
    }

    /** The signals between Veldara's claim and another claim of the same event from the given source, their vectors 0.65 alike. */
    private static List<Signal> between(String first, String other, String otherSource) {
        ClaimFeatures a = claim(1, 10, first, "Veldara", 1);
        ClaimFeatures b = claim(2, 20, other, otherSource, 0.65);
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
