package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * One account says a party gave in, the other that the party was not pressed or frightened (round 23 of issue 11; WordNet's
 * synsets of giving in and of pressing). Sentences of our own.
 */
class GivingInAgainstPressureDeniedTest {

    private static final String NOT_INTIMIDATED = "The harbour board said the dockers' threats did not intimidate the board";

    private static boolean givingIn(ClaimFeatures a, ClaimFeatures b) {
        return between(a, b).stream().anyMatch(s -> s.name().equals("giving in"));
    }

    private static String reasons(ClaimFeatures a, ClaimFeatures b) {
        return between(a, b).stream().map(s -> s.reason().get()).toList().toString();
    }

    @Test
    void aReversalAgainstTheSamePartysDenialOfBeingIntimidated() {
        ClaimFeatures reversed = claim(1, "The harbour board quickly reversed its refusal to pay the dockers overtime", "Dockers");
        ClaimFeatures denied = claim(2, NOT_INTIMIDATED, "Harbour");
        assertTrue(givingIn(reversed, denied), reasons(reversed, denied));
        assertTrue(givingIn(denied, reversed), "whichever comes first");
        assertTrue(between(reversed, denied).stream().filter(s -> s.name().equals("giving in")).findFirst().orElseThrow().reason().get()
                .startsWith("“reverse” in one claim, “not … intimidate” in the other"), reasons(reversed, denied));
    }

    @Test
    void aCapitulationAgainstADenialOfPressure() {
        ClaimFeatures capitulated = claim(1, "Mayor Ortega capitulated after two weeks of the strike", "Strikers");
        ClaimFeatures denied = claim(2, "Mayor Ortega insisted that she had never been pressured by anyone", "City hall");
        assertTrue(givingIn(capitulated, denied), reasons(capitulated, denied));
    }

    @Test
    void anotherPartyDenyingItWasIntimidatedIsNone() {
        ClaimFeatures reversed = claim(1, "The harbour board quickly reversed its refusal to pay the dockers overtime", "Dockers");
        assertFalse(givingIn(reversed, claim(2, "The harbour dockers said the threats did not intimidate the union", "Union")),
                "the board gave in; the dockers deny that their union was intimidated");
    }

    @Test
    void pressureAffirmedGivingInDeniedOrOneSourceIsNone() {
        ClaimFeatures reversed = claim(1, "The harbour board quickly reversed its refusal to pay the dockers overtime", "Dockers");
        assertFalse(givingIn(reversed, claim(2, "The harbour board said the dockers' threats intimidated the board", "Harbour")));
        assertFalse(givingIn(claim(1, "The harbour board did not reverse its refusal to pay the dockers overtime", "Dockers"),
                claim(2, NOT_INTIMIDATED, "Harbour")));
        assertFalse(givingIn(reversed, claim(2, NOT_INTIMIDATED, "Dockers")));
        assertFalse(givingIn(reversed, claim(2, NOT_INTIMIDATED, "Harbour", "another event")));
    }

    @Test
    void whoGivesInIsTheNounOrNameBeforeTheWord() {
        ClaimFeatures c = claim(1, "Mayor Ortega did an immediate about-face after the strike", "Strikers");
        assertEquals("ortega", YieldingSignal.subjectOf(c.reading, "about-face"));
        assertEquals("", YieldingSignal.subjectOf(claim(2, "After the strike, quickly reversed", "Strikers").reading, "reverse"));
    }
}
