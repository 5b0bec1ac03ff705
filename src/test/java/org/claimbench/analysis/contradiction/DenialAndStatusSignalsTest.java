package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class DenialAndStatusSignalsTest {

    @Test
    void aNegationOverTheSharedPredicateIsADenial() {
        List<Signal> s = between(claim(1, "The council approved the new harbour budget", "Council"),
                claim(2, "The council has not approved the new harbour budget", "Press"));
        assertTrue(names(s).contains("denial"), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.explanation().contains("“not … approve”")), s.toString());
    }

    @Test
    void aNegationOfAnotherPredicateIsNoDenial() {
        assertTrue(names(between(claim(1, "The council approved the harbour budget", "Council"),
                claim(2, "The council approved the harbour budget but did not publish the figures", "Press"))).stream()
                .noneMatch("denial"::equals));
    }

    @Test
    void anEllipticalNegationDeniesThePredicateOfTheClauseBefore() {
        List<Signal> s = between(claim(1, "The union is willing to sign the wage deal", "Union"),
                claim(2, "The employers are willing, but the union is not.", "Press"));
        assertTrue(names(s).contains("denial"), s.toString());
    }

    @Test
    void cancelledAgainstPostponedIsAStatusConflictOfTheSameEvent() {
        List<Signal> s = between(claim(1, "The regional summit was cancelled", "Ministry"),
                claim(2, "The regional summit was postponed until spring", "Press"));
        assertEquals(List.of("status"), names(s));
        assertTrue(s.get(0).explanation().contains("“cancel” against “postpone”"), s.get(0).explanation());
    }

    @Test
    void agreedAgainstOnlyPossibleIsAStatusConflict() {
        assertEquals(List.of("status"), names(between(claim(1, "The ministers agreed the summit for June", "Ministry"),
                claim(2, "A summit in June is possible, the ministers said", "Press"))));
    }

    @Test
    void statusesOfWordNetSynonymsAreOfOneThing() {
        List<Signal> s = between(claim(1, "The harbour negotiations were cancelled by the city", "Ministry"),
                claim(2, "The harbour talks were postponed by the city until spring", "Press"));
        assertTrue(names(s).contains("status"), s.toString());
    }

    @Test
    void aPronounObjectTakesTheNounOfAnotherAccountCloseInMeaning() {
        List<ClaimFacts> read = ClaimReader.complete(List.of(
                new ClaimFacts(1, 1, "The union agreed with the mayor's proposal for the harbour", "Union", "harbour talks"),
                new ClaimFacts(2, 2, "The mayor said the union rejected it once again", "City hall", "harbour talks"),
                new ClaimFacts(3, 3, "The fishermen rejected it once again", "Fishermen", "harbour talks")), n -> { });
        List<Signal> s = between(new ClaimFeatures(read.get(0), new QuantityReader()), new ClaimFeatures(read.get(1), new QuantityReader()));
        assertTrue(names(s).contains("status"), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.explanation().contains("the proposal certain in one account")), s.toString());
        List<Signal> other = between(new ClaimFeatures(read.get(0), new QuantityReader()), new ClaimFeatures(read.get(2), new QuantityReader()));
        assertFalse(names(other).contains("status"), "another party's rejection of something else: " + other);
    }

    @Test
    void statusesOfDifferentThingsDoNotConflict() {
        assertTrue(between(claim(1, "The regional summit was cancelled by the hosts", "Ministry"),
                claim(2, "The trade fair was postponed by the hosts", "Press")).isEmpty());
    }

    @Test
    void nowAgainstOnlyOnAConditionIsATimingConflict() {
        List<Signal> s = between(claim(1, "Talks on the strike will start immediately, the union said", "Union"),
                claim(2, "Talks on the strike can start only after the union drops its demands", "Employers"));
        assertTrue(names(s).contains("timing and condition"), s.toString());
        assertTrue(between(claim(1, "Talks on the strike will start immediately", "Union"),
                claim(2, "Talks on the strike will start immediately, the union said", "Employers")).isEmpty());
    }

    @Test
    void immediatelyAfterOrdersTwoEventsAndUrgesNothing() {
        assertTrue(names(between(claim(1, "The mayor phoned the governor immediately after the vote on the strike", "City hall"),
                claim(2, "Talks on the strike can start only after the vote", "Union"))).stream().noneMatch("timing and condition"::equals));
    }
}
