package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.judgedOpposite;
import static org.claimbench.analysis.contradiction.SignalFixture.judgedTargets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Stop 63's review mends of round 69: a determinative standing alone as the subject of a denial verb; a yes-no question after
 * the person asked; a dash or a closing quotation mark after a predicative adjective.
 */
class FusedHeadDenialAndJudgedTargetTest {

    @Test
    void aDeterminativeStandingAloneBeforeADenialVerbIsItsSubject() {
        ClaimFeatures both = claim(1, "Both denied wrongdoing at the harbour office.", "Press");
        assertEquals("deny", both.negationCue);
        assertTrue(both.negated.contains("wrongdoing"));
        assertEquals("reject", claim(2, "Each rejected the audit of the harbour office.", "Press").negationCue);
    }

    @Test
    void aDeterminativeWithItsParticipleAndNounBeforeAVerbIsOneSubject() {
        assertNull(claim(1, "Both disputed islands lie off the northern coast.", "Press").negationCue);
        assertNull(claim(2, "The rejected plan would have closed the harbour office.", "Press").negationCue);
    }

    @Test
    void aJudgementInAQuestionPutToSomeoneJudgesNothing() {
        assertEquals(List.of(), judgedTargets("The mayor asked the harbour minister if the talks were useful."));
        assertFalse(judgedOpposite("The mayor asked him if the talks were useful.", "Mayor", "The talks were useless, the minister said.", "Minister"));
        // Told, not asked: the mayor's own judgement.
        assertEquals(List.of("talk"), judgedTargets("The mayor told the harbour minister the talks were useful."));
    }

    @Test
    void aDashOrAClosingQuoteAfterAPredicativeAdjectiveLeavesItTheCopulasSubject() {
        assertEquals(List.of("talk"), judgedTargets("The talks were 'constructive' — officials said."));
        assertEquals(List.of("talk"), judgedTargets("The talks were constructive — officials said."));
        // Quotation marks around a premodifier still leave it in its noun phrase.
        assertEquals(List.of("outcome"), judgedTargets("The mayor said the new rota is a “positive” outcome for the port."));
    }
}
