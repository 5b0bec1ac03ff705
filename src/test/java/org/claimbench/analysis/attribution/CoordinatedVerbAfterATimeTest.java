package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 24: a cue verb coordinated with the verb before it shares that verb's subject also when a time phrase
 * stands between the conjunction and the cue ("… and on Monday announced …"; coordinated predicates, Quirk et al. 1985,
 * 13.46). Sentences written for this test, with the case to leave alone.
 */
class CoordinatedVerbAfterATimeTest {

    @Test
    void aTimeAfterTheConjunctionIsNoSubject() {
        // Before: "Monday" and "last week" spoke.
        assertEquals(List.of("Berg | announced | more was being sent to the island"),
                AttributionText.read("Berg has freed up money for the pier and on Monday announced that more was being sent to the island."));
        assertEquals(List.of("Berg | warned | more was needed"),
                AttributionText.read("Berg freed up money for the pier but last week warned that more was needed."));
    }

    @Test
    void withNoTimeTheCoordinatedVerbSharesItsSubjectAsBefore() {
        assertEquals(List.of("Berg | announced | more was being sent to the island"),
                AttributionText.read("Berg has freed up money for the pier and announced that more was being sent to the island."));
    }
}
