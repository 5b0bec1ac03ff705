package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Round 44: a negation denies its verb with the verb's complement, whichever way the complement is realized: PropBank's
 * agree.01 has one Arg1, the thing agreed, given as a direct object, a prepositional object ("agree on", "agree to"), a
 * to-infinitive ("agreed to keep talking"), or as a passive's subject ("no date was agreed upon"). The same verb of another
 * complement is not what the denial denies; the same complement, a synonym or a kind of it, still is.
 */
class DeniedOfAnotherComplementTest {

    /** Whether the pair (an affirming claim, then a denying one, of two sources) gives a denial of the verb, or any denial with null. */
    private static boolean denied(String affirming, String denying, String verb) {
        List<Signal> signals = between(claim(1, affirming, "Press"), claim(2, denying, "Ferry union"));
        return signals.stream().anyMatch(s -> s.name().equals("denial") && (verb == null || s.pattern().startsWith("denial:" + verb)));
    }

    @Test
    void theSameVerbOfAnotherComplementIsNoDenial() {
        // A passive's subject against a to-infinitive.
        assertFalse(denied("The ferry union and the harbour board agreed to keep talking about the winter timetable",
                "A firm date for the next strike vote has not been agreed upon by the ferry union and the harbour board", "agree"));
        // A prepositional object against a to-infinitive.
        assertFalse(denied("The ferry union and the harbour board agreed to extend the winter timetable",
                "The ferry union and the harbour board did not agree on a date for the strike vote", "agree"));
        // Two prepositional objects of "talk about".
        assertFalse(denied("The ferry union talked about the winter timetable with the harbour board",
                "The ferry union never talked about the strike fund with the harbour board", "talk"));
    }

    @Test
    void theSameVerbOfTheSameComplementIsOne() {
        assertTrue(denied("The ferry union and the harbour board agreed on a date for the strike vote",
                "A date for the strike vote has not been agreed upon by the ferry union and the harbour board", "agree"));
        assertTrue(denied("The ferry union and the harbour board agreed to extend the winter timetable",
                "The ferry union and the harbour board did not agree to extend the winter timetable", "agree"));
        // A coordinated complement is the verb's too: the second of two things agreed is denied.
        assertTrue(denied("The ferry union and the harbour board agreed to a pay rise and to start talks on the timetable",
                "The harbour board said no talks on the timetable had been agreed with the ferry union", null));
    }
}
