package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.judgedOpposite;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * An evaluative noun that a verb of producing brought about ("the talks produced real progress", "did not yield any progress")
 * judges the verb's subject: round 77 of issue 11. Sentences of our own.
 */
class JudgementOfAResultTest {

    /** The claim's judgements as "target valence-sign words" ("talk + progress"). */
    private static List<String> judged(String text) {
        return claim(1, text, "Press").judged.stream()
                .map(j -> j.target() + (j.valence() > 0 ? " + " : " - ") + j.words()).toList();
    }

    @Test
    void aResultNounJudgesWhatProducedIt() {
        assertEquals(List.of("talk + progress"), judged("The ferry talks produced real progress, the mayor said"));
        assertEquals(List.of("talk - not progress"), judged("The ferry talks did not yield any progress, the union said"));
        assertEquals(List.of("talk - not progress"), judged("The ferry talks produced no progress, the union said"));
        assertEquals(List.of("strike - misery"), judged("The strike produced misery for the commuters, the union said"));
    }

    @Test
    void aNounThatIsNoProducedResultJudgesNothing() {
        assertEquals(List.of(), judged("The union spoke of progress on the ferry fares"), "the noun's topic, no result");
        assertEquals(List.of(), judged("The ferry talks made progress on fares, the mayor said"), "a light verb, left out");
        assertEquals(List.of(), judged("The ferry talks produced a timetable for the fares"), "a result with no valence");
        assertEquals(List.of(), judged("The envoy hopes to bring the border war to an end"), "a verb of carrying: the war is no result");
    }

    private static final String PRAISED = "The ferry talks produced real progress, the mayor said";

    /** Rows of first claim, its source, second claim, its source, and whether the two judge one thing to opposite effect. */
    private static final Object[][] PAIRS = {
        {PRAISED, "Mayor", "The ferry talks did not yield any progress, the union said", "Union", true},
        // The event judged by one, the meeting named by the other.
        {"We are satisfied with the ferry talks", "Mayor", "The ferry talks lasted an hour and did not produce any progress", "Union", true},
        // One source; the talks and the strike; both praise them.
        {PRAISED, "Mayor", "The ferry talks did not yield any progress, the mayor said", "Mayor", false},
        {PRAISED, "Mayor", "The strike produced misery for the commuters, the union said", "Union", false},
        {PRAISED, "Mayor", "The ferry talks produced real progress too, the union said", "Union", false},
    };

    @Test
    void twoSidesJudgingOneMeetingByItsResultConflictAndNothingElseDoes() {
        for (Object[] row : PAIRS) {
            boolean found = judgedOpposite((String) row[0], (String) row[1], (String) row[2], (String) row[3]);
            assertEquals(row[4], found, row[0] + " (" + row[1] + ") | " + row[2] + " (" + row[3] + ")");
        }
    }
}
