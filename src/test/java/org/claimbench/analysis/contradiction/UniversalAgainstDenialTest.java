package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What one account says was done without limitation, the other denies in part (UniversalAgainstDenial). */
class UniversalAgainstDenialTest {

    private static final String ALL = "From May the council will admit delivery vans to the old town without restrictions";
    private static final String NOT = "Shopkeepers say the council will not admit vans to the old town on market days";

    private static boolean fires(List<Signal> signals) {
        return signals.stream().anyMatch(s -> s.pattern().startsWith("scope:unrestricted-denied:"));
    }

    @Test
    void aDenialOfWhatTheOtherAccountSaysWasDoneWithoutLimitsIsAConflictBothWays() {
        List<Signal> s = between(claim(1, ALL, "Council"), claim(2, NOT, "Shopkeepers"));
        assertTrue(fires(s), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.explanation().equals("“without restrictions” in one claim, “not … admit” in the other: "
                + "done without limits in one account, refused in part in the other.")), s.toString());
        assertTrue(fires(between(claim(3, NOT, "Shopkeepers"), claim(4, ALL, "Council"))));
        // The universal claim may name the act by a noun of its root ("acceptance" / "accept").
        assertTrue(fires(between(claim(5, "The festival board announced the unrestricted acceptance of street musicians in the square",
                "Festival board"), claim(6, "The police said they will not accept musicians in the square after ten", "Police"))));
    }

    @Test
    void noUniversalNoDenialOrAnotherPredicateDeniedIsNone() {
        // No unrestricted marker: a plain statement is not said of everything.
        assertFalse(fires(between(claim(1, "From May the council will admit delivery vans to the old town", "Council"),
                claim(2, NOT, "Shopkeepers"))));
        // No denial.
        assertFalse(fires(between(claim(3, ALL, "Council"),
                claim(4, "Shopkeepers say the council will admit vans to the old town on market days", "Shopkeepers"))));
        // The denied predicate is "let", which the universal claim does not affirm ("admit" is not in the negation's reach first).
        assertFalse(fires(between(claim(5, ALL, "Council"),
                claim(6, "Shopkeepers say the council will not let vans be admitted to the old town on market days", "Shopkeepers"))));
        // A negated report denies the report, not the admission.
        assertFalse(fires(between(claim(7, ALL, "Council"),
                claim(8, "Shopkeepers did not say that the council would admit vans to the old town", "Shopkeepers"))));
    }

    @Test
    void oneSourceOrAnotherEventIsNone() {
        assertFalse(fires(between(claim(1, ALL, "Shopkeepers"), claim(2, NOT, "Shopkeepers"))));
        assertFalse(fires(between(claim(3, ALL, "Council", "another event"), claim(4, NOT, "Shopkeepers", "the same event"))));
    }
}
