package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ScopedDenialAndJudgementVerbsTest {

    @Test
    void twoThingsInANegationsScopeThatAnotherAccountAffirmsAreDenied() {
        List<Signal> s = between(claim(1, "The union and the port agreed to hold talks on wages next month", "Union"),
                claim(2, "A manager insisted that the port never chose to hold talks on wages", "Port"));
        assertTrue(names(s).contains("denial"), s.toString());
    }

    @Test
    void anAsideBetweenCommasDoesNotEndTheNegationsScope() {
        ClaimFeatures affirmed = claim(1, "The mayor says he won the harbour fee deal by threatening to close the ferry port", "Mayor");
        List<Signal> s = between(affirmed, claim(2, "At no stage was there any talk, at any level, of a harbour fee deal", "Port"));
        assertTrue(names(s).contains("denial"), s.toString());
        List<Signal> other = between(affirmed, claim(2, "There was no talk of new rules, as the port explained, and the harbour fee deal stands",
                "Port"));
        assertTrue(other.stream().noneMatch(x -> x.explanation().contains("deal”") || x.explanation().contains("harbour …")),
                "a clause of its own after the comma ends the scope: " + other);
    }

    @Test
    void aWordNetSynonymInTheScopeCountsAsTheWordItself() {
        List<Signal> s = between(claim(1, "The ministry agreed to stop the construction of the dam", "Ministry"),
                claim(2, "The talks did not include any promise to halt the construction of the dam", "Press"));
        assertTrue(names(s).contains("denial"), s.toString());
    }

    @Test
    void oneSharedWordInTheScopeIsATopicNotADenial() {
        assertFalse(names(between(claim(1, "The budget was published on the city website", "City"),
                claim(2, "There was no vote on the budget", "Press"))).contains("denial"));
    }

    @Test
    void aFigureInsideTheNegationsScopeIsNotAgreedOn() {
        List<Signal> s = between(claim(1, "The talks produced a 10-day pause in the dock strikes", "Press", "the dock talks"),
                claim(2, "The council would sign off on nothing, not even a 10-day pause in the dock strikes, its chair wrote", "Council", "the dock talks"));
        assertTrue(names(s).contains("denial"), s.toString());
    }

    @Test
    void aVerbOfSocialBehaviourJudgesTheEvent() {
        List<Signal> s = between(claim(1, "The mayor failed again and failed to win the harbour vote", "Press"),
                claim(2, "Frankly, it went brilliantly.", "City hall"));
        assertTrue(names(s).contains("opposite judgements"), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.explanation().contains("fail")), s.toString());
    }

    @Test
    void aVerbOfAnActReportsRatherThanJudges() {
        assertFalse(names(between(claim(1, "Rockets killed three fishermen near the harbour", "Press"),
                claim(2, "Frankly, it went brilliantly.", "City hall"))).contains("opposite judgements"));
    }

    @Test
    void theReasonNamesWhatBothSpeakOfAsTheClaimsWriteIt() {
        List<Signal> s = between(claim(1, "Westport is willing to reopen the ferry to Norland", "Westport"),
                claim(2, "The harbour board said Westport is not willing to reopen the ferry", "Board"));
        Signal denial = s.stream().filter(x -> x.name().equals("denial")).findFirst().orElseThrow(() -> new AssertionError(s.toString()));
        assertTrue(denial.explanation().contains("Westport") && !denial.explanation().contains("westport"),
                "a name as written, a common word in lower case: " + denial.explanation());
    }
}
