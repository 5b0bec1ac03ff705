package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.signalled;
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
}
