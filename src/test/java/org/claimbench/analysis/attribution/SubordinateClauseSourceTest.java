package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 17: "after" and "before" open a clause of their own when a noun phrase and the cue follow them ("weeks
 * after the mayor promised …"; subordinators that are also prepositions, Quirk et al. 1985, 14.12): the phrase after them is
 * the cue's subject, not the object of a preposition postmodifying the phrase before. Sentences written for this test, with
 * the cases to leave alone.
 */
class SubordinateClauseSourceTest {

    @Test
    void theSubjectAfterAfterOrBeforeIsTheSpeaker() {
        // Before: "Weeks" and "reporters" spoke.
        assertEquals(List.of("mayor | promised | the pier would reopen by spring"),
                AttributionText.read("Weeks after the mayor promised the pier would reopen by spring, the gates are still locked."));
        assertEquals(List.of("Ana Ruiz | announced | the ferry would stop at the island"),
                AttributionText.read("The wardens met reporters on Friday before Ana Ruiz announced the ferry would stop at the island."));
    }

    @Test
    void aPrepositionalPhraseOfTimeOrEventAfterTheSubjectIsLeftAlone() {
        assertEquals(List.of("wardens | said | the ferry will keep running"),
                AttributionText.read("The wardens after the meeting said the ferry will keep running."));
        assertEquals(List.of("Berg | said | the ferry will keep running"),
                AttributionText.read("Berg after the vote on Monday said the ferry will keep running."));
    }
}
