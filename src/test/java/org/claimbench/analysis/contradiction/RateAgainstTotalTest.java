package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.signalled;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Round 76: one sum told as a yearly rate in one account and as a total reached by a year in the other. */
class RateAgainstTotalTest {

    private static final String NAME = "rate against total";
    private static final String RATE = "The new bridge will lift the county's economy by £3 billion a year";

    @Test
    void aSumEveryYearAgainstTheSameSumByAYearIsARateAgainstATotal() {
        String why = between(claim(1, RATE, "Press"),
                claim(2, "Ministers say the new bridge will lift the county's economy by £3 billion by 2036.", "Ministry")).stream()
                .filter(x -> x.name().equals(NAME)).findFirst().orElseThrow().explanation();
        assertTrue(why.contains("a year") && why.contains("by 2036"), why);
        assertTrue(signalled(NAME, "the tunnel saves hauliers an estimated $40 million annually",
                "the tunnel saves hauliers $40 million over the next ten years"));
    }

    @Test
    void theSameSumWithoutAHorizonOrAsARateInBothIsNoConflict() {
        assertFalse(signalled(NAME, RATE, "Ministers say the new bridge will add £3 billion to the county's economy"));
        assertFalse(signalled(NAME, RATE, "Ministers say the bridge will lift the county's economy by £3 billion a year by 2036"),
                "a yearly rate reached by a year is still a rate");
        assertFalse(signalled(NAME, RATE, "Ministers say the new bridge will lift the county's economy by £5 billion by 2036."),
                "different sums are QuantitySignal's");
    }

    @Test
    void aRateIsReadOnlyRightAfterTheSum() {
        assertFalse(signalled(NAME, "The county paid £3 billion for the bridge, a year after the vote",
                "The county paid £3 billion for the bridge by 2036"));
    }

    /** review65a 1: "by 2040" after a boost to the economy most often names the year a yearly level is reached. */
    @Test
    void aBoostByAYearIsAskedAboutAndOnlySpendingByAYearIsCalledATotal() {
        String asked = explanation(claim(1, "The port deal will boost the economy by £7 billion a year", "Press"),
                claim(2, "The port deal will add £7 billion to the economy by 2038", "Ministry"));
        assertTrue(asked.contains("a rate, or a total") && !asked.contains("in all"), asked);
        String told = explanation(claim(1, "The council will spend £3 million a year on the harbour walls", "Press"),
                claim(2, "On the harbour walls the council will spend £3 million by 2030", "Council"));
        assertTrue(told.contains("the same sum in all"), told);
        String outright = explanation(claim(1, "The council will spend £3 million a year on the harbour walls", "Press"),
                claim(2, "On the harbour walls the council will spend £3 million in total.", "Council"));
        assertTrue(outright.contains("the same sum in all"), outright);
    }

    /** review65a 6: "in all" must end its phrase, and an open bound is no figure to match. */
    @Test
    void inAllBeforeANounOrAnOpenBoundIsNoTotalOfTheSameSum() {
        assertFalse(signalled(NAME, "The council will spend £2 million a year on the village schools",
                "The council will spend £2 million in all 40 village schools"));
        assertFalse(signalled(NAME, "The harbour plan will lift the county's economy by £5 billion a year",
                "The harbour plan will lift the county's economy by up to £9 billion in total."));
        assertTrue(signalled(NAME, "The harbour plan will lift the county's economy by about £5 billion a year",
                "The harbour plan will lift the county's economy by £5 billion in total."), "an approximator keeps its figure");
    }

    /** review65a 7: one article that gives a sum both ways explains its own figure; the same two texts in two articles conflict. */
    @Test
    void oneArticleThatGivesTheSumBothWaysIsNoConflict() {
        String rate = "The council will spend £3 million a year on the harbour walls";
        String total = "On the harbour walls the council will spend £3 million in total.";
        QuantityReader reader = new QuantityReader();
        ClaimFeatures a = new ClaimFeatures(new ClaimFacts(1, 7, rate, "Council", "the same event"), reader);
        assertFalse(names(between(a, new ClaimFeatures(new ClaimFacts(2, 7, total, "Press", "the same event"), reader))).contains(NAME));
        assertTrue(names(between(a, new ClaimFeatures(new ClaimFacts(2, 8, total, "Press", "the same event"), reader))).contains(NAME));
    }

    /** review65a 10: a figure in words is read as the sum, not the year after it. */
    @Test
    void aSumInWordsIsReadAsARate() {
        assertTrue(signalled(NAME, "The council will spend nine million pounds a year on the harbour walls",
                "On the harbour walls the council will spend £9 million in total."));
    }

    /** review65a 13: the signal's bit in the mask of those that may fire reaches it. */
    @Test
    void theMaskOfSignalsThatMayFireReachesTheSignal() {
        ClaimFeatures a = claim(1, "The council will spend £3 million a year on the harbour walls", "Press");
        ClaimFeatures b = claim(2, "On the harbour walls the council will spend £3 million in total.", "Council");
        Pair pair = ContradictionSignals.pair(a, b);
        assertTrue(names(ContradictionSignals.between(a, b, pair, ContradictionSignals.signalsThatMayFire(a, b))).contains(NAME));
    }

    private static String explanation(ClaimFeatures a, ClaimFeatures b) {
        return between(a, b).stream().filter(x -> x.name().equals(NAME)).findFirst().orElseThrow().explanation();
    }
}
