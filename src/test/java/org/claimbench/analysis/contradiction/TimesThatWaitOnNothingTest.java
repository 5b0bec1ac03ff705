package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A time that ends a span or places a past event is no condition (see Timing); a clause that waits on something still is. */
class TimesThatWaitOnNothingTest {

    private static final ClaimFeatures FERRIES_NOW = claim(1, "The ferries on the north crossing sail again immediately, the port said", "Port");
    private static final ClaimFeatures PIER_NOW = claim(1, "The north pier reopens to the ferries immediately, the harbour board said", "Harbour board");

    /** Whether the union's claim is set against the other as "now, or only on a condition?". */
    private static boolean waits(ClaimFeatures now, String unionSays) {
        return names(between(now, claim(2, unionSays, "Union"))).contains("timing and condition");
    }

    @Test
    void untilBeforeATimeEndsASpanAndWaitsOnNothing() {
        assertFalse(waits(FERRIES_NOW, "The union kept the ferries on the north crossing idle until 6 pm on Friday"), "a clock time");
        assertFalse(waits(FERRIES_NOW, "The union kept the ferries on the north crossing idle until Monday"), "a weekday");
        assertFalse(waits(FERRIES_NOW, "The union kept the ferries on the north crossing idle until midnight"), "a noun of time");
        assertFalse(waits(FERRIES_NOW, "The union kept the ferries on the north crossing idle until the end of the month"),
                "a noun phrase with no verb: a preposition");
        assertTrue(waits(FERRIES_NOW, "The union keeps the ferries on the north crossing idle until the port pays the arrears"), "a clause");
    }

    @Test
    void whenOpeningAPastClausePlacesAnEventAndWaitsOnNothing() {
        assertFalse(waits(PIER_NOW, "Two dockers were hurt at the north pier when a crane collapsed onto the ferries"), "a past event");
        assertTrue(waits(PIER_NOW, "The north pier reopens to the ferries when the crane is repaired"), "a present passive: a condition");
        assertTrue(waits(PIER_NOW, "The union said the north pier would reopen to the ferries when the crane was repaired"),
                "a condition shifted into the past by reported speech");
    }

    private static String condition(String text) {
        return Timing.condition(text, ClaimReading.read(text));
    }

    @Test
    void theFirstConditionThatOpensAClauseIsTheOneNamed() {
        assertEquals("if", condition("The ferries stay idle until 6 pm, and longer if the port does not pay"));
        assertNull(condition("The ferries stayed idle until noon and the crew left when the tide turned"));
        assertEquals("when", condition("The ferries sail when the tide turns"));
        assertEquals("when", condition("The ferries sail when a hundred cars are aboard"), "\"hundred\" is no verb's past");
    }
}
