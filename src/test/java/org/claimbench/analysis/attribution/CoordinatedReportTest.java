package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 29: a clause coordinated with a content, with a subject that can speak and a verb of the cue lexicon,
 * is a report of its own, not part of the first speaker's content ({@link ClauseEnds#coordinatedReport}). Sentences written
 * for this test.
 */
class CoordinatedReportTest {

    @Test
    void aCoordinatedClauseWithItsOwnSourceAndCueIsAnotherReport() {
        // Before: "… and the tenants accused the board of …" was the wardens' content, and the tenants' report was nested in it.
        assertEquals(List.of("wardens | said | the ferry had been badly run", "tenants | accused | the board of hiding the losses"),
                AttributionText.read("The wardens said the ferry had been badly run and the tenants accused the board of hiding the losses."));
        // After a comma the first content need hold no verb of its own. Before: "the timetable on Friday, and the harbour
        // board warned that …" was Ortega's.
        assertEquals(List.of("Ortega | published | the timetable on Friday", "harbour board | warned | the pier was unsafe"),
                AttributionText.read("Ortega published the timetable on Friday, and the harbour board warned that the pier was unsafe."));
    }

    @Test
    void nounPhrasesOrAClauseWithNoCueStayInTheContent() {
        // "and" joins two subjects: one reported clause.
        assertEquals(List.of("wardens | said | the council and the union agreed to repair the pier"),
                AttributionText.read("The wardens said the council and the union agreed to repair the pier."));
        // The second clause's verb reports nothing: it is still what the wardens said.
        assertEquals(List.of("wardens | said | the ferry had been badly run and the fares rose every winter"),
                AttributionText.read("The wardens said the ferry had been badly run and the fares rose every winter."));
    }
}
