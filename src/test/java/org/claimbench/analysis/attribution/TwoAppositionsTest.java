package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 30: a subject with two appositions before its cue ("Tom Berg, the harbor master, one of the oldest pilots,
 * said") is the phrase that opens the clause ({@link SetOffPhrases#subjectBeforeAppositive}), not the first apposition.
 * Sentences written for this test.
 */
class TwoAppositionsTest {

    @Test
    void theSubjectBeforeTwoAppositionsSpeaks() {
        // Before: "harbor master | said | …", "Leeds | said | …" and "adviser | told | …".
        assertEquals(List.of("Tom Berg | said | the pier was a danger"),
                AttributionText.read("Tom Berg, the harbor master, one of the oldest pilots, said the pier was a danger."));
        assertEquals(List.of("Tom Berg | said | the pier was a danger"),
                AttributionText.read("Tom Berg, the harbor master of Leeds, one of the towns that own the pier, said the pier was a danger."));
        assertEquals(List.of("Ana Ruiz | told | the pier was a danger"),
                AttributionText.read("Ana Ruiz, an adviser, a former pilot, told the council the pier was a danger."));
        assertEquals(List.of("Tom Berg | said | The pier is a danger"),
                AttributionText.read("\"The pier is a danger,\" Tom Berg, the harbor master of Leeds, one of the towns that own the pier, said."));
    }

    @Test
    void aFrontedAdverbialOrATimeIsNoSubject() {
        assertEquals(List.of("harbor master | said | the pier was a danger"),
                AttributionText.read("In Leeds, the harbor master, a pilot, said the pier was a danger."));
        assertEquals(List.of("Gazette | revealed | the pier had been sold"),
                AttributionText.read("Last month, the Gazette, a weekly paper, revealed that the pier had been sold."));
        assertEquals(List.of("Tom Berg | said | the pier was a danger"),
                AttributionText.read("Tom Berg, the harbor master, said the pier was a danger."));
    }
}
