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
        // Round 21: the quotation closes the clause "Fares are …", so the content is the whole clause, partly quoted.
        assertEquals(List.of("Gazette | reported | Fares are \"much the same as they were all month,\""),
                AttributionText.read("Fares are \"much the same as they were all month,\" reported the Gazette."));
    }

    @Test
    void itsObjectAfterAClauseWithNoQuotationIsNoSpeaker() {
        List<String> read = AttributionText.read("The wardens closed the gate, reported the theft to the police and went home.");
        assertTrue(read.stream().noneMatch(a -> a.startsWith("theft")), read.toString());
    }

    /**
     * Review of round 11: the inverted subject may have a time or a prepositional phrase after it, or a time before it,
     * within the quotative clause ("said the mayor on Monday", "said on Monday the council"; Quirk et al. 1985, 8.13: the
     * adverbials of a clause). Before, the first gave no attribution at all and the second "Monday the council".
     */
    @Test
    void anInvertedSubjectSpeaksWithATimeOrAPlaceBesideIt() {
        assertEquals(List.of("mayor | said | The toll bridge will close for the winter"),
                AttributionText.read("\"The toll bridge will close for the winter,\" said the mayor on Monday."));
        assertEquals(List.of("Gazette | reported | The toll bridge will close for the winter"),
                AttributionText.read("\"The toll bridge will close for the winter,\" reported the Gazette late on Friday."));
        assertEquals(List.of("harbour master | added | The toll bridge will close for the winter"),
                AttributionText.read("\"The toll bridge will close for the winter,\" added the harbour master in a letter to tenants."));
        assertEquals(List.of("council | said | The toll bridge will close for the winter"),
                AttributionText.read("\"The toll bridge will close for the winter,\" said on Monday the council."));
        assertEquals(List.of("council | announced | The toll bridge will close for the winter"),
                AttributionText.read("\"The toll bridge will close for the winter,\" announced yesterday the council."));
    }

    @Test
    void aNounPhraseAfterTheCueWithAClauseAfterItIsNoInvertedSubject() {
        List<String> read = AttributionText.read("The wardens reported the theft on Monday and went home.");
        assertTrue(read.stream().noneMatch(a -> a.startsWith("theft")), read.toString());
        List<String> after = AttributionText.read("\"The toll bridge will close,\" said Monday.");
        assertTrue(after.stream().noneMatch(a -> a.startsWith("Monday")), after.toString());
    }
}
