package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Round 76: one sum told as a yearly rate in one account and as a total reached by a year in the other. */
class RateAgainstTotalTest {

    @Test
    void aSumEveryYearAgainstTheSameSumByAYearIsARateAgainstATotal() {
        List<Signal> s = between(claim(1, "The new bridge will lift the county's economy by £3 billion a year", "Press"),
                claim(2, "Ministers say the new bridge will lift the county's economy by £3 billion by 2036.", "Ministry"));
        assertTrue(names(s).contains("rate against total"), names(s).toString());
        String why = s.stream().filter(x -> x.name().equals("rate against total")).findFirst().orElseThrow().explanation();
        assertTrue(why.contains("a year") && why.contains("by 2036"), why);
        assertTrue(names(between(claim(1, "the tunnel saves hauliers an estimated $40 million annually", "Press"),
                claim(2, "the tunnel saves hauliers $40 million over the next ten years", "Hauliers' union"))).contains("rate against total"));
    }

    @Test
    void theSameSumWithoutAHorizonOrAsARateInBothIsNoConflict() {
        assertFalse(names(between(claim(1, "The new bridge will lift the county's economy by £3 billion a year", "Press"),
                claim(2, "Ministers say the new bridge will add £3 billion to the county's economy", "Ministry"))).contains("rate against total"));
        assertFalse(names(between(claim(1, "The new bridge will lift the county's economy by £3 billion a year", "Press"),
                claim(2, "Ministers say the bridge will lift the county's economy by £3 billion a year by 2036", "Ministry")))
                .contains("rate against total"), "a yearly rate reached by a year is still a rate");
        assertFalse(names(between(claim(1, "The new bridge will lift the county's economy by £3 billion a year", "Press"),
                claim(2, "Ministers say the new bridge will lift the county's economy by £5 billion by 2036.", "Ministry")))
                .contains("rate against total"), "different sums are QuantitySignal's");
    }

    @Test
    void aRateIsReadOnlyRightAfterTheSum() {
        assertEquals(List.of(), names(between(claim(1, "The county paid £3 billion for the bridge, a year after the vote", "Press"),
                claim(2, "The county paid £3 billion for the bridge by 2036", "Council"))).stream()
                .filter("rate against total"::equals).toList());
    }
}
