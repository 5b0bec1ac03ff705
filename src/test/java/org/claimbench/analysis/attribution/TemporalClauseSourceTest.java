package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Stop 55, round attr55: "after" or "before" after a time phrase or after a noun phrase in object position opens the cue's
 * clause, and the phrase after it is the cue's subject ({@link Postmodifiers#temporalClause}); a subject of the main clause
 * before "after" keeps its reading as a preposition. Sentences and names written for this test.
 */
class TemporalClauseSourceTest {

    @Test
    void theSubjectAfterAfterFollowingAnObjectSpeaks() {
        assertEquals(List.of("Treasury | issued | tighter rules"),
                AttributionText.read("The firm dropped a $9 billion bid after the Treasury issued tighter rules."));
        assertEquals(List.of("Velmont Council | announced | it would sell the pier"),
                AttributionText.read("Two ferry lines cancelled their routes before the Velmont Council announced it would sell the pier."));
    }

    @Test
    void theSubjectAfterAfterFollowingATimeSpeaks() {
        assertEquals(List.of("Treasury | issued | tighter rules"),
                AttributionText.read("The firm dropped a $9 billion bid last year after the Treasury issued tighter rules."));
        assertEquals(List.of("Nordic shipowners | agreed | to buy only local hulls"),
                AttributionText.read("The yard lost its last order, years after the Nordic shipowners agreed to buy only local hulls."));
    }

    @Test
    void aSubjectBeforeAfterKeepsItsReading() {
        // The subject of the main clause stands before "after"; an event after it does not speak.
        assertEquals(List.of("Berg | said | the pier would close"), AttributionText.read("Berg after the vote said the pier would close."));
        assertEquals(List.of("harbour master | said | the pier would close"),
                AttributionText.read("The harbour master after the long meeting said the pier would close."));
    }
}
