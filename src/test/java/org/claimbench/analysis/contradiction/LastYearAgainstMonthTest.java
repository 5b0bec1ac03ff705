package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class LastYearAgainstMonthTest {

    @Test
    void anActDatedLastYearAgainstTheSameActInAMonthWithoutAYearAreTwoYears() {
        List<Signal> s = between(claim(1, "the ministry introduced quotas on timber exports last year", "Press"),
                claim(2, "The quotas on timber exports, introduced in March, slowed the sawmills", "Ministry"));
        assertTrue(names(s).contains("times of an act"), names(s).toString());
        Signal t = s.stream().filter(x -> x.name().equals("times of an act")).findFirst().orElseThrow();
        assertTrue(t.explanation().contains("“in March” (this year)"), t.explanation());
    }

    @Test
    void aMonthGivenWithItsYearOrOfLastYearIsNoConflict() {
        assertFalse(names(between(claim(1, "the ministry introduced quotas on timber exports last year", "Press"),
                claim(2, "The quotas on timber exports, introduced in March 2024, slowed the sawmills", "Ministry"))).contains("times of an act"));
        assertFalse(names(between(claim(1, "the ministry introduced quotas on timber exports last year", "Press"),
                claim(2, "The quotas on timber exports, introduced in March last year, slowed the sawmills", "Ministry")))
                .contains("times of an act"));
    }

    @Test
    void aClaimThatDatesTwoThingsOrLastYearsAsAModifierIsLeftOut() {
        assertFalse(names(between(claim(1, "the ministry introduced quotas on timber exports last year and tightened them in May", "Press"),
                claim(2, "The quotas on timber exports, introduced in March, slowed the sawmills", "Ministry"))).contains("times of an act"));
        assertFalse(names(between(claim(1, "the ministry kept last year's quotas on timber exports", "Press"),
                claim(2, "The quotas on timber exports, introduced in March, slowed the sawmills", "Ministry"))).contains("times of an act"));
    }

    @Test
    void claimsSharingOnlyWordsOfTimeAreNotCompared() {
        assertEquals(List.of(), names(between(claim(1, "the choir toured abroad last year", "Press"),
                claim(2, "Farmers protested in March", "Union"))).stream().filter(n -> n.equals("times of an act")).toList());
    }
}
