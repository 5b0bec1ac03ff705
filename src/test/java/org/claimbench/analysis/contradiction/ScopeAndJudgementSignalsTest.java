package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ScopeAndJudgementSignalsTest {

    @Test
    void aLimitedAgainstAFullExtentOfOneThingIsAScopeConflict() {
        List<Signal> s = between(claim(1, "The parties agreed on a limited ceasefire in the north", "Ministry"),
                claim(2, "The parties agreed on a full ceasefire in the north", "Press"));
        assertTrue(names(s).contains("scope"), s.toString());
    }

    @Test
    void twoThingsJoinedAgainstOneCompoundIsAScopeConflict() {
        List<Signal> s = between(claim(1, "The pause covers water and power plants in the region", "Ministry"),
                claim(2, "The pause covers water power plants in the region", "Press"));
        assertTrue(names(s).contains("scope"), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.explanation().contains("two things, or one?")), s.toString());
    }

    @Test
    void extentWordsOnDifferentNounsAreNoScopeConflict() {
        assertTrue(names(between(claim(1, "The parties agreed on a limited ceasefire in the north", "Ministry"),
                claim(2, "The parties agreed on a full exchange of prisoners in the north", "Press"))).stream().noneMatch("scope"::equals));
    }

    @Test
    void oppositeJudgementsOfTheEventByTwoSourcesConflict() {
        List<Signal> s = between(claim(1, "It went excellent, a wonderful meeting", "Ministry"),
                claim(2, "It was a terrible, useless meeting", "Opposition"));
        assertEquals(List.of("opposite judgements"), names(s));
    }

    @Test
    void oneSourceJudgingTwiceOrAgreeingJudgementsAreNoConflict() {
        assertTrue(between(claim(1, "It went excellent, a wonderful meeting", "Ministry"),
                claim(2, "It was a terrible, useless meeting", "Ministry")).isEmpty());
        assertTrue(between(claim(1, "It went excellent, a wonderful meeting", "Ministry"),
                claim(2, "It was a great, useful meeting", "Opposition")).isEmpty());
    }

    @Test
    void aJudgementsReasonNamesTheOutletAsTheUserCallsIt() {
        ClaimFacts outlet = new ClaimFacts(1, 1, -1, -1, "It went excellent, a wonderful meeting", "", "Press", "the same event",
                List.of(), ClaimReading.NONE, org.claimbench.analysis.meaning.MeaningVector.ABSENT, "Our newsroom");
        List<Signal> s = between(new ClaimFeatures(outlet, new QuantityReader()), claim(2, "It was a terrible, useless meeting", "Opposition"));
        assertEquals(List.of("opposite judgements"), names(s));
        String reason = s.get(0).reason().get();
        assertTrue(reason.contains("Our newsroom") && !reason.contains("Press"), reason);
    }
}
