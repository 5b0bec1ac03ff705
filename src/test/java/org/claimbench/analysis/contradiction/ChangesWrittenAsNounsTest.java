package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.claimbench.analysis.contradiction.SignalFixture.onlyQuantity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A change written as a noun or a comparative is a change; a percentage "of" a whole is a share (review63c, finding 8). */
class ChangesWrittenAsNounsTest {

    @Test
    void aNounOfRisingOrFallingMakesItsPercentageAChange() {
        Quantity rise = onlyQuantity("Customs officials reported a 4% rise in timber exports");
        assertEquals(PercentChanges.CHANGE, rise.head());
        assertEquals(4.0, rise.low());
        assertEquals("4% rise in timber exports", rise.words());
        Quantity increase = onlyQuantity("Customs officials counted an increase of 4 percent in timber exports");
        assertEquals(PercentChanges.CHANGE, increase.head());
        assertEquals(4.0, increase.high());
        Quantity fall = onlyQuantity("Customs officials reported a 3% fall in timber exports");
        assertEquals(-3.0, fall.low());
    }

    @Test
    void aComparativeAfterAPercentageMakesItAChange() {
        Quantity lower = onlyQuantity("Timber exports were 4% lower in the spring");
        assertEquals(PercentChanges.CHANGE, lower.head());
        assertEquals(-4.0, lower.low());
        assertEquals(4.0, onlyQuantity("Timber exports were 4 percent higher in the spring").high());
    }

    @Test
    void aPercentageOfAWholeAfterAVerbOfGainingIsAShare() {
        assertEquals("", onlyQuantity("The harbour party gained 30% of the vote in the river wards").head());
        assertEquals("", onlyQuantity("Grain prices are 30% of what they were").head(), "no direction word: a level as before");
    }

    @Test
    void aRiseWrittenAsANounAgainstAFallWrittenAsAVerbOfOneThingMismatches() {
        List<Signal> s = between(claim(1, "Customs officials reported a 4% fall in timber exports", "Customs"),
                claim(2, "Timber exports rose 4% over the spring", "Press"));
        assertEquals(List.of("numeric mismatch"), names(s));
    }

    @Test
    void theSameChangeAsANounAndAsAVerbAgrees() {
        // Agreement is asserted, not only the want of a signal (review64d, 8).
        ClaimFeatures noun = claim(1, "Customs officials reported a 4% rise in timber exports", "Customs");
        ClaimFeatures verb = claim(2, "Timber exports rose 4% over the spring", "Press");
        assertTrue(between(noun, verb).isEmpty());
        assertTrue(QuantitySignal.agree(noun, verb));
    }

    @Test
    void changesOfTwoThingsWrittenAsNounsAreNotCompared() {
        assertFalse(names(between(claim(1, "Customs officials reported a 4% rise in timber exports", "Customs"),
                claim(2, "Customs officials reported a 2% fall in coal imports", "Press"))).contains("numeric mismatch"));
    }

    @Test
    void aVerbInThePresentThatLooksLikeANounStillTakesItsClausesSubject() {
        // Headline tense: "rise" and "fall" here are verbs, the change is of the subject before them.
        List<Signal> s = between(claim(1, "Timber exports rise 4% over the spring", "Customs"),
                claim(2, "Timber exports fall 2% over the spring", "Press"));
        assertTrue(names(s).contains("numeric mismatch"), s.toString());
    }
}
