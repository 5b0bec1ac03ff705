package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Agreement and refusal stated without naming what is agreed to: a left-out predicate, a pronoun object, "in favour of". */
class StanceByEllipsisAndPronounTest {

    @Test
    void aPartyLeftOutOfAWillingnessRefusesWhatItIsElsewhereInFavourOf() {
        List<Signal> s = between(claim(1, "The hauliers are in favour of extending the dock contract", "Hauliers"),
                claim(2, "The dockers are willing to extend the dock contract, but the hauliers are not.", "Port authority"));
        assertTrue(s.stream().anyMatch(x -> x.name().equals("status") && x.explanation().contains("“not willing”")), s.toString());
    }

    @Test
    void theLeftOutPredicateIsTheHeadOfTheClauseBeforeNotItsLastVerb() {
        ClaimFeatures f = claim(1, "The dockers are willing to extend the dock contract, but the hauliers are not.", "Press");
        assertTrue(f.statuses.stream().anyMatch(x -> x.cue().equals("not willing") && x.agents().equals(List.of("haulier"))
                && x.value() == Factuality.NOT), f.statuses.toString());
        assertTrue(claim(2, "The board approved the lease, but the council did not.", "Press").statuses.stream()
                .anyMatch(x -> x.cue().equals("not approve")), "an operator's ellipsis of a verb");
    }

    @Test
    void theOtherPartyInFavourIsNoConflict() {
        assertFalse(names(between(claim(1, "The dockers are in favour of extending the dock contract", "Dockers"),
                claim(2, "Norvik is willing to extend the dock contract, but Halden is not.", "Port authority"))).contains("status"),
                "Halden refuses, Norvik and the dockers agree");
    }

    @Test
    void aNegationThatGoesOnIsNoEllipsis() {
        ClaimFeatures f = claim(1, "The dockers are willing, but the hauliers are not sure of the date.", "Press");
        assertTrue(f.statuses.stream().noneMatch(x -> x.cue().equals("not willing")), f.statuses.toString());
    }

    @Test
    void notAgreeingWithItDeniesWhatAnotherAccountOfTheEventAgreed() {
        List<Signal> s = between(claim(1, "The mayor agreed to shut the night market on weekdays", "City hall"),
                claim(2, "Frankly, we do not agree with it at all.", "Traders"));
        assertTrue(s.stream().anyMatch(x -> x.name().equals("status") && x.explanation().contains("“not agree”")), s.toString());
    }

    @Test
    void anAdverbBeforeTheNegatedVerbTellsNoParty() {
        List<Signal> s = between(claim(1, "The mayor agreed to shut the night market on weekdays", "City hall"),
                claim(2, "We simply do not agree with it.", "Traders"));
        assertTrue(s.stream().anyMatch(x -> x.name().equals("status") && x.explanation().contains("“not agree”")), s.toString());
    }

    @Test
    void aPronounObjectNeedsTheSamePredicateTheSameEventAndTwoAccounts() {
        assertFalse(names(between(claim(1, "The mayor shut the night market on weekdays", "City hall"),
                claim(2, "Frankly, we do not agree with it at all.", "Traders"))).contains("status"),
                "nothing agreed in the other claim");
        assertFalse(names(between(claim(1, "The mayor agreed to shut the night market on weekdays", "Traders"),
                claim(2, "Frankly, we do not agree with it at all.", "Traders"))).contains("status"),
                "one source");
        assertFalse(names(between(claim(1, "The mayor agreed to shut the night market on weekdays", "City hall", "the spring council vote"),
                claim(2, "Frankly, we do not agree with it at all.", "Traders", "the autumn budget hearing")))
                .contains("status"), "two events");
    }

    @Test
    void anAnswerToItMeetsAnotherAnswerToTheProposalOfTheSameParty() {
        List<Signal> s = between(claim(1, "The harbour board has agreed to the dredging proposal for the north basin", "Harbour board"),
                claim(2, "The harbour board rejected it a second time, a spokesman for the fishermen said", "Fishermen"));
        assertTrue(s.stream().anyMatch(x -> x.name().equals("status") && x.explanation().contains("“reject”")), s.toString());
        assertFalse(names(between(claim(1, "The harbour board has agreed to the dredging proposal for the north basin", "Harbour board"),
                claim(2, "The fishermen's union rejected it a second time, its spokesman said", "Fishermen"))).contains("status"),
                "the union and the board can answer the proposal differently");
        assertFalse(names(between(claim(1, "The mayor agreed to shut the night market on weekdays", "City hall"),
                claim(2, "The traders' union does not agree with it.", "Traders"))).contains("status"), "the mayor and the union");
    }
}
