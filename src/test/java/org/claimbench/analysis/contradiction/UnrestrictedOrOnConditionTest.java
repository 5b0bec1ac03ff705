package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** A thing done without limitation in one account, only on a condition in the other (round 17 of issue 11). */
class UnrestrictedOrOnConditionTest {

    private static String explained(List<Signal> signals) {
        return signals.stream().map(Signal::explanation).collect(Collectors.joining(" | "));
    }

    @Test
    void withoutLimitationAgainstOnlyAsALastResortOnTheSameThing() {
        assertTrue(explained(between(claim(1, "The port agreed to take the cargo ships of the fleet without limitation", "Ministry"),
                claim(2, "The harbour master said the cargo ships would only be admitted as a last resort", "Harbour")))
                .contains("without limits, or only on a condition"));
        assertTrue(explained(between(claim(3, "Inspectors will only visit the reactors if the board agrees", "Agency"),
                claim(4, "The deal gives inspectors unrestricted access to the reactors", "Government")))
                .contains("without limits, or only on a condition"), "either order; 'only if'");
        assertTrue(explained(between(claim(5, "The port accepted all of the ministry's demands, including the cargo ships of the fleet", "Ministry"),
                claim(6, "The harbour master said the cargo ships would only be admitted as a last resort", "Harbour")))
                .contains("without limits, or only on a condition"), "what 'including' adds to 'all' is under it");
    }

    @Test
    void oneSourceNothingSharedOrNoConditionIsNoSuchConflict() {
        assertFalse(explained(between(claim(1, "The port agreed to take the cargo ships without limitation", "Ministry"),
                claim(2, "The ministry said the cargo ships would only be admitted as a last resort", "Ministry")))
                .contains("without limits"), "one source's two accounts");
        assertFalse(explained(between(claim(3, "The port agreed to take the cargo ships without limitation", "Ministry"),
                claim(4, "Fishing boats would only be admitted as a last resort", "Harbour")))
                .contains("without limits"), "nothing in common");
        assertFalse(explained(between(claim(5, "The port agreed to take the cargo ships without limitation", "Ministry"),
                claim(6, "Only the cargo ships of the fleet were admitted on Monday", "Harbour")))
                .contains("without limits"), "'only' with no condition");
        assertFalse(explained(between(claim(7, "The port accepted some of the demands, including the cargo ships of the fleet", "Ministry"),
                claim(8, "The harbour master said the cargo ships would only be admitted as a last resort", "Harbour")))
                .contains("without limits"), "'including' after no universal");
    }
}
