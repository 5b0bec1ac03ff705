package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What one account says was done without limitation, the other denies in part (UniversalAgainstDenial). */
class UniversalAgainstDenialTest {

    private static final String ALL = "The union has agreed to all of the board's terms, including the unrestricted acceptance of "
            + "every returned ferry crew at the port";

    private static boolean fires(List<Signal> signals) {
        return signals.stream().anyMatch(s -> s.pattern().startsWith("scope:unrestricted-denied:"));
    }

    @Test
    void aDenialOfWhatTheOtherAccountSaysWasDoneWithoutLimitsIsAConflictBothWays() {
        ClaimFeatures all = claim(1, ALL, "Harbour board");
        ClaimFeatures never = claim(2, "The union leader said he would never accept crews being returned to the port at night", "Union");
        List<Signal> s = between(all, never);
        assertTrue(fires(s), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.explanation().contains("“never … accept” in the other: done without limits")), s.toString());
        assertTrue(fires(between(claim(3, "The union leader said he would never accept crews being returned to the port at night",
                "Union"), claim(4, ALL, "Harbour board"))));
        assertTrue(fires(between(claim(5, "The union accepted the returned ferry crews without any restrictions at the port",
                "Harbour board"), claim(6, "The union leader said it will not accept crews returned to the port by bus", "Union"))));
    }

    @Test
    void noUniversalNoDenialOrAnotherPredicateDeniedIsNone() {
        ClaimFeatures never = claim(2, "The union leader said he would never accept crews being returned to the port at night", "Union");
        // No unrestricted marker: a plain acceptance is not said of everything.
        assertFalse(fires(between(claim(1, "The union has agreed to the board's terms on the acceptance of returned ferry crews at "
                + "the port", "Harbour board"), never)));
        // No denial.
        assertFalse(fires(between(claim(3, ALL, "Harbour board"),
                claim(4, "The union leader said he would accept crews being returned to the port at night", "Union"))));
        // The denied predicate is "allow", which the universal claim does not affirm ("returned" is inside its complement).
        assertFalse(fires(between(claim(5, ALL, "Harbour board"),
                claim(6, "The union leader said he would never allow crews to be returned to the port at night", "Union"))));
        // A negated report denies the report, not the acceptance.
        assertFalse(fires(between(claim(7, ALL, "Harbour board"),
                claim(8, "The union leader did not say that he would accept crews being returned to the port", "Union"))));
    }

    @Test
    void oneSourceOrAnotherEventIsNone() {
        ClaimFeatures never = claim(2, "The union leader said he would never accept crews being returned to the port at night", "Union");
        assertFalse(fires(between(claim(1, ALL, "Union"), never)));
        assertFalse(fires(between(claim(3, ALL, "Harbour board", "another event"), claim(4,
                "The union leader said he would never accept crews being returned to the port at night", "Union", "the same event"))));
    }
}
