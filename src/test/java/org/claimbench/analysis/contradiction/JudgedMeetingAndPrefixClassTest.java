package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.judgedOpposite;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Round 69: a meeting named by a WordNet synonym of "meeting" is the event a judgement is of; a quoted premodifier stays in its
 * noun phrase; the Latinate negative prefix opposes its base only in the class it keeps (an adjective, not a verb).
 */
class JudgedMeetingAndPrefixClassTest {

    private static final String CORDIAL = "The premier described the talks as very friendly.";

    @Test
    void aJudgementOfTheEncounterMeetsAJudgementOfTheTalks() {
        assertTrue(judgedOpposite(CORDIAL, "Premier",
                "Opposition delegates who sat in on the encounter described it as chaotic and confrontational.", "Opposition"));
        // What the delegates toured is no meeting: "it" is the harbour, which the premier does not judge.
        assertFalse(judgedOpposite(CORDIAL, "Premier",
                "Opposition delegates who toured the harbour described it as chaotic and confrontational.", "Opposition"));
    }

    @Test
    void aQuotedAdjectiveJudgesTheNounAfterItsQuotationMarks() {
        String tense = "Reports said the talks were very tense.";
        // The outcome is judged "positive", not the meeting.
        assertFalse(judgedOpposite("The mayor said the new rota is a “positive” outcome for the port.", "Mayor",
                tense, "Press"));
        // A quoted adjective before "meeting" judges the meeting.
        assertTrue(judgedOpposite("The mayor called it a “positive” meeting for the port.", "Mayor",
                tense, "Press"));
    }

    @Test
    void theLatinatePrefixOpposesItsBaseAsAnAdjectiveNotAsAVerb() {
        // "immediate" is no denial of the verb "mediated".
        assertFalse(names(between(claim(1, "The league mediated a truce between the two clubs in the capital.", "Press"),
                claim(2, "The two clubs said the truce in the capital would begin immediately.", "Clubs"))).contains("denial"));
        // "indirect" against the adjective "direct" still is.
        assertTrue(names(between(claim(3, "The two clubs held indirect talks in the capital.", "Press"),
                claim(4, "The two clubs held direct talks in the capital.", "Clubs"))).contains("denial"));
    }
}
