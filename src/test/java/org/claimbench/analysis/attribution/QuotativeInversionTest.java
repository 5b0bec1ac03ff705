package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 11: after a quotation, a verb of saying inverts with its subject even when it may take an object
 * elsewhere ("reported the theft"). Sentences written for this test, with the case to leave alone.
 */
class QuotativeInversionTest {

    @Test
    void aVerbOfSayingThatMayTakeAnObjectInvertsWithItsSubjectAfterAQuotation() {
        // Before, "reported" (VerbNet characterize-29.2 as well as say-37.7) was never inverted: the sentence was the outlet's.
        assertEquals(List.of("Gazette | reported | much the same as they were all month"),
                AttributionText.read("Fares are \"much the same as they were all month,\" reported the Gazette."));
    }

    @Test
    void itsObjectAfterAClauseWithNoQuotationIsNoSpeaker() {
        List<String> read = AttributionText.read("The wardens closed the gate, reported the theft to the police and went home.");
        assertTrue(read.stream().noneMatch(a -> a.startsWith("theft")), read.toString());
    }
}
