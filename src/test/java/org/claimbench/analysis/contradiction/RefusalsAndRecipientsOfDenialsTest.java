package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * "Deny" as refusing a thing to someone leaves the recipient out of its scope (DenialRecipient), and a claim that states a
 * refusal affirms nothing a denial is set against (NegationSignal).
 */
class RefusalsAndRecipientsOfDenialsTest {

    private static boolean denial(List<Signal> s) {
        return s.stream().anyMatch(x -> x.name().equals("denial"));
    }

    /**
     * Asserts that the denial's scope is the one word, and that no word of the ferries is set against a claim about them as
     * denied (the weakest denial, over shared words with close meaning vectors, is another question: these claims have none).
     */
    private static void deniesOnly(String denial, String word) {
        ClaimFeatures f = claim(1, denial, "Harbour");
        assertEquals(List.of(word), f.scoped);
        List<Signal> s = between(f, claim(2, "The ferries, chartered naval cargo ships, each carried forty crew", "Navy"));
        assertFalse(s.stream().anyMatch(x -> x.explanation().startsWith("“deny … ")), s.toString());
    }

    @Test
    void theRecipientOfAThingRefusedIsNotDenied() {
        deniesOnly("The harbour master denied entry to two chartered naval cargo ferries", "entry");
    }

    @Test
    void theParticipantOfADefiniteActDeniedIsNotDenied() {
        deniesOnly("The harbour master denied the landing of chartered naval cargo ferries", "landing");
        // A report's content is what its denial denies.
        ClaimFeatures report = claim(3, "The harbour master denied the report of chartered naval cargo ferries landing", "Harbour");
        assertTrue(report.scoped.containsAll(List.of("charter", "naval", "cargo", "ferry")), report.scoped.toString());
    }

    @Test
    void aDenialOfAStatementKeepsItsScope() {
        ClaimFeatures denied = claim(1, "The harbour master denied that the chartered naval cargo ferries docked", "Harbour");
        assertTrue(denied.scoped.containsAll(List.of("charter", "naval", "cargo", "ferry", "dock")), denied.scoped.toString());
        List<Signal> s = between(denied, claim(2, "The chartered naval cargo ferries docked on Monday", "Navy"));
        assertTrue(denial(s), s.toString());
        // An infinitive after the noun is no recipient ("denied plans to …").
        ClaimFeatures plans = claim(3, "The harbour master denied plans to close the cargo quay", "Harbour");
        assertTrue(plans.scoped.containsAll(List.of("close", "cargo", "quay")), plans.scoped.toString());
    }

    @Test
    void aRefusalIsNoAffirmationADenialContradicts() {
        ClaimFeatures denied = claim(1, "The harbour master denied entry to the naval cargo ferries", "Harbour");
        List<Signal> s = between(denied, claim(2, "The harbour master refused to receive the naval cargo ferries", "Press"));
        assertFalse(denial(s), s.toString());
        // Without the refusal the same words are set against the denial.
        List<Signal> t = between(denied, claim(3, "The harbour master will receive the naval cargo ferries", "Press"));
        assertTrue(denial(t), t.toString());
    }

    @Test
    void whatTheRefusedThingsParticipantsDoIsNoAffirmationOfWhatTheDenialDenies() {
        // Round 35: "deny the entry of …" refuses the entry; the trawlers and their fish are not denied, so a claim about them
        // is not set against the denial by the words it shares with the participant.
        ClaimFeatures refusal = claim(1, "We deny the entry of foreign trawlers carrying frozen fish", "Harbour");
        List<Signal> s = between(refusal, claim(2, "The ministry later sent foreign trawlers carrying frozen fish to the capital", "Ministry"));
        assertFalse(denial(s), s.toString());
        // A denial of the statement itself still meets it.
        List<Signal> t = between(claim(3, "The harbour denied that foreign trawlers were carrying frozen fish", "Harbour"),
                claim(4, "Foreign trawlers were carrying frozen fish into the capital", "Ministry"));
        assertTrue(denial(t), t.toString());
    }
}
