package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Round 44: a verb of denial in a headline's capitals ("Port Board Denies …") is read as a verb, so a headline and an account
 * that both report the denial agree, and a headline's denial is set against an account of the act.
 */
class HeadlineDenialsTest {

    private static boolean denial(String a, String b) {
        List<Signal> signals = between(claim(1, a, "Press"), claim(2, b, "Ferry union"));
        return signals.stream().anyMatch(s -> s.name().equals("denial"));
    }

    @Test
    void aHeadlinesVerbOfDenialIsAVerb() {
        ClaimReading r = ClaimReading.read("Eastport Harbour Board Denies Fee Rise; Union Denies Strike Plan");
        for (int i = 0; i < r.size(); i++) {
            if (r.lemma(i).equals("deny")) {
                assertTrue(r.is(i, "VERB"), r.encode());
            }
        }
        assertTrue(r.encode().contains("deny/VERB"), r.encode());
        assertEquals(Optional.of("deny"), HeadlineDenials.verbOf("Denies", "PROPN"));
        // A verb of denial that is a noun too is left as the tagger read it ("the rejects of the mill").
        assertEquals(Optional.empty(), HeadlineDenials.verbOf("rejects", "NOUN"));
        assertEquals(Optional.empty(), HeadlineDenials.verbOf("Denies", "VERB"));
    }

    @Test
    void twoReportsOfOneDenialAgree() {
        assertFalse(denial("Ferry strike at risk over pay claims; Eastport Union Denies Walkout",
                "The Eastport union denied that a walkout over the pay claims had been called"));
    }

    @Test
    void aHeadlinesDenialStandsAgainstAnAccountOfTheAct() {
        assertTrue(denial("Eastport Harbour Board Denies Raising Ferry Fees",
                "The Eastport harbour board raised the ferry fees on Monday, the union said"));
    }
}
