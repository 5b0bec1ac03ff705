package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** "Nobody did it" against an account of the same event in which someone did it, however little else the two share. */
class NegativeQuantifierSubjectTest {

    private static final String SHOUTED = "The two councillors shouted at each other during the vote.";

    @Test
    void aNegativeQuantifierSubjectDeniesTheActOfAnyone() {
        assertTrue(names(between(claim(1, "Nobody shouted, a clerk said.", "Clerk"), claim(2, SHOUTED, "Press"))).contains("denial"));
        assertTrue(names(between(claim(3, "No one shouted, the mayor insisted.", "Mayor"), claim(4, SHOUTED, "Press"))).contains("denial"));
    }

    @Test
    void itDeniesTheActAGerundialNounNames() {
        String nobody = "Nobody shouted, a clerk said.";
        assertTrue(names(between(claim(1, nobody, "Clerk"), claim(2, "The vote turned into a shouting match.", "Press"))).contains("denial"));
        // A noun in -ing of another verb names another act.
        assertFalse(names(between(claim(3, nobody, "Clerk"), claim(4, "The vote turned into a long meeting.", "Press"))).contains("denial"));
    }

    @Test
    void withoutOneKnownEventOrForAVerbOfTheMindItNeedsTheLikenessEveryDenialNeeds() {
        // Two events: "nobody" ranges over its own situation, not a wounding somewhere else.
        assertFalse(names(between(claim(1, "No one was hurt in the blast at the depot, the fire brigade said.", "Brigade", "a depot fire"),
                claim(2, "A ferry pilot was hurt when his boat ran aground off the cape.", "Press", "a grounding"))).contains("denial"));
        // An unknown event is no known one.
        assertFalse(names(between(claim(3, "Nobody shouted, a clerk said.", "Clerk", ""), claim(4, SHOUTED, "Press", ""))).contains("denial"));
        // "Nobody knows whether …" is a hedge, not the denial of an act.
        assertFalse(names(between(claim(5, "Nobody knows whether the pact will last.", "Clerk"),
                claim(6, "Harbour pilots know the ferry timetable by heart.", "Press"))).contains("denial"));
    }

    @Test
    void aNegativePronounThatIsNoSubjectOfTheVerbOrOneSourceIsNone() {
        // "nobody" is the object of "told": what is denied is telling anyone, not the shouting.
        assertFalse(names(between(claim(1, "The clerk told nobody that anyone shouted.", "Clerk"),
                claim(2, SHOUTED, "Press"))).contains("denial"));
        // One source's two claims in one article are one account.
        assertFalse(names(between(claim(3, "Nobody shouted, a clerk said.", "Press"),
                new ClaimFeatures(new ClaimFacts(4, 3, SHOUTED, "Press", "the same event"), new QuantityReader()))).contains("denial"));
    }
}
