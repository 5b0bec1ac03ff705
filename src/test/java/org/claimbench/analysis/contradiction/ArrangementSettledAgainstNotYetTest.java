package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.signalled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * One scheme or programme told settled by one account ("have agreed", "unveiled") and not yet settled by the other ("has yet
 * to be reached", "remains unresolved"): round 79 of issue 11. Sentences of our own.
 */
class ArrangementSettledAgainstNotYetTest {

    private static final String STATUS = "arrangement status";

    private static final String FERRY_AGREED = "The mayor has agreed the city will join a river ferry scheme with its neighbours";
    private static final String HIRE_UNVEILED = "The two councils have unveiled a new cycle hire scheme for the river towns";

    /** Rows of first claim, second claim, whether the two tell one arrangement settled and not yet, and why. */
    private static final Object[][] PAIRS = {
        {FERRY_AGREED, "Agreement on the long-awaited river ferry scheme for commuters has yet to be reached", true, "agreed, not yet"},
        {HIRE_UNVEILED, "One question that remains unresolved is the framework for a shared cycle hire scheme", true, "presented, open"},
        {"The ministers launched the apprentice exchange programme between the two ports",
            "The apprentice exchange programme between the two ports is still being worked out", true, "launched, being worked out"},
        {"The two ports have signed up to the apprentice exchange programme for dockers",
            "Disagreements persist over the apprentice exchange programme for dockers, officials said", true, "signed up, disputed"},
        {FERRY_AGREED, "Agreement on the cycle hire scheme for commuters has yet to be reached", false, "two schemes"},
        {HIRE_UNVEILED, "The two councils launched the cycle hire scheme for the river towns on time", false, "both settled"},
        {"Agreement on the cycle hire scheme for the river towns has yet to be reached",
            "The cycle hire scheme for the river towns remains unresolved, the councils said", false, "both not yet"},
        // Agreeing to join a scheme and its form still open are two events, both of which may hold.
        {FERRY_AGREED, "One question that remains unresolved is the framework for a shared river ferry scheme", false, "agreed, form open"},
        {HIRE_UNVEILED, "Agreement on the cycle hire scheme for the river towns has yet to be reached", false, "presented, agreement open"},
    };

    @Test
    void oneSchemeSettledAgainstTheSameEventOfItNotYetAndNothingElse() {
        for (Object[] row : PAIRS) {
            assertEquals(row[2], signalled(STATUS, (String) row[0], (String) row[1]), (String) row[3]);
        }
    }

    @Test
    void aSettlingVerbDeniedToComeOrOfTalkingSettlesNothing() {
        assertNull(ArrangementStatusSignal.told("The councils have not agreed a cycle hire scheme"));
        assertNull(ArrangementStatusSignal.told("The councils are expected to be agreed on a cycle hire scheme"));
        assertNull(ArrangementStatusSignal.told("The councils agreed to discuss a cycle hire scheme next spring"));
        assertNull(ArrangementStatusSignal.told("The councils have agreed a new scheme"), "no modifier names the scheme");
        assertFalse(signalled(STATUS, "The councils agreed to discuss a cycle hire scheme for the river towns",
                "Agreement on the cycle hire scheme for the river towns has yet to be reached"));
    }

    @Test
    void theStatusIsReadWithItsWordsAndTheSchemesName() {
        ArrangementStatusSignal.Told settled = ArrangementStatusSignal.told("The councils have unveiled a new cycle hire scheme");
        assertTrue(settled.settled());
        assertFalse(settled.agreeing());
        assertEquals("unveiled", settled.words());
        assertEquals(java.util.Set.of("cycle", "hire"), settled.names());
        ArrangementStatusSignal.Told open = ArrangementStatusSignal.told("Agreement on the cycle hire scheme has yet to be reached");
        assertFalse(open.settled());
        assertTrue(open.agreeing());
        assertEquals("yet to be reached", open.words());
    }

    @Test
    void oneSourceOrTwoEventsAreLeftOut() {
        ClaimFeatures a = SignalFixture.claim(1, "The councils have unveiled a new cycle hire scheme for the river towns", "Council");
        ClaimFeatures b = SignalFixture.claim(2, "The cycle hire scheme for the river towns remains unresolved", "Council");
        assertFalse(SignalFixture.names(SignalFixture.between(a, b)).contains(STATUS), "one source");
        ClaimFeatures c = SignalFixture.claim(3, "The cycle hire scheme for the river towns remains unresolved", "Press", "another event");
        assertFalse(SignalFixture.names(SignalFixture.between(a, c)).contains(STATUS), "two events");
    }
}
