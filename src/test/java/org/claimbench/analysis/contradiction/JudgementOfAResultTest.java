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

    /** The sign of what the claim says of the event through its results: "+", "-", or "" when it judges the event in no way. */
    private static String eventSign(String text) {
        double sum = claim(1, text, "Press").judged.stream().filter(JudgementTargets.Judged::ofTheEvent)
                .mapToDouble(JudgementTargets.Judged::valence).sum();
        return sum > 0 ? "+" : sum < 0 ? "-" : "";
    }

    @Test
    void aResultDeniedByANegativeImplicativeOrANegativeQuantifierIsCriticism() {
        assertEquals("-", eventSign("The ferry talks failed to produce an agreement, the union said"));
        assertEquals("-", eventSign("The ferry talks refused to yield any agreement on fares"));
        assertEquals("-", eventSign("The ferry talks ended without producing an agreement"));
        assertEquals("-", eventSign("The ferry talks produced little progress, the union said"));
        assertEquals("-", eventSign("The ferry talks produced hardly any progress on fares"));
        assertEquals("-", eventSign("The ferry talks produced barely any progress for the commuters"));
        assertEquals("+", eventSign("The ferry talks managed to produce an agreement, the mayor said"));
    }

    @Test
    void aResultScaledDownIsNeitherPraiseNorCriticism() {
        assertEquals("", eventSign("The ferry talks produced limited progress, the mayor said"));
    }

    /** Sentences of a result verb that judge nothing, with why: an aim or a hope, a noun modifying a noun, a party's gain. */
    private static final String[][] NO_RESULT = {
        {"The ferry talks, aimed at achieving peace on the river, began on Monday", "a gerund of purpose"},
        {"The ferry talks aimed at achieving peace on the river began on Monday", "a gerund of purpose, no commas"},
        {"The union hopes the ferry talks will produce an agreement", "a hope's complement"},
        {"The ferry talks seek to achieve peace on the river", "an infinitive of aim"},
        {"If the ferry talks produce an agreement, fares will fall", "a condition"},
        {"The ferry summit produced a peace plan for the river", "a noun modifying the result"},
        {"The ferry summit yielded a security pact for the harbour", "a noun modifying the result"},
        {"The northern republic achieved significant gains on the river", "a party's gain"},
        {"Valdoria achieved significant gains on the river, the mayor said", "a named party's gain"},
    };

    @Test
    void anAimAHopeAModifierOrAPartysGainIsNoJudgementOfTheMeeting() {
        for (String[] row : NO_RESULT) {
            assertEquals(List.of(), judged(row[0]), row[1] + ": " + row[0]);
        }
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
