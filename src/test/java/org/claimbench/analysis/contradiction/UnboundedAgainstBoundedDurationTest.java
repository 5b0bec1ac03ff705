package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A state given no end in time by one account and a stated length by the other (UnboundedAgainstBoundedDuration). */
class UnboundedAgainstBoundedDurationTest {

    private static final String TWO_YEARS = "A spokeswoman for Dravia said the fishing licence granted to Kessmark runs for only two years.";

    private static boolean fires(List<Signal> signals) {
        return signals.stream().anyMatch(s -> s.pattern().equals("duration:unbounded-bounded"));
    }

    @Test
    void aLicenceWithoutEndAgainstOneOfTwoYearsIsAConflictBothWays() {
        String permanent = "Kessmark's minister said the fishing licence from Dravia was permanent.";
        List<Signal> s = between(claim(1, permanent, "Kessmark"), claim(2, TWO_YEARS, "Dravia"));
        assertTrue(fires(s), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.explanation().equals("“permanent” in one account, “two years” in the other: one gives no "
                + "end in time, the other a length.")), s.toString());
        assertTrue(fires(between(claim(3, TWO_YEARS, "Dravia"), claim(4, permanent, "Kessmark"))));
        // "indefinite", an adjective before the noun; the noun against its verb ("exemption" / "exempted").
        assertTrue(fires(between(claim(5, "Kessmark says it has secured an indefinite exemption from Dravian catch rules.", "Kessmark"),
                claim(6, "Dravia exempted Kessmark's boats from its catch rules for a two-year period.", "Dravia"))));
        // "for as long as" after a verb of remaining in force, quoted.
        assertTrue(fires(between(claim(7, "The minister said the licence stays valid “for as long as the current board sits.”", "Kessmark"),
                claim(8, "The licence is a one-year arrangement, the Dravian agency said.", "Dravia"))));
    }

    @Test
    void aDeniedBoundTwoLengthsADistanceInTimeOrOneAccountIsNone() {
        // The bound is denied: "not permanent" agrees with a length.
        assertFalse(fires(between(claim(1, "Kessmark's minister said the fishing licence from Dravia was not permanent.", "Kessmark"),
                claim(2, TWO_YEARS, "Dravia"))));
        // Both give lengths: a figure against a figure is the quantity signal's, not this one's.
        assertFalse(fires(between(claim(3, "Kessmark's minister said the fishing licence from Dravia runs for five years.", "Kessmark"),
                claim(4, TWO_YEARS, "Dravia"))));
        // "two years after": a distance from another time, not the licence's length.
        assertFalse(fires(between(claim(5, "Kessmark's minister said the fishing licence from Dravia was permanent.", "Kessmark"),
                claim(6, "Dravia issued the fishing licence two years after the first talks with Kessmark.", "Dravia"))));
        // "as long as" in a comparison is no duration of a state.
        assertFalse(fires(between(claim(7, "The talks on the fishing licence took twice as long as planned, Kessmark said.", "Kessmark"),
                claim(8, TWO_YEARS, "Dravia"))));
        // Only asked: an interrogative clause asserts no permanent licence.
        assertFalse(fires(between(claim(11, "It is unclear whether Kessmark will ever get a permanent fishing licence.", "Kessmark"),
                claim(12, TWO_YEARS, "Dravia"))));
        // "Unlimited" said of another thing, in another sentence of the claim: the licence is not what has no end.
        assertFalse(fires(between(claim(13, "Kessmark wants a fishing licence from Dravia. Its market for grain is unlimited, the minister said.",
                "Kessmark"), claim(14, TWO_YEARS, "Dravia"))));
        // One source's own two claims are one account.
        assertFalse(fires(between(claim(9, "The fishing licence from Dravia is permanent.", "Dravia"), claim(10, TWO_YEARS, "Dravia"))));
    }
    @Test
    void anAdjectiveOfATitleOrOfAnotherThingGivesTheOtherAccountsThingNoEnd() {
        // "permanent member", "permanent secretary", "permanent residents": the adjective stands before its own noun, which is
        // not the licence the other account gives a length.
        for (String title : List.of("Kessmark, a permanent member of the fishing council, said the licence talks with Dravia had collapsed.",
                "The permanent secretary of the Kessmark fisheries ministry signed the licence on Monday.",
                "Permanent residents of Kessmark will need a fishing licence from Dravia, the minister said.")) {
            assertFalse(fires(between(claim(1, title, "Kessmark"), claim(2, TWO_YEARS, "Dravia"))), title);
        }
        // Before the shared noun itself, or after one more modifier, it still gives that thing no end.
        assertTrue(fires(between(claim(3, "Kessmark's minister said Dravia had granted a permanent new licence to its fleet.", "Kessmark"),
                claim(4, TWO_YEARS, "Dravia"))));
    }

    @Test
    void anIfOfAnEarlierSentenceDoesNotQuestionTheMarker() {
        assertTrue(fires(between(claim(1, "Kessmark asked whether talks would resume. Its fishing licence from Dravia is permanent, the minister said.",
                "Kessmark"), claim(2, TWO_YEARS, "Dravia"))));
    }
}
