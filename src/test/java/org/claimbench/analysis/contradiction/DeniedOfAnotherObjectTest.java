package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Round 37: a negation denies its verb with the verb's object; the same verb with another object in the other claim is
 * not what it denies ("will never accept the night shifts" / "accepted the pay terms"). Objects that are one noun, synonyms
 * or one a kind of the other still meet.
 */
class DeniedOfAnotherObjectTest {

    /** Whether the pair (an affirming claim, then a denying one, of two sources) gives a denial of the verb, or any denial with null. */
    private static boolean denied(String affirming, String denying, String verb) {
        List<Signal> signals = between(claim(1, affirming, "Press"), claim(2, denying, "Harbour board"));
        return signals.stream().anyMatch(s -> s.name().equals("denial") && (verb == null || s.pattern().startsWith("denial:" + verb)));
    }

    @Test
    void theSameVerbOfAnotherThingIsNoDenial() {
        assertFalse(denied("The dockers' union has accepted the new pay terms of the harbour board",
                "The union leader said the dockers would never accept night shifts", "accept"));
        assertFalse(denied("The harbour board approved the repair budget for the western quay",
                "The harbour board has not approved the fuel contract for the western quay", "approve"));
    }

    @Test
    void theSameVerbOfTheSameThingOrAKindOfItIsOne() {
        assertTrue(denied("The dockers' union has accepted the new pay terms of the harbour board",
                "The union leader said the dockers would never accept the new pay terms of the harbour board", "accept"));
        // A ferry is a kind of boat: the boats not inspected include the ferries inspected.
        assertTrue(denied("The harbour inspectors inspected the ferries at the western quay on Monday",
                "The harbour inspectors did not inspect any boats at the western quay on Monday", null));
        // What a head of quantity counts is the thing meant: a volley of flares fired, flares not fired.
        assertTrue(denied("The coastguard fired a volley of flares over the western quay on Monday",
                "The coastguard denied firing any flares over the western quay on Monday", "fire"));
        // No object on one side: the verb alone is compared, as before.
        assertTrue(denied("The harbour board has approved the dredging budget for the western quay",
                "The dredging budget for the western quay was not approved by the harbour board", null));
    }
}
