package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimbench.analysis.meaning.MeaningVector;
import org.junit.jupiter.api.Test;

class LastYearAgainstMonthTest {

    /** A claim of an article whose event day is known ("day:" key, as EventKeys gives it). */
    private static ClaimFeatures dated(long id, String text, String day) {
        return new ClaimFeatures(new ClaimFacts(id, id, -1, -1, text, "", "Source " + id, "the same event", List.of("day:" + day),
                ClaimReading.NONE, MeaningVector.ABSENT), new QuantityReader());
    }

    private static boolean fires(String first, String firstDay, String second, String secondDay) {
        ClaimFeatures a = dated(1, first, firstDay);
        ClaimFeatures b = dated(2, second, secondDay);
        Pair p = ContradictionSignals.pair(a, b);
        return p != null && names(ContradictionSignals.between(a, b, p)).contains("times of an act");
    }

    @Test
    void differentActsOrTheDateOfSayingAreNoConflict() {
        assertFalse(fires("The ministry introduced quotas on timber exports last year", "2026-06-10",
                "The ministry will tighten the quotas on timber exports in April", "2026-06-10"), "another verb, and the future");
        assertFalse(fires("The ministry introduced quotas on timber exports last year", "2026-06-10",
                "The ministry said in April that quotas on timber exports were introduced", "2026-06-10"), "the date of the saying");
    }

    @Test
    void lastYearAsTheBaseOfAComparisonDatesNoAct() {
        assertFalse(fires("Timber exports rose 5% from last year after the ministry introduced quotas", "2026-06-10",
                "The ministry introduced quotas on timber exports in April", "2026-06-10"));
        assertFalse(fires("Timber exports were lower than in the same period last year, when quotas were introduced", "2026-06-10",
                "The ministry introduced quotas on timber exports in April", "2026-06-10"));
    }

    @Test
    void aMonthIsResolvedAgainstItsArticlesDay() {
        assertTrue(fires("The ministry introduced quotas on timber exports last year", "2026-06-10",
                "The ministry introduced quotas on timber exports in April", "2026-06-10"));
        assertFalse(fires("The ministry introduced quotas on timber exports last year", "2027-01-12",
                "The ministry introduced quotas on timber exports in November", "2027-01-20"), "November of a January report is last year's");
        assertFalse(fires("The ministry introduced quotas on timber exports last year", "2027-06-12",
                "The ministry introduced quotas on timber exports in April", "2026-06-20"), "last year of 2027 is the April of 2026");
    }

    @Test
    void aChangeInAmountOverTwoStretchesIsNoActGivenTwoDates() {
        assertFalse(fires("Timber exports fell last year", "2026-06-10", "Timber exports fell in April", "2026-06-10"));
        assertFalse(fires("Timber exports increased by a fifth last year", "2026-06-10",
                "Timber exports increased by a tenth in April", "2026-06-10"));
    }

    @Test
    void withoutTheArticlesDayNothingIsResolved() {
        assertFalse(names(between(claim(1, "The ministry introduced quotas on timber exports last year", "Press"),
                claim(2, "The ministry introduced quotas on timber exports in April", "Ministry"))).contains("times of an act"));
    }

    @Test
    void anActDatedLastYearAgainstTheSameActInAMonthWithoutAYearAreTwoYears() {
        ClaimFeatures a = dated(1, "the ministry introduced quotas on timber exports last year", "2026-06-10");
        ClaimFeatures b = dated(2, "The quotas on timber exports, introduced in March, slowed the sawmills", "2026-06-10");
        List<Signal> s = ContradictionSignals.between(a, b, ContradictionSignals.pair(a, b));
        Signal t = s.stream().filter(x -> x.name().equals("times of an act")).findFirst().orElseThrow(() -> new AssertionError(names(s)));
        assertTrue(t.explanation().contains("“last year” (2025)") && t.explanation().contains("“in March” (2026)"), t.explanation());
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
