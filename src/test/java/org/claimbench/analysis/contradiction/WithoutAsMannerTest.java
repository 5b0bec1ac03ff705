package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * "without delay", "without preconditions": "without" and a noun of time or of condition is an adjunct of manner of the
 * clause (Quirk et al. 1985, 9.54 on "without" and 8.79 on manner adjuncts), not a negation of its predicate; "without an
 * agreement" still denies. Sentences of our own.
 */
class WithoutAsMannerTest {

    private static final String RESUMED = "The ferry company said it resumed the island crossings";

    @Test
    void withoutANounOfTimeOrConditionIsNoNegationCue() {
        assertNull(claim(1, "The ferry company resumed the island crossings without delay", "Ferry company").negationCue);
        assertNull(claim(2, "The council will meet the fishermen without preconditions", "Council").negationCue);
        assertNull(claim(3, "The council will meet the fishermen without any preconditions", "Council").negationCue);
        assertEquals("without", claim(4, "The talks on the island crossings ended without an agreement", "Ferry company").negationCue);
        assertEquals("without", claim(5, "The ferry company resumed the crossings without the harbour master's consent", "Union").negationCue);
    }

    @Test
    void aMannerAdjunctDeniesNothingTheOtherAccountAffirms() {
        List<Signal> plain = between(claim(1, RESUMED, "Ferry company"),
                claim(2, "The ferry company has not resumed the island crossings", "Union"));
        assertTrue(names(plain).contains("denial"), plain.toString());
        List<Signal> manner = between(claim(1, RESUMED, "Ferry company"),
                claim(2, "The union says the ferry company resumed the island crossings without delay", "Union"));
        assertFalse(names(manner).contains("denial"), manner.toString());
        // Nothing affirmed before "without" to keep the two apart: the adjunct alone once read as a denial of the rest.
        List<Signal> adjunctOnly = between(claim(1, "The island crossings of the ferry company were back on Monday", "Ferry company"),
                claim(2, "Island crossings of the ferry company will restart without delay", "Union"));
        assertFalse(names(adjunctOnly).contains("denial"), adjunctOnly.toString());
        List<Signal> denied = between(claim(1, "The island crossings of the ferry company were back on Monday", "Ferry company"),
                claim(2, "Island crossings of the ferry company will restart without the harbour master's consent", "Union"));
        assertTrue(names(denied).contains("denial"), denied.toString());
    }
}
