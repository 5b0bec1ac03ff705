package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 21: a time alone after the cue ("announced Monday morning", "said on Wednesday") is an adjunct of time,
 * never what was said; the statement the reporting clause closes is the content. Sentences written for this test, with the
 * cases to leave alone.
 */
class TimeIsNoContentTest {

    @Test
    void aTimeAfterTheCueIsNoContentAndTheClauseBeforeIsTheStatement() {
        // Before, "Monday morning" was what the spokesman announced.
        List<String> read = AttributionText.read("The harbour board will publish its accounts before the vote, a spokesman announced Monday morning.");
        assertTrue(read.contains("spokesman | announced | The harbour board will publish its accounts before the vote"), read.toString());
        read = AttributionText.read("Okafor announced on Wednesday.");
        assertTrue(read.isEmpty(), read.toString());
    }

    @Test
    void aTimeBeforeTheComplementOrAfterTheObjectLeavesTheContentAsItWas() {
        assertEquals(List.of("Okafor | announced | the ferry would run all winter"),
                AttributionText.read("Okafor announced on Wednesday that the ferry would run all winter."));
        assertEquals(List.of("court | ruled | on Friday against the harbour board's new fees"),
                AttributionText.read("The court ruled on Friday against the harbour board's new fees."));
    }
}
