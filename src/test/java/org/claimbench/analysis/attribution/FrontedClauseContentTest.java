package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 29: what a cue reports inside an adverbial clause that opens the sentence ends at the comma that closes
 * the clause; the main clause after it is another statement ({@link ClauseEnds#frontedClauseEnd}). Sentences written for
 * this test.
 */
class FrontedClauseContentTest {

    @Test
    void theMainClauseAfterAFrontedClauseIsNoPartOfItsContent() {
        // Before: "about the new timetable, Berg stressed that …" was all Ortega's, and Berg's statement was lost in it.
        assertEquals(List.of("Ortega | talked | about the new timetable", "Berg | stressed | the fares would stay low"),
                AttributionText.read("While Ortega talked about the new timetable, Berg stressed that the fares would stay low."));
        // Before: "about the winter timetable, the harbour board sold the old ferry" was all Ortega's complaint.
        assertEquals(List.of("Ortega | complained | about the winter timetable"),
                AttributionText.read("While Ortega complained about the winter timetable, the harbour board sold the old ferry."));
    }

    @Test
    void aReportedClauseThatOpensTheSentenceIsLeftWhole() {
        // No subordinator opens the sentence: the comma inside the reported clause closes nothing.
        assertEquals(List.of("Ortega | said | the pier, which opened in 2009, needs new piles"),
                AttributionText.read("Ortega said the pier, which opened in 2009, needs new piles."));
        // The cue stands after the fronted clause's comma: the main clause is its content.
        assertEquals(List.of("Ortega | said | the pier would close for a week"),
                AttributionText.read("When the storm passed, Ortega said the pier would close for a week."));
    }
}
